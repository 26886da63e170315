<?php

/**
 * Stand-in for tests. Mirrors Magento 2.4.7's MSI (magento/inventory, as installed with 2.4.7)
 * InventorySalesApi/Api/GetProductSalableQtyInterface.php:
 * execute, with its exact signature (MSI, module magento/module-inventory-sales-api).
 */

namespace Magento\InventorySalesApi\Api;

interface GetProductSalableQtyInterface
{
    public function execute(string $sku, int $stockId): float;
}
