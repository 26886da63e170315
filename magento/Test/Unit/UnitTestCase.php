<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit;

use ChannelMgr\Walmart\Model\Sync\Links;
use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Framework\Event;
use Magento\Framework\Event\Observer;
use Magento\Sales\Api\Data\OrderItemInterface;
use Magento\Sales\Api\Data\ShipmentInterface;
use Magento\Sales\Api\Data\ShipmentTrackInterface;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

abstract class UnitTestCase extends TestCase
{
    /** @var SyncFactory&MockObject */
    protected $sync;
    /** @var Links&MockObject */
    protected $links;
    /** @var Outbox&MockObject */
    protected $outbox;

    protected function setUp(): void
    {
        $this->links = $this->createMock(Links::class);
        $this->outbox = $this->createMock(Outbox::class);
        $this->sync = $this->createMock(SyncFactory::class);
        $this->sync->method('links')->willReturn($this->links);
        $this->sync->method('outbox')->willReturn($this->outbox);
    }

    protected function observer(array $data): Observer
    {
        return new Observer(['event' => new Event($data)]);
    }

    /** A Walmart order of Magento order 42 (#000000042): item 7 is three Walmart lines of one unit. */
    protected function link(bool $intentToCancel = false): array
    {
        return [
            'order' => ['purchase_order_id' => 'PO-42', 'increment_id' => '000000042', 'status' => 'Open',
                'intent_to_cancel' => $intentToCancel],
            'lines' => [
                ['line_number' => 1, 'order_item_id' => 7, 'sku' => 'MUG', 'ordered' => 1, 'shipped' => 0,
                    'cancelled' => 0],
                ['line_number' => 2, 'order_item_id' => 7, 'sku' => 'MUG', 'ordered' => 1, 'shipped' => 0,
                    'cancelled' => 0],
                ['line_number' => 3, 'order_item_id' => 7, 'sku' => 'MUG', 'ordered' => 1, 'shipped' => 0,
                    'cancelled' => 0],
            ],
        ];
    }

    /**
     * A shipment of $qty mugs of order 42, of which $before were shipped by earlier shipments.
     *
     * @param list<array{0: string, 1: string, 2?: string}> $tracks [number, carrier code, title]
     */
    protected function shipment(?int $id, int $qty, int $before, array $tracks): ShipmentInterface
    {
        $orderItem = $this->createMock(OrderItemInterface::class);
        $orderItem->method('getQtyShipped')->willReturn((float) ($before + $qty));
        $trackMocks = [];
        foreach ($tracks as $t) {
            $trackMocks[] = $this->track($t[0], $t[1], $t[2] ?? '', (int) $id);
        }
        $shipment = $this->createMock(ShipmentInterface::class);
        $shipment->method('getEntityId')->willReturn($id);
        $shipment->method('getOrderId')->willReturn(42);
        $shipment->method('getItems')->willReturn([new ShipmentItemDouble(7, (float) $qty, $orderItem)]);
        $shipment->method('getTracks')->willReturn($trackMocks);
        return $shipment;
    }

    protected function track(string $number, string $carrier, string $title, int $shipmentId): ShipmentTrackInterface
    {
        $track = $this->createMock(ShipmentTrackInterface::class);
        $track->method('getTrackNumber')->willReturn($number);
        $track->method('getCarrierCode')->willReturn($carrier);
        $track->method('getTitle')->willReturn($title);
        $track->method('getParentId')->willReturn($shipmentId);
        $track->method('getOrderId')->willReturn(42);
        return $track;
    }
}
