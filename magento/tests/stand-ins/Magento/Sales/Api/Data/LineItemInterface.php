<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/LineItemInterface.php:
 * getOrderItemId, getQty, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Sales\Api\Data;

interface LineItemInterface
{
    public function getOrderItemId();

    public function getQty();
}
