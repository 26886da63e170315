<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/ShipmentTrackInterface.php:
 * getEntityId, getParentId, getOrderId, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Sales\Api\Data;

interface ShipmentTrackInterface extends
    \Magento\Sales\Api\Data\TrackInterface,
    \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getEntityId();

    public function getParentId();

    public function getOrderId();
}
