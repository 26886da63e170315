<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Engine;

use ChannelMgr\Walmart\Model\Sync\LineAllocator;
use ChannelMgr\Walmart\TestLib\EngineTestCase;

final class CancelTest extends EngineTestCase
{
    public function testCancelWithReasonThenTheFreedInventoryIsSentAsAbsoluteQuantities(): void
    {
        $this->order('PO-C1', 201, [['item' => 61, 'sku' => 'MUG', 'qty' => 2], ['item' => 62, 'sku' => 'TEE']]);
        $this->order('PO-C2', 202, [['item' => 63, 'sku' => 'MUG']]);
        $this->stock->qty = ['MUG' => 7, 'TEE' => 3];
        $this->assertTrue($this->outbox->enqueueCancel(201, 'PO-C1', 'out_of_stock'));
        $this->assertTrue($this->outbox->enqueueCancel(202, 'PO-C2', 'pricing_error'));

        $first = $this->engine()->drain(2);

        $this->assertSame(2, $first['done']);
        $this->assertSame(['Cancelled SELLER_CANCEL_OUT_OF_STOCK' => 2], $this->walmartLine('PO-C1', 1));
        $this->assertSame(['Cancelled SELLER_CANCEL_OUT_OF_STOCK' => 1], $this->walmartLine('PO-C1', 2));
        $this->assertSame(['Cancelled SELLER_CANCEL_PRICING_ERROR' => 1], $this->walmartLine('PO-C2', 1));
        $this->assertSame('Canceled', $this->moduleOrder('PO-C1')['status']);
        $this->assertSame('Canceled', $this->moduleOrder('PO-C2')['status']);
        // MUG freed by both orders while its update waits: queued once
        $this->assertSame(
            [['inv:MUG', 'inventory', 'pending'], ['inv:TEE', 'inventory', 'pending']],
            array_map(static fn ($r) => [$r['dedup_key'], $r['operation'], $r['state']], array_slice($this->rows(), 2))
        );
        $this->assertSame([], $this->stock->reads, 'the quantity is read when it is sent, not when it is queued');

        $this->stock->qty['MUG'] = 8;
        $this->engine()->drain();

        $inventory = $this->walmart->control('GET', 'inventory');
        $this->assertSame(8, $inventory['MUG']['amount']);
        $this->assertSame(3, $inventory['TEE']['amount']);
        $this->assertCount(2, $this->requests('inventory'));
        $this->assertSame(['MUG', 'TEE'], $this->stock->reads);
        $this->assertSame(['done'], array_values(array_unique(array_column($this->rows(), 'state'))));

        // a later change of a SKU already sent queues a new update
        $this->assertTrue($this->outbox->enqueueInventory('MUG'));
    }

    public function testShipThenCancelTheRestKeepsTheirOrderAndCancelsOnlyWhatIsOpen(): void
    {
        $this->order('PO-SC', 203, [['item' => 71, 'sku' => 'BOWL', 'qty' => 3], ['item' => 72, 'sku' => 'PLATE']]);
        $this->stock->qty = ['BOWL' => 10, 'PLATE' => 4];
        $map = $this->links->byMagentoOrder(203)['lines'];
        $this->outbox->enqueueShipment(9101, $this->shipment(
            'PO-SC',
            203,
            LineAllocator::allocate($map, [71 => 1], []),
            'SC-1'
        ));
        $this->outbox->enqueueCancel(203, 'PO-SC', 'address_not_serviceable');

        $report = $this->engine()->drain();

        $this->assertSame(4, $report['done'], 'ship, cancel, then two inventory updates');
        $mutations = array_values(array_filter(
            $this->walmart->requests(),
            static fn ($r) => in_array($r['endpoint'], ['shipping', 'cancel'], true)
        ));
        $this->assertSame(['shipping', 'cancel'], array_column($mutations, 'endpoint'));
        $this->assertSame(
            ['Cancelled SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE' => 2, 'Shipped SC-1' => 1],
            $this->walmartLine('PO-SC', 1)
        );
        $this->assertSame(['Cancelled SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE' => 1], $this->walmartLine('PO-SC', 2));
        $cancel = json_decode($mutations[1]['body'], true);
        $this->assertSame('2', $cancel['orderCancellation']['orderLines']['orderLine'][0]['orderLineStatuses']
            ['orderLineStatus'][0]['statusQuantity']['amount'], 'only the open units');
        $this->assertSame('Shipped', $this->moduleOrder('PO-SC')['status']);
    }
}
