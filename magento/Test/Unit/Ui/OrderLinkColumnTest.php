<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Ui;

use ChannelMgr\Walmart\Ui\Component\Listing\Column\OrderLink;
use Magento\Framework\Escaper;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Element\UiComponent\ContextInterface;
use Magento\Framework\View\Element\UiComponentFactory;
use PHPUnit\Framework\TestCase;

/**
 * The grid's Commerce Order column: the order number, linking to the order's page.
 */
final class OrderLinkColumnTest extends TestCase
{
    private function column(): OrderLink
    {
        $url = $this->createMock(UrlInterface::class);
        $url->method('getUrl')->willReturnCallback(static function ($route, $params) {
            return "https://shop.test/admin/$route/order_id/{$params['order_id']}/?a=1&b=2";
        });
        $escaper = $this->createMock(Escaper::class);
        $escaper->method('escapeUrl')->willReturnCallback(static fn ($s) => 'URL[' . htmlspecialchars($s) . ']');
        $escaper->method('escapeHtml')->willReturnCallback(static fn ($s) => 'HTML[' . htmlspecialchars($s) . ']');
        return new OrderLink(
            $this->createMock(ContextInterface::class),
            $this->createMock(UiComponentFactory::class),
            $url,
            $escaper,
            [],
            ['name' => 'increment_id']
        );
    }

    public function testEachRowsOrderNumberLinksToItsOrdersPageBothEscaped(): void
    {
        $rows = ['data' => ['items' => [
            ['entity_id' => 1, 'order_id' => 42, 'increment_id' => '000000042', 'purchase_order_id' => 'PO-42'],
            ['entity_id' => 2, 'order_id' => 7, 'increment_id' => '<b>7</b>', 'purchase_order_id' => 'PO-7'],
        ], 'totalRecords' => 2]];

        $this->assertSame(['data' => ['items' => [
            ['entity_id' => 1, 'order_id' => 42, 'increment_id' =>
                '<a href="URL[https://shop.test/admin/sales/order/view/order_id/42/?a=1&amp;b=2]">HTML[000000042]</a>',
                'purchase_order_id' => 'PO-42'],
            ['entity_id' => 2, 'order_id' => 7, 'increment_id' =>
                '<a href="URL[https://shop.test/admin/sales/order/view/order_id/7/?a=1&amp;b=2]">'
                . 'HTML[&lt;b&gt;7&lt;/b&gt;]</a>', 'purchase_order_id' => 'PO-7'],
        ], 'totalRecords' => 2]], $this->column()->prepareDataSource($rows));
    }

    public function testAnEmptyPageOfTheGridIsReturnedAsItCame(): void
    {
        $this->assertSame(
            ['data' => ['items' => [], 'totalRecords' => 0]],
            $this->column()->prepareDataSource(['data' => ['items' => [], 'totalRecords' => 0]])
        );
        $this->assertSame(['data' => ['totalRecords' => 0]], $this->column()->prepareDataSource(
            ['data' => ['totalRecords' => 0]]
        ));
    }
}
