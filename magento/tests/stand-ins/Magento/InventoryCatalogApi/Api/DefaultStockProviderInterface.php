<?php

/**
 * Stand-in for tests. Mirrors Magento 2.4.7's MSI (magento/inventory, as installed with 2.4.7)
 * InventoryCatalogApi/Api/DefaultStockProviderInterface.php:
 * getId, with its exact signature (MSI, module magento/module-inventory-catalog-api).
 */

namespace Magento\InventoryCatalogApi\Api;

interface DefaultStockProviderInterface
{
    public function getId(): int;
}
