<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\TestLib;

use ChannelMgr\Walmart\Model\Sync\StockReaderInterface;

/** Salable quantities set by the test; every read is counted. */
final class FixedStock implements StockReaderInterface
{
    public array $reads = [];

    public function __construct(public array $qty = [])
    {
    }

    public function salableQty(string $sku): ?int
    {
        $this->reads[] = $sku;
        return $this->qty[$sku] ?? null;
    }
}
