<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Observer;

use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\ShipmentInput;
use ChannelMgr\Walmart\Model\SyncFactory;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Magento\Sales\Api\Data\ShipmentInterface;

/**
 * sales_order_shipment_save_before: a shipment of a Walmart order that Walmart would refuse (no tracking number, a
 * carrier or lines channelmgr_shipment_payload() refuses) is refused before it is saved; the exception rolls back
 * the transaction and the merchant sees the extension's message.
 */
class ValidateShipment implements ObserverInterface
{
    public function __construct(
        private readonly SyncFactory $sync,
        private readonly ShipmentInput $input,
        private readonly EchoGuard $guard
    ) {
    }

    public function execute(Observer $observer)
    {
        $shipment = $observer->getEvent()->getData('shipment');
        if (!$shipment instanceof ShipmentInterface || $this->guard->isActive()) {
            return;
        }
        if ($shipment->getEntityId()) {
            return; // an existing shipment saved again: it was checked when it was created
        }
        $link = $this->sync->links()->byMagentoOrder((int) $shipment->getOrderId());
        if ($link !== null) {
            $this->input->build($shipment, $link);
        }
    }
}
