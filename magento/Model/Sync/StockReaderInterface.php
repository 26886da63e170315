<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * The quantity Walmart may sell of a SKU, read when the inventory update is sent (MSI's salable quantity where MSI
 * is installed, else the legacy stock item's quantity). Null: the SKU is unknown to Magento.
 */
interface StockReaderInterface
{
    public function salableQty(string $sku): ?int;
}
