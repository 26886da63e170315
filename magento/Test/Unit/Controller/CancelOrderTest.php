<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Controller;

use ChannelMgr\Walmart\Controller\Adminhtml\Order\Cancel;
use ChannelMgr\Walmart\Controller\Adminhtml\Order\CancelPost;
use ChannelMgr\Walmart\Model\CancelReason;
use ChannelMgr\Walmart\Model\CancelReasons;
use ChannelMgr\Walmart\Model\Config;
use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Observer\QueueCancel;
use ChannelMgr\Walmart\Plugin\RequireCancelReason;
use ChannelMgr\Walmart\Test\Unit\OrderDouble;
use ChannelMgr\Walmart\Test\Unit\PaymentDouble;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Sales\Api\OrderManagementInterface;
use Magento\Sales\Api\OrderRepositoryInterface;

/**
 * The Cancel Order form of a Walmart order (GET order/cancel) and its submission (POST order/cancelPost).
 */
final class CancelOrderTest extends ControllerTestCase
{
    private OrderDouble $order;
    /** @var OrderRepositoryInterface&\PHPUnit\Framework\MockObject\MockObject */
    private $orders;
    /** @var OrderManagementInterface&\PHPUnit\Framework\MockObject\MockObject */
    private $management;

    protected function setUp(): void
    {
        parent::setUp();
        $this->order = new OrderDouble(['entity_id' => 42, 'increment_id' => '000000042', 'state' => 'processing',
            'payment' => new PaymentDouble(['method_title' => 'Walmart'])]);
        $this->order->setOrigData();
        $this->orders = $this->createMock(OrderRepositoryInterface::class);
        $this->orders->method('get')->willReturnMap([[42, $this->order]]);
        $this->management = $this->createMock(OrderManagementInterface::class);
    }

    private function config(?string $defaultReason = null): Config
    {
        $scope = $this->createMock(ScopeConfigInterface::class);
        $scope->method('getValue')->willReturnMap([
            ['channelmgr/walmart/default_cancel_reason', 'default', null, (string) $defaultReason],
        ]);
        return new Config($scope);
    }

    private function post(array $params, ?string $defaultReason = null): CancelPost
    {
        return new CancelPost(
            $this->context($params),
            $this->orders,
            $this->management,
            $this->sync,
            new CancelReasons(),
            new CancelReason($this->config($defaultReason))
        );
    }

    private function walmartOrder(bool $intentToCancel = false): void
    {
        $this->links->method('byMagentoOrder')->willReturnMap([[42, $this->link($intentToCancel)]]);
    }

    public function testTheFormOpensForAWalmartOrderUnderSalesWithItsTitle(): void
    {
        $this->walmartOrder();
        (new Cancel($this->context(['order_id' => '42']), $this->sync))->execute();

        $this->assertSame(['menu: Magento_Sales::sales_order', 'title: Cancel Order'], $this->page);
        $this->assertSame([], $this->messages);
        $this->assertNull($this->redirectedTo);
    }

    public function testTheFormOfAnOrderThatIsNotAWalmartOrderSendsBackToTheOrderWithAMessage(): void
    {
        $this->links->method('byMagentoOrder')->willReturn(null);
        (new Cancel($this->context(['order_id' => '43']), $this->sync))->execute();

        $this->assertSame([['error', 'This order is not a Walmart order.']], $this->messages);
        $this->assertSame(['sales/order/view', ['order_id' => 43]], $this->redirectedTo);
        $this->assertSame([], $this->page);
    }

    public function testAMissingReasonIsRefusedBackToTheOrdersFormAndNothingIsCanceledOrStored(): void
    {
        $this->walmartOrder();
        $this->management->expects($this->never())->method('cancel');
        $this->post(['order_id' => '42'])->execute();

        $this->assertSame([['error', 'Choose a reason for the cancellation.']], $this->messages);
        $this->assertSame(['channelmgr_walmart/order/cancel', ['order_id' => 42]], $this->redirectedTo);
        $this->assertSame(['method_title' => 'Walmart'], $this->order->getPayment()->info);
    }

    public function testAMissingReasonIsRefusedEvenWhenADefaultReasonIsConfigured(): void
    {
        $this->walmartOrder();
        $this->management->expects($this->never())->method('cancel');
        $this->post(['order_id' => '42', 'reason' => ''], 'pricing_error')->execute();

        $this->assertSame([['error', 'Choose a reason for the cancellation.']], $this->messages);
        $this->assertSame(['method_title' => 'Walmart'], $this->order->getPayment()->info);
    }

    public function testAnUnknownReasonIsRefusedAndNothingIsCanceledOrStored(): void
    {
        $this->walmartOrder();
        $this->management->expects($this->never())->method('cancel');
        $this->post(['order_id' => '42', 'reason' => 'lost_in_space'])->execute();

        $this->assertSame([['error', 'Choose a reason for the cancellation.']], $this->messages);
        $this->assertSame(['channelmgr_walmart/order/cancel', ['order_id' => 42]], $this->redirectedTo);
        $this->assertSame(['method_title' => 'Walmart'], $this->order->getPayment()->info);
    }

    public function testCustomerRequestedIsRefusedWhenWalmartShowsNoIntentToCancel(): void
    {
        $this->walmartOrder(false);
        $this->management->expects($this->never())->method('cancel');
        $this->post(['order_id' => '42', 'reason' => 'customer_requested'])->execute();

        $this->assertSame(
            [['error', 'Walmart allows "customer requested" only when the customer asked to cancel the order.']],
            $this->messages
        );
        $this->assertSame(['channelmgr_walmart/order/cancel', ['order_id' => 42]], $this->redirectedTo);
        $this->assertSame(['method_title' => 'Walmart'], $this->order->getPayment()->info);
    }

    public function testCustomerRequestedIsAcceptedWhenWalmartShowsTheCustomersIntentToCancel(): void
    {
        $this->walmartOrder(true);
        $this->management->expects($this->once())->method('cancel')->with(42)->willReturn(true);
        $this->post(['order_id' => '42', 'reason' => 'customer_requested'])->execute();

        $this->assertSame(
            [['success', 'You canceled the order. Walmart is told the reason: Customer requested the cancellation.']],
            $this->messages
        );
        $this->assertSame('customer_requested', $this->order->getPayment()->info[CancelReason::PAYMENT_KEY]);
    }

    public function testAnOrderThatIsNotAWalmartOrderIsNeitherCanceledNorGivenAReason(): void
    {
        $this->links->method('byMagentoOrder')->willReturn(null);
        $this->orders->expects($this->never())->method('get');
        $this->management->expects($this->never())->method('cancel');
        $this->post(['order_id' => '43', 'reason' => 'out_of_stock'])->execute();

        $this->assertSame([['error', 'This order is not a Walmart order.']], $this->messages);
        $this->assertSame(['channelmgr_walmart/order/cancel', ['order_id' => 43]], $this->redirectedTo);
    }

    public function testTheReasonIsInThePaymentsAdditionalInformationBeforeTheOrderIsCanceled(): void
    {
        $this->walmartOrder();
        $seenByCancel = null;
        $this->management->expects($this->once())->method('cancel')->with(42)
            ->willReturnCallback(function () use (&$seenByCancel) {
                $seenByCancel = $this->order->getPayment()->info;
                return true;
            });
        $this->post(['order_id' => '42', 'reason' => 'out_of_stock'])->execute();

        $this->assertSame(
            ['method_title' => 'Walmart', CancelReason::PAYMENT_KEY => 'out_of_stock'],
            $seenByCancel,
            'the payment keeps its other information and gains the reason'
        );
    }

    public function testASuccessfulCancelSaysWhichReasonWalmartIsToldAndReturnsToTheOrder(): void
    {
        $this->walmartOrder();
        $this->management->method('cancel')->willReturn(true);
        $this->post(['order_id' => '42', 'reason' => 'address_not_serviceable'])->execute();

        $this->assertSame(
            [['success', 'You canceled the order. Walmart is told the reason: Cannot ship to the address.']],
            $this->messages
        );
        $this->assertSame(['sales/order/view', ['order_id' => 42]], $this->redirectedTo);
    }

    public function testAnOrderMagentoCannotCancelIsReportedAndSentBackToTheForm(): void
    {
        $this->walmartOrder();
        $this->management->expects($this->once())->method('cancel')->with(42)->willReturn(false);
        $this->post(['order_id' => '42', 'reason' => 'fraud'])->execute();

        $this->assertSame([['error', 'This order cannot be canceled.']], $this->messages);
        $this->assertSame(['channelmgr_walmart/order/cancel', ['order_id' => 42]], $this->redirectedTo);
    }

    /**
     * Magento's OrderService::cancel() runs the module's plugin first, then saves the order, whose
     * sales_order_save_after (Observer\QueueCancel) writes the outbox row inside the save's transaction.
     */
    private function cancelThroughMagento(Publisher $publisher, ?\Throwable $saveFails = null): void
    {
        $reason = new CancelReason($this->config());
        $plugin = new RequireCancelReason($this->orders, $this->sync, $reason, new EchoGuard());
        $observer = new QueueCancel($this->sync, $reason, $publisher, new EchoGuard());
        $this->management->method('cancel')->willReturnCallback(
            function ($id) use ($plugin, $observer, $saveFails) {
                $plugin->beforeCancel($this->management, $id);
                $order = $this->orders->get($id);
                $order->setData('state', 'canceled');
                $observer->execute($this->observer(['order' => $order]));
                if ($saveFails !== null) {
                    throw $saveFails;
                }
                return true;
            }
        );
    }

    public function testTheChosenReasonIsTheOneTheCancelsOutboxRowCarriesAndItIsPublishedAfterCommit(): void
    {
        $this->walmartOrder();
        $this->outbox->expects($this->once())->method('enqueueCancel')->with(42, 'PO-42', 'pricing_error');
        $publisher = $this->createMock(Publisher::class);
        $publisher->expects($this->once())->method('defer')->with('cancel:42', 'PO-42');
        $this->cancelThroughMagento($publisher);

        $this->post(['order_id' => '42', 'reason' => 'pricing_error'])->execute();

        $this->assertSame('success', $this->messages[0][0]);
    }

    public function testWhenTheOrdersSaveFailsTheErrorReachesMagentoAndNoSuccessIsShown(): void
    {
        $this->walmartOrder();
        $this->cancelThroughMagento($this->createMock(Publisher::class), new \RuntimeException('deadlock'));

        try {
            $this->post(['order_id' => '42', 'reason' => 'fraud'])->execute();
            $this->fail('the failed save is not swallowed: Magento rolls the transaction back, outbox row included');
        } catch (\RuntimeException $e) {
            $this->assertSame('deadlock', $e->getMessage());
        }
        $this->assertSame([], $this->messages);
        $this->assertNull($this->redirectedTo);
    }
}
