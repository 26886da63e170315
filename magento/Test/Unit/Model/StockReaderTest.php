<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\Stock\StockReader;
use Magento\CatalogInventory\Api\Data\StockItemInterface;
use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Framework\Exception\NoSuchEntityException;
use PHPUnit\Framework\TestCase;

final class StockReaderTest extends TestCase
{
    public function testWithoutMsiTheStockItemsQuantityIsSentWholeAndNeverNegative(): void
    {
        $registry = $this->createMock(StockRegistryInterface::class);
        $registry->method('getStockItemBySku')->willReturnCallback(function (string $sku) {
            if ($sku === 'GONE') {
                throw new NoSuchEntityException();
            }
            $item = $this->createMock(StockItemInterface::class);
            $item->method('getQty')->willReturn($sku === 'MUG' ? 7.5 : -2.0);
            return $item;
        });
        $reader = new StockReader($registry);

        $this->assertSame(7, $reader->salableQty('MUG'));
        $this->assertSame(0, $reader->salableQty('OVERSOLD'));
        $this->assertNull($reader->salableQty('GONE'), 'an unknown SKU is not sent as 0');
    }
}
