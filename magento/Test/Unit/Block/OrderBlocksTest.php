<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Block;

use ChannelMgr\Walmart\Block\Adminhtml\Order\CancelForm;
use ChannelMgr\Walmart\Block\Adminhtml\Order\View\Walmart;
use ChannelMgr\Walmart\Model\CancelReasons;
use ChannelMgr\Walmart\Model\Sync\SyncLog;
use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Backend\Block\Template\Context;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\UrlInterface;

/**
 * The Cancel Order form's block and the Walmart section of a Walmart order's page.
 */
final class OrderBlocksTest extends UnitTestCase
{
    private function context(array $params): Context
    {
        $request = $this->createMock(RequestInterface::class);
        $request->method('getParam')->willReturnCallback(
            static fn ($key, $default = null) => $params[$key] ?? $default
        );
        $url = $this->createMock(UrlInterface::class);
        $url->method('getUrl')->willReturnCallback(static function ($route, $params) {
            $path = '';
            foreach ($params as $key => $value) {
                $path .= "$key/$value/";
            }
            return "https://shop.test/admin/$route/$path";
        });
        $context = $this->createMock(Context::class);
        $context->method('getRequest')->willReturn($request);
        $context->method('getUrlBuilder')->willReturn($url);
        return $context;
    }

    private function form(): CancelForm
    {
        return new CancelForm($this->context(['order_id' => '42']), $this->sync, new CancelReasons());
    }

    public function testTheFormOffersEveryReasonButCustomerRequestedWithoutTheCustomersIntent(): void
    {
        $this->links->method('byMagentoOrder')->with(42)->willReturn($this->link(false));

        $this->assertSame([
            'out_of_stock' => 'Out of stock',
            'pricing_error' => 'Pricing error',
            'address_not_serviceable' => 'Cannot ship to the address',
            'fraud' => 'Suspected fraud',
        ], $this->form()->getReasons());
    }

    public function testTheFormOffersCustomerRequestedFirstWhenWalmartShowsTheCustomersIntent(): void
    {
        $this->links->method('byMagentoOrder')->with(42)->willReturn($this->link(true));

        $this->assertSame([
            'customer_requested' => 'Customer requested the cancellation',
            'out_of_stock' => 'Out of stock',
            'pricing_error' => 'Pricing error',
            'address_not_serviceable' => 'Cannot ship to the address',
            'fraud' => 'Suspected fraud',
        ], $this->form()->getReasons());
    }

    public function testTheFormOfAnOrderTheModuleDoesNotKnowNeverOffersCustomerRequested(): void
    {
        $this->links->method('byMagentoOrder')->willReturn(null);

        $this->assertArrayNotHasKey('customer_requested', $this->form()->getReasons());
        $this->assertCount(4, $this->form()->getReasons());
    }

    public function testTheFormPostsToCancelPostOfItsOrderAndGoesBackToTheOrdersPage(): void
    {
        $form = $this->form();

        $this->assertSame(42, $form->getOrderId());
        $this->assertSame(
            'https://shop.test/admin/channelmgr_walmart/order/cancelPost/order_id/42/',
            $form->getSubmitUrl()
        );
        $this->assertSame('https://shop.test/admin/sales/order/view/order_id/42/', $form->getBackUrl());
    }

    public function testTheWalmartSectionShowsTheOrdersWalmartRecord(): void
    {
        $this->links->method('byMagentoOrder')->with(42)->willReturn($this->link());
        $block = new Walmart($this->context(['order_id' => '42']), $this->sync);

        $this->assertSame(['purchase_order_id' => 'PO-42', 'increment_id' => '000000042', 'status' => 'Open',
            'intent_to_cancel' => false], $block->getWalmartOrder());
    }

    public function testTheWalmartSectionShowsNothingOnAnOrderThatIsNotAWalmartOrder(): void
    {
        $this->links->method('byMagentoOrder')->with(43)->willReturn(null);

        $this->assertNull((new Walmart($this->context(['order_id' => '43']), $this->sync))->getWalmartOrder());
    }

    public function testTheTimelineIsTheSyncLogOfThePurchaseOrder(): void
    {
        $entries = [
            ['operation' => 'cancel', 'outcome' => 'ok', 'http_status' => 200],
            ['operation' => 'ship', 'outcome' => 'retry', 'http_status' => 503],
        ];
        $log = $this->createMock(SyncLog::class);
        $log->expects($this->once())->method('forOrder')->with('PO-42')->willReturn($entries);
        $this->sync->method('log')->willReturn($log);

        $this->assertSame(
            $entries,
            (new Walmart($this->context(['order_id' => '42']), $this->sync))->getTimeline('PO-42')
        );
    }
}
