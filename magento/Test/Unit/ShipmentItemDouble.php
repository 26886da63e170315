<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit;

use Magento\Sales\Api\Data\OrderItemInterface;
use Magento\Sales\Api\Data\ShipmentItemInterface;

/**
 * Test double of Magento\Sales\Model\Order\Shipment\Item: its data and getOrderItem().
 */
final class ShipmentItemDouble implements ShipmentItemInterface
{
    public function __construct(
        private int $orderItemId,
        private float $qty,
        private ?OrderItemInterface $orderItem
    ) {
    }

    public function getEntityId()
    {
        return null;
    }

    public function getParentId()
    {
        return null;
    }

    public function getOrderItemId()
    {
        return $this->orderItemId;
    }

    public function getQty()
    {
        return $this->qty;
    }

    public function getOrderItem()
    {
        return $this->orderItem;
    }
}
