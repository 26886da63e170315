<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Plugin;

use ChannelMgr\Walmart\Plugin\CancelButton;
use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Backend\Block\Widget\Button\ButtonList;
use Magento\Backend\Block\Widget\Button\Toolbar;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\DataObject;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Element\AbstractBlock;

/**
 * The order page's Cancel button opens the Cancel Order form, for Walmart orders only.
 */
final class CancelButtonTest extends UnitTestCase
{
    private function plugin(): CancelButton
    {
        $url = $this->createMock(UrlInterface::class);
        $url->method('getUrl')->willReturnCallback(
            static fn ($route, $params) => "https://shop.test/admin/$route/order_id/{$params['order_id']}/"
        );
        return new CancelButton($this->sync, $url);
    }

    private function block(string $nameInLayout, $orderId): AbstractBlock
    {
        $request = $this->createMock(RequestInterface::class);
        $request->method('getParam')->willReturnMap([['order_id', null, $orderId]]);
        $block = $this->createMock(AbstractBlock::class);
        $block->method('getNameInLayout')->willReturn($nameInLayout);
        $block->method('getRequest')->willReturn($request);
        return $block;
    }

    /** Magento's order page toolbar: levels of buttons, Cancel among them when the order can be canceled. */
    private function buttons(bool $withCancel): ButtonList
    {
        $buttons = $this->createMock(ButtonList::class);
        $level = ['back' => new DataObject(), 'order_edit' => new DataObject()];
        if ($withCancel) {
            $level['order_cancel'] = new DataObject(['id' => 'order-view-cancel-button']);
        }
        $buttons->method('getItems')->willReturn([-1 => [], 0 => $level, 1 => []]);
        return $buttons;
    }

    public function testOnAWalmartOrdersPageCancelOpensTheCancelOrderFormOfThatOrder(): void
    {
        $this->links->method('byMagentoOrder')->with(42)->willReturn($this->link());
        $buttons = $this->buttons(true);
        $updates = [];
        $buttons->expects($this->exactly(3))->method('update')->willReturnCallback(
            function (string $id, string $key, $data) use (&$updates): void {
                $updates[] = [$id, $key, $data];
            }
        );

        $this->assertNull($this->plugin()->beforePushButtons(
            $this->createMock(Toolbar::class),
            $this->block('sales_order_edit', '42'),
            $buttons
        ));
        $this->assertSame([
            ['order_cancel', 'onclick',
                'setLocation("https:\/\/shop.test\/admin\/channelmgr_walmart\/order\/cancel\/order_id\/42\/")'],
            // no longer the button Magento's post-wrapper.js turns into a reasonless cancel POST
            ['order_cancel', 'id', 'channelmgr-walmart-cancel-button'],
            ['order_cancel', 'data_attribute', []],
        ], $updates);
    }

    public function testOnAnOrderThatIsNotAWalmartOrderMagentosCancelIsLeftAlone(): void
    {
        $this->links->method('byMagentoOrder')->with(43)->willReturn(null);
        $buttons = $this->buttons(true);
        $buttons->expects($this->never())->method('update');

        $this->assertNull($this->plugin()->beforePushButtons(
            $this->createMock(Toolbar::class),
            $this->block('sales_order_edit', '43'),
            $buttons
        ));
    }

    public function testAWalmartOrderWithoutACancelButtonGetsNone(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $buttons = $this->buttons(false);
        $buttons->expects($this->never())->method('update');

        $this->plugin()->beforePushButtons(
            $this->createMock(Toolbar::class),
            $this->block('sales_order_edit', '42'),
            $buttons
        );
    }

    public function testOtherToolbarsAreLeftAloneWithoutAskingWhichOrderItIs(): void
    {
        $this->links->expects($this->never())->method('byMagentoOrder');
        $buttons = $this->buttons(true);
        $buttons->expects($this->never())->method('update');

        $this->plugin()->beforePushButtons(
            $this->createMock(Toolbar::class),
            $this->block('sales_invoice_view', '42'),
            $buttons
        );
    }

    public function testAnOrderPageWithoutAnOrderIdIsLeftAlone(): void
    {
        $this->links->expects($this->never())->method('byMagentoOrder');
        $buttons = $this->buttons(true);
        $buttons->expects($this->never())->method('update');

        $this->plugin()->beforePushButtons(
            $this->createMock(Toolbar::class),
            $this->block('sales_order_edit', null),
            $buttons
        );
    }
}
