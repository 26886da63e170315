<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/OrderItemInterface.php:
 * getItemId, getQtyShipped, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Sales\Api\Data;

interface OrderItemInterface extends \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getItemId();

    public function getQtyShipped();
}
