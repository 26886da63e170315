<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Observer;

use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Model\ShipmentInput;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Magento\Sales\Api\Data\ShipmentTrackInterface;
use Magento\Sales\Api\ShipmentRepositoryInterface;

/**
 * sales_order_shipment_track_save_after: a tracking number added to a shipment that was not queued yet (POST
 * /V1/shipment/track after a shipment without tracking) queues the shipment now, with this track. A track saved
 * with its shipment (already queued by QueueShipment) or saved twice is the same dedup key: nothing new.
 */
class QueueTrack implements ObserverInterface
{
    public function __construct(
        private readonly SyncFactory $sync,
        private readonly ShipmentInput $input,
        private readonly ShipmentRepositoryInterface $shipments,
        private readonly Publisher $publisher,
        private readonly EchoGuard $guard
    ) {
    }

    public function execute(Observer $observer)
    {
        $track = $observer->getEvent()->getData('track');
        if (!$track instanceof ShipmentTrackInterface || $this->guard->isActive()) {
            return;
        }
        $link = $this->sync->links()->byMagentoOrder((int) $track->getOrderId());
        if ($link === null) {
            return;
        }
        $shipmentId = (int) $track->getParentId();
        if ($this->sync->outbox()->idsByKey(['ship:' . $shipmentId])) {
            return;
        }
        $input = $this->input->build($this->shipments->get($shipmentId), $link, $track);
        $this->sync->outbox()->enqueueShipment($shipmentId, $input);
        $this->publisher->defer('ship:' . $shipmentId, $input['purchase_order_id']);
    }
}
