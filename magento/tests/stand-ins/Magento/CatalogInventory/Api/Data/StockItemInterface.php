<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/CatalogInventory/Api/Data/StockItemInterface.php:
 * getQty, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\CatalogInventory\Api\Data;

interface StockItemInterface extends \Magento\Framework\Api\ExtensibleDataInterface
{
    public function getQty();
}
