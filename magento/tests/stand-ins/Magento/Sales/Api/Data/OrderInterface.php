<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/OrderInterface.php:
 * getEntityId, getIncrementId, getState, getItems, getPayment, with their exact signatures; the interface's other
 * methods are left out.
 */

namespace Magento\Sales\Api\Data;

interface OrderInterface extends \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getEntityId();

    public function getIncrementId();

    public function getState();

    public function getItems();

    public function getPayment();
}
