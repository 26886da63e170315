<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Observer;

use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Model\ShipmentInput;
use ChannelMgr\Walmart\Observer\QueueShipment;
use ChannelMgr\Walmart\Observer\QueueTrack;
use ChannelMgr\Walmart\Observer\ValidateShipment;
use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Framework\Exception\LocalizedException;
use Magento\Sales\Api\ShipmentRepositoryInterface;

final class ShipmentObserversTest extends UnitTestCase
{
    private function queue(?Publisher $publisher = null, ?EchoGuard $guard = null): QueueShipment
    {
        return new QueueShipment(
            $this->sync,
            new ShipmentInput(),
            $publisher ?? $this->createMock(Publisher::class),
            $guard ?? new EchoGuard()
        );
    }

    public function testAShipmentOfAWalmartOrderIsQueuedOnceInItsTransactionAndPublishedAfterCommit(): void
    {
        $this->links->method('byMagentoOrder')->with(42)->willReturn($this->link());
        $this->outbox->expects($this->once())->method('enqueueShipment')->with(501, [
            'purchase_order_id' => 'PO-42', 'seller_order_id' => '000000042',
            'tracking' => ['carrier' => 'fedex', 'number' => 'FX-1'],
            'lines' => [['line_number' => 1, 'quantity' => 1]],
        ]);
        $publisher = $this->createMock(Publisher::class);
        $publisher->expects($this->once())->method('defer')->with('ship:501', 'PO-42');

        $this->queue($publisher)->execute($this->observer(['shipment' => $this->shipment(
            501,
            1,
            0,
            [['FX-1', 'fedex']]
        )]));
    }

    public function testShipmentsOfOtherOrdersQueueNothing(): void
    {
        $this->outbox->expects($this->never())->method('enqueueShipment');
        $this->links->method('byMagentoOrder')->willReturn(null);
        $this->queue()->execute($this->observer(['shipment' => $this->shipment(502, 1, 0, [['1Z', 'ups']])]));
    }

    public function testTheModulesOwnChangesToMagentoQueueNothing(): void
    {
        $this->outbox->expects($this->never())->method('enqueueShipment');
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $guard = new EchoGuard();
        $guard->run(fn () => $this->queue(null, $guard)->execute(
            $this->observer(['shipment' => $this->shipment(503, 1, 0, [['1Z', 'ups']])])
        ));
        $this->assertFalse($guard->isActive());
    }

    public function testAWalmartShipmentWithoutTrackingIsRefusedBeforeItIsSaved(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $this->expectException(LocalizedException::class);
        $this->expectExceptionMessage('Walmart requires a tracking number for every shipment.');
        (new ValidateShipment($this->sync, new ShipmentInput(), new EchoGuard()))
            ->execute($this->observer(['shipment' => $this->shipment(null, 1, 0, [])]));
    }

    public function testAShipmentOfAnotherOrderWithoutTrackingIsNoConcernOfOurs(): void
    {
        $this->links->method('byMagentoOrder')->willReturn(null);
        (new ValidateShipment($this->sync, new ShipmentInput(), new EchoGuard()))
            ->execute($this->observer(['shipment' => $this->shipment(null, 1, 0, [])]));
        $this->addToAssertionCount(1);
    }

    public function testATrackAddedLaterQueuesTheShipmentThenWithThatTrack(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $this->outbox->method('idsByKey')->with(['ship:601'])->willReturn([]);
        $shipments = $this->createMock(ShipmentRepositoryInterface::class);
        $shipments->method('get')->with(601)->willReturn($this->shipment(601, 3, 0, []));
        $this->outbox->expects($this->once())->method('enqueueShipment')->with(601, $this->callback(
            fn (array $input) => $input['tracking'] === ['carrier' => 'usps', 'number' => '9400-LATE']
                && count($input['lines']) === 3
        ));

        (new QueueTrack(
            $this->sync,
            new ShipmentInput(),
            $shipments,
            $this->createMock(Publisher::class),
            new EchoGuard()
        ))->execute($this->observer(['track' => $this->track('9400-LATE', 'usps', '', 601)]));
    }

    public function testATrackOfAShipmentAlreadyQueuedQueuesNothing(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $this->outbox->method('idsByKey')->willReturn([77]);
        $this->outbox->expects($this->never())->method('enqueueShipment');
        $shipments = $this->createMock(ShipmentRepositoryInterface::class);
        $shipments->expects($this->never())->method('get');

        (new QueueTrack(
            $this->sync,
            new ShipmentInput(),
            $shipments,
            $this->createMock(Publisher::class),
            new EchoGuard()
        ))->execute($this->observer(['track' => $this->track('1Z', 'ups', '', 602)]));
    }
}
