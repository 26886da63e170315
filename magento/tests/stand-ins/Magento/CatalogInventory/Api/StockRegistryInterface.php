<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/CatalogInventory/Api/StockRegistryInterface.php:
 * getStockItemBySku, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\CatalogInventory\Api;

interface StockRegistryInterface
{
    public function getStockItemBySku($productSku, $scopeId = null);
}
