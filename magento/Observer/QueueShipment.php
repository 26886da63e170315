<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Observer;

use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Model\ShipmentInput;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Magento\Sales\Api\Data\ShipmentInterface;

/**
 * sales_order_shipment_save_after, inside the shipment's transaction: one outbox row per shipment (key
 * ship:<shipment id>). The tracks are not saved yet at this point but are in memory. A shipment without a track
 * (refused for Walmart orders by ValidateShipment, unless it came by a path that skipped it) is queued by
 * QueueTrack when its tracking number arrives.
 */
class QueueShipment implements ObserverInterface
{
    public function __construct(
        private readonly SyncFactory $sync,
        private readonly ShipmentInput $input,
        private readonly Publisher $publisher,
        private readonly EchoGuard $guard
    ) {
    }

    public function execute(Observer $observer)
    {
        $shipment = $observer->getEvent()->getData('shipment');
        if (!$shipment instanceof ShipmentInterface || $this->guard->isActive() || !$shipment->getTracks()) {
            return;
        }
        $link = $this->sync->links()->byMagentoOrder((int) $shipment->getOrderId());
        if ($link === null) {
            return;
        }
        $input = $this->input->build($shipment, $link);
        $id = (int) $shipment->getEntityId();
        $this->sync->outbox()->enqueueShipment($id, $input);
        $this->publisher->defer('ship:' . $id, $input['purchase_order_id']);
    }
}
