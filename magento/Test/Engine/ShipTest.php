<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Engine;

use ChannelMgr\Walmart\Model\Sync\LineAllocator;
use ChannelMgr\Walmart\TestLib\EngineTestCase;

final class ShipTest extends EngineTestCase
{
    public function testWholeShipmentReachesWalmartOnceAndShowsShipped(): void
    {
        $this->order('PO-W1', 101, [['item' => 11, 'sku' => 'MUG', 'qty' => 2], ['item' => 12, 'sku' => 'TEE']]);
        $lines = LineAllocator::allocate($this->links->byMagentoOrder(101)['lines'], [11 => 2, 12 => 1], []);
        $this->assertTrue($this->outbox->enqueueShipment(5001, $this->shipment('PO-W1', 101, $lines, '1Z001')));

        $report = $this->engine()->drain();

        $this->assertSame(['sent' => 1, 'done' => 1, 'retry' => 0, 'failed' => 0, 'batches' => 1], $report);
        $this->assertSame(['Shipped 1Z001' => 2], $this->walmartLine('PO-W1', 1));
        $this->assertSame(['Shipped 1Z001' => 1], $this->walmartLine('PO-W1', 2));
        $this->assertSame(
            ['status' => 'Shipped', 'status_details' => '', 'pending_count' => '0', 'failed_count' => '0'],
            $this->moduleOrder('PO-W1')
        );
        $this->assertSame(
            [['line_number' => 1, 'order_item_id' => 11, 'sku' => 'MUG', 'ordered' => 2, 'shipped' => 2,
                'cancelled' => 0],
             ['line_number' => 2, 'order_item_id' => 12, 'sku' => 'TEE', 'ordered' => 1, 'shipped' => 1,
                'cancelled' => 0]],
            $this->links->byMagentoOrder(101)['lines']
        );
        $this->assertSame('done', $this->rows()[0]['state']);
        $this->assertCount(1, $this->requests('shipping'));
        $this->assertSame(
            [['outbox_id' => '1', 'operation' => 'ship', 'outcome' => 'ok', 'http_status' => '200',
                'verify_first' => '0', 'error_codes' => null]],
            $this->log()
        );
        $this->assertSame(
            ['sent' => 0, 'done' => 0, 'retry' => 0, 'failed' => 0, 'batches' => 0],
            $this->engine()->drain(),
            'a done row is not sent again'
        );
    }

    public function testPartialShipmentOfOneLinePerUnitShipsTheFirstOpenLines(): void
    {
        // Walmart: three lines of one mug; Magento: one item of three mugs
        $this->order('PO-P1', 102, [['item' => 21, 'sku' => 'MUG'], ['item' => 21, 'sku' => 'MUG'],
            ['item' => 21, 'sku' => 'MUG']]);
        $map = $this->links->byMagentoOrder(102)['lines'];
        $first = LineAllocator::allocate($map, [21 => 2], []);
        $this->assertSame([['line_number' => 1, 'quantity' => 1], ['line_number' => 2, 'quantity' => 1]], $first);
        $this->outbox->enqueueShipment(6001, $this->shipment('PO-P1', 102, $first, 'TRK-A'));
        $this->engine()->drain();

        $this->assertSame(['Shipped TRK-A' => 1], $this->walmartLine('PO-P1', 1));
        $this->assertSame(['Shipped TRK-A' => 1], $this->walmartLine('PO-P1', 2));
        $this->assertSame(['Acknowledged' => 1], $this->walmartLine('PO-P1', 3));
        $this->assertSame('Partially Shipped', $this->moduleOrder('PO-P1')['status']);
        $body = json_decode($this->requests('shipping')[0]['body'], true);
        $this->assertCount(2, $body['orderShipment']['orderLines']['orderLine'], 'only what the shipment ships');

        $rest = LineAllocator::allocate($map, [21 => 1], [21 => 2]);
        $this->assertSame([['line_number' => 3, 'quantity' => 1]], $rest);
        $this->outbox->enqueueShipment(6002, $this->shipment('PO-P1', 102, $rest, 'TRK-B'));
        $this->engine()->drain();

        $this->assertSame(['Shipped TRK-B' => 1], $this->walmartLine('PO-P1', 3));
        $this->assertSame('Shipped', $this->moduleOrder('PO-P1')['status']);
        $this->assertCount(2, $this->requests('shipping'));
    }

    public function testSplitShipmentsEachWithItsTrackingAreTwoUpdatesInOrder(): void
    {
        $this->order('PO-S1', 103, [['item' => 31, 'sku' => 'LAMP', 'qty' => 3]]);
        $map = $this->links->byMagentoOrder(103)['lines'];
        $this->outbox->enqueueShipment(7001, $this->shipment(
            'PO-S1',
            103,
            LineAllocator::allocate($map, [31 => 1], []),
            'BOX-1'
        ));
        $this->outbox->enqueueShipment(7002, $this->shipment(
            'PO-S1',
            103,
            LineAllocator::allocate($map, [31 => 2], [31 => 1]),
            'BOX-2'
        ));

        $report = $this->engine()->drain();

        $this->assertSame(2, $report['done']);
        $this->assertSame(2, $report['batches'], 'one update of an order at a time');
        $this->assertSame(['Shipped BOX-1' => 1, 'Shipped BOX-2' => 2], $this->walmartLine('PO-S1', 1));
        $requests = $this->requests('shipping');
        $this->assertStringContainsString('BOX-1', $requests[0]['body']);
        $this->assertStringContainsString('BOX-2', $requests[1]['body']);
        $this->assertSame('Shipped', $this->moduleOrder('PO-S1')['status']);
    }

    public function testTheSameShipmentQueuedTwiceIsOneRowAndOneRequest(): void
    {
        $this->order('PO-D1', 104, [['item' => 41, 'sku' => 'CUP']]);
        $shipment = $this->shipment('PO-D1', 104, [['line_number' => 1, 'quantity' => 1]], 'DUP-1');
        $this->assertTrue($this->outbox->enqueueShipment(8001, $shipment));
        $this->assertFalse($this->outbox->enqueueShipment(8001, $shipment), 'save_after fired twice');
        $this->engine()->drain();
        $this->assertFalse($this->outbox->enqueueShipment(8001, $shipment), 'a track saved later');
        $this->engine()->drain();
        $this->assertCount(1, $this->rows());
        $this->assertCount(1, $this->requests('shipping'));
    }

    public function testARolledBackShipmentTransactionLeavesNoRowAndSendsNothing(): void
    {
        $this->order('PO-R1', 105, [['item' => 51, 'sku' => 'PAN']]);
        $this->db->beginTransaction();
        $this->outbox->enqueueShipment(9001, $this->shipment(
            'PO-R1',
            105,
            [['line_number' => 1, 'quantity' => 1]],
            'RB-1'
        ));
        $this->db->rollBack();

        $this->assertSame([], $this->rows());
        $this->assertSame(0, $this->engine()->drain()['sent']);
        $this->assertSame([], $this->requests('shipping'));
        $this->assertSame(['Acknowledged' => 1], $this->walmartLine('PO-R1', 1));
    }
}
