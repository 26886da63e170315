<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Stock;

use ChannelMgr\Walmart\Model\Sync\StockReaderInterface;
use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Framework\Exception\NoSuchEntityException;

/**
 * The quantity sent to Walmart after a cancellation, read when it is sent: MSI's salable quantity of the default
 * stock when an MSI reader is configured (di.xml of an installation with MSI), else the legacy stock item's qty.
 */
class StockReader implements StockReaderInterface
{
    public function __construct(
        private readonly StockRegistryInterface $stockRegistry,
        private readonly ?MsiSalableQty $msiSalableQty = null
    ) {
    }

    public function salableQty(string $sku): ?int
    {
        if ($this->msiSalableQty !== null && $this->msiSalableQty->isAvailable()) {
            $qty = $this->msiSalableQty->get($sku);
            if ($qty !== null) {
                return max(0, (int) floor($qty));
            }
        }
        try {
            $item = $this->stockRegistry->getStockItemBySku($sku);
        } catch (NoSuchEntityException $e) {
            return null;
        }
        return max(0, (int) floor((float) $item->getQty()));
    }
}
