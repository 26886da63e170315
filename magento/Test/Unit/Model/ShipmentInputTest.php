<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\ShipmentInput;
use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Framework\Exception\LocalizedException;

final class ShipmentInputTest extends UnitTestCase
{
    public function testAPartialShipmentShipsTheNextOpenLinesWithTheFirstTrack(): void
    {
        $input = (new ShipmentInput())->build(
            $this->shipment(9, 2, 1, [['1Z999', 'ups'], ['1Z998', 'ups']]),
            $this->link()
        );

        $this->assertSame([
            'purchase_order_id' => 'PO-42',
            'seller_order_id' => '000000042',
            'tracking' => ['carrier' => 'ups', 'number' => '1Z999'],
            'lines' => [['line_number' => 2, 'quantity' => 1], ['line_number' => 3, 'quantity' => 1]],
        ], $input);
    }

    public function testAShipmentWithoutTrackingIsRefusedWithWalmartsRule(): void
    {
        $this->expectException(LocalizedException::class);
        $this->expectExceptionMessage('Walmart requires a tracking number for every shipment.');
        (new ShipmentInput())->build($this->shipment(null, 1, 0, []), $this->link());
    }

    public function testACustomCarrierIsSentByItsTitleAndRefusedWithTheExtensionsMessage(): void
    {
        try {
            (new ShipmentInput())->build(
                $this->shipment(null, 1, 0, [['AC-1', 'custom', 'Acme Couriers']]),
                $this->link()
            );
            $this->fail('refused');
        } catch (LocalizedException $e) {
            $this->assertStringStartsWith('Walmart would refuse this shipment: tracking.url:', $e->getMessage());
            $this->assertStringContainsString('Acme Couriers', $e->getMessage());
        }
    }

    public function testShippingMoreThanTheWalmartOrderHasLeftIsRefused(): void
    {
        $this->expectExceptionMessage('order item 7: 1 more unit(s) than the Walmart order has left to ship');
        (new ShipmentInput())->build($this->shipment(null, 2, 2, [['1Z1', 'ups']]), $this->link());
    }
}
