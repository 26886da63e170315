<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/ShipmentItemInterface.php:
 * getEntityId, getParentId, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Sales\Api\Data;

interface ShipmentItemInterface extends
    \Magento\Sales\Api\Data\LineItemInterface,
    \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getEntityId();

    public function getParentId();
}
