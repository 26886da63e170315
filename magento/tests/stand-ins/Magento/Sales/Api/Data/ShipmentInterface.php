<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/ShipmentInterface.php:
 * getEntityId, getOrderId, getItems, getTracks, with their exact signatures; the interface's other methods are left
 * out.
 */

namespace Magento\Sales\Api\Data;

interface ShipmentInterface extends \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getEntityId();

    public function getOrderId();

    public function getItems();

    public function getTracks();
}
