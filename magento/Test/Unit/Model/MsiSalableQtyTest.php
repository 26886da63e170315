<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\Stock\MsiSalableQty;
use ChannelMgr\Walmart\Model\Stock\StockReader;
use Magento\CatalogInventory\Api\Data\StockItemInterface;
use Magento\CatalogInventory\Api\StockRegistryInterface;
use Magento\Framework\Exception\LocalizedException;
use Magento\Framework\Module\Manager;
use Magento\Framework\ObjectManagerInterface;
use Magento\Framework\Phrase;
use Magento\InventoryCatalogApi\Api\DefaultStockProviderInterface;
use Magento\InventorySalesApi\Api\GetProductSalableQtyInterface;
use PHPUnit\Framework\TestCase;

/**
 * The quantity sent to Walmart after a cancellation: MSI's salable quantity on the default stock where MSI is
 * enabled, else (or when MSI cannot tell) the legacy stock item's.
 */
final class MsiSalableQtyTest extends TestCase
{
    /** @var list<array{0: string, 1: int}> every (sku, stock id) MSI was asked */
    private array $msiAsked = [];

    /** @param array<string, float|LocalizedException> $salable MSI's answer per SKU */
    private function msi(array $enabledModules, array $salable = [], int $defaultStockId = 1): MsiSalableQty
    {
        $modules = $this->createMock(Manager::class);
        $modules->method('isEnabled')->willReturnCallback(
            static fn ($name) => in_array($name, $enabledModules, true)
        );
        $stock = $this->createMock(DefaultStockProviderInterface::class);
        $stock->method('getId')->willReturn($defaultStockId);
        $qty = $this->createMock(GetProductSalableQtyInterface::class);
        $qty->method('execute')->willReturnCallback(function (string $sku, int $stockId) use ($salable) {
            $this->msiAsked[] = [$sku, $stockId];
            $answer = $salable[$sku];
            if ($answer instanceof \Exception) {
                throw $answer;
            }
            return $answer;
        });
        $objects = $this->createMock(ObjectManagerInterface::class);
        $objects->method('get')->willReturnMap([
            [DefaultStockProviderInterface::class, $stock],
            [GetProductSalableQtyInterface::class, $qty],
        ]);
        return new MsiSalableQty($modules, $objects);
    }

    /** The legacy stock items: MUG has 9 units. */
    private function registry(): StockRegistryInterface
    {
        $item = $this->createMock(StockItemInterface::class);
        $item->method('getQty')->willReturn(9.0);
        $registry = $this->createMock(StockRegistryInterface::class);
        $registry->method('getStockItemBySku')->willReturnMap([['MUG', null, $item]]);
        return $registry;
    }

    public function testMsiCountsOnlyWhenBothItsSalesAndCatalogApisAreEnabled(): void
    {
        $both = ['Magento_InventorySalesApi', 'Magento_InventoryCatalogApi'];

        $this->assertTrue($this->msi($both)->isAvailable());
        $this->assertFalse($this->msi(['Magento_InventorySalesApi'])->isAvailable());
        $this->assertFalse($this->msi(['Magento_InventoryCatalogApi'])->isAvailable());
        $this->assertFalse($this->msi([])->isAvailable());
    }

    public function testTheSalableQuantityIsMsisOnTheDefaultStock(): void
    {
        $msi = $this->msi([], ['MUG' => 4.0], 3);

        $this->assertSame(4.0, $msi->get('MUG'));
        $this->assertSame([['MUG', 3]], $this->msiAsked);
    }

    public function testASkuMsiCannotAnswerForIsNull(): void
    {
        $msi = $this->msi([], ['KIT' => new LocalizedException(new Phrase(
            'Can\'t check requested quantity for products without Source Items support.'
        ))]);

        $this->assertNull($msi->get('KIT'));
    }

    public function testWithMsiEnabledItsSalableQuantityIsSentWholeAndNeverNegative(): void
    {
        $msi = $this->msi(['Magento_InventorySalesApi', 'Magento_InventoryCatalogApi'], ['MUG' => 4.7, 'PAN' => -3.0]);
        $registry = $this->createMock(StockRegistryInterface::class);
        $registry->expects($this->never())->method('getStockItemBySku');
        $reader = new StockReader($registry, $msi);

        $this->assertSame(4, $reader->salableQty('MUG'));
        $this->assertSame(0, $reader->salableQty('PAN'));
    }

    public function testWithMsiAbsentTheLegacyStockItemIsReadAndMsiNeverAsked(): void
    {
        $reader = new StockReader($this->registry(), $this->msi([], ['MUG' => 4.0]));

        $this->assertSame(9, $reader->salableQty('MUG'));
        $this->assertSame([], $this->msiAsked);
    }

    public function testWhenMsiCannotAnswerForASkuTheLegacyStockItemIsRead(): void
    {
        $msi = $this->msi(
            ['Magento_InventorySalesApi', 'Magento_InventoryCatalogApi'],
            ['MUG' => new LocalizedException(new Phrase('The requested sku is not assigned to given stock.'))]
        );
        $reader = new StockReader($this->registry(), $msi);

        $this->assertSame(9, $reader->salableQty('MUG'));
        $this->assertSame([['MUG', 1]], $this->msiAsked);
    }
}
