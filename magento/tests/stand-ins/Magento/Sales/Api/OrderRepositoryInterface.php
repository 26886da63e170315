<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/OrderRepositoryInterface.php:
 * get, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Sales\Api;

interface OrderRepositoryInterface
{
    public function get($id);
}
