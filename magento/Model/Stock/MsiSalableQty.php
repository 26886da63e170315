<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Stock;

use Magento\Framework\Module\Manager;
use Magento\Framework\ObjectManagerInterface;

/**
 * MSI's salable quantity (InventorySalesApi's GetProductSalableQtyInterface on the default stock), used only when
 * MSI is enabled. MSI is optional: its interfaces cannot be constructor dependencies of a module that must also
 * run without it, so this factory-style class resolves them lazily, once MSI is known to be there.
 */
class MsiSalableQty
{
    private const SALABLE_QTY = 'Magento\InventorySalesApi\Api\GetProductSalableQtyInterface';
    private const DEFAULT_STOCK = 'Magento\InventoryCatalogApi\Api\DefaultStockProviderInterface';

    public function __construct(
        private readonly Manager $moduleManager,
        private readonly ObjectManagerInterface $objectManager
    ) {
    }

    public function isAvailable(): bool
    {
        return $this->moduleManager->isEnabled('Magento_InventorySalesApi')
            && $this->moduleManager->isEnabled('Magento_InventoryCatalogApi');
    }

    public function get(string $sku): ?float
    {
        try {
            $stockId = (int) $this->objectManager->get(self::DEFAULT_STOCK)->getId();
            return (float) $this->objectManager->get(self::SALABLE_QTY)->execute($sku, $stockId);
        } catch (\Magento\Framework\Exception\LocalizedException $e) {
            return null;
        }
    }
}
