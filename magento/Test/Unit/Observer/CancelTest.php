<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Observer;

use ChannelMgr\Walmart\Model\CancelReason;
use ChannelMgr\Walmart\Model\CancelReasons;
use ChannelMgr\Walmart\Model\Config;
use ChannelMgr\Walmart\Model\EchoGuard;
use ChannelMgr\Walmart\Model\Publisher;
use ChannelMgr\Walmart\Observer\QueueCancel;
use ChannelMgr\Walmart\Observer\ShowCancelReason;
use ChannelMgr\Walmart\Plugin\RequireCancelReason;
use ChannelMgr\Walmart\Test\Unit\OrderDouble;
use ChannelMgr\Walmart\Test\Unit\PaymentDouble;
use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\DataObject;
use Magento\Framework\Exception\LocalizedException;
use Magento\Sales\Api\OrderManagementInterface;
use Magento\Sales\Api\OrderRepositoryInterface;

final class CancelTest extends UnitTestCase
{
    private function reason(?string $default): CancelReason
    {
        $scope = $this->createMock(ScopeConfigInterface::class);
        $scope->method('getValue')->willReturnMap([['channelmgr/walmart/default_cancel_reason', 'default', null,
            $default ?? '']]);
        return new CancelReason(new Config($scope));
    }

    private function order(string $before, string $after, array $payment = []): OrderDouble
    {
        $order = new OrderDouble(['entity_id' => 42, 'increment_id' => '000000042', 'state' => $before,
            'payment' => new PaymentDouble($payment)]);
        $order->setOrigData();
        $order->setData('state', $after);
        return $order;
    }

    public function testACanceledWalmartOrderQueuesItsCancelWithTheChosenReason(): void
    {
        $this->links->method('byMagentoOrder')->with(42)->willReturn($this->link());
        $this->outbox->expects($this->once())->method('enqueueCancel')->with(42, 'PO-42', 'out_of_stock');
        $publisher = $this->createMock(Publisher::class);
        $publisher->expects($this->once())->method('defer')->with('cancel:42', 'PO-42');

        (new QueueCancel($this->sync, $this->reason(null), $publisher, new EchoGuard()))->execute($this->observer([
            'order' => $this->order('processing', 'canceled', [CancelReason::PAYMENT_KEY => 'out_of_stock']),
        ]));
    }

    public function testAnOrderSavedAgainAfterItsCancelQueuesNothingNew(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $this->outbox->expects($this->never())->method('enqueueCancel');
        (new QueueCancel($this->sync, $this->reason(null), $this->createMock(Publisher::class), new EchoGuard()))
            ->execute($this->observer(['order' => $this->order('canceled', 'canceled')]));
    }

    public function testACancelWithoutAReasonTakesTheConfiguredDefaultAndKeepsItInThePayment(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $this->outbox->expects($this->once())->method('enqueueCancel')->with(42, 'PO-42', 'pricing_error');
        $order = $this->order('new', 'canceled');
        (new QueueCancel(
            $this->sync,
            $this->reason('pricing_error'),
            $this->createMock(Publisher::class),
            new EchoGuard()
        ))->execute($this->observer(['order' => $order]));
        $this->assertSame([CancelReason::PAYMENT_KEY => 'pricing_error'], $order->getPayment()->info);
    }

    public function testACancelWithoutAReasonOrDefaultIsRefusedNamingTheOrderAndWhereToCancelIt(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $this->outbox->expects($this->never())->method('enqueueCancel');
        try {
            (new QueueCancel(
                $this->sync,
                $this->reason(null),
                $this->createMock(Publisher::class),
                new EchoGuard()
            ))->execute($this->observer(['order' => $this->order('new', 'canceled')]));
            $this->fail('refused');
        } catch (LocalizedException $e) {
            $this->assertStringContainsString('Order #000000042 is a Walmart order', $e->getMessage());
            $this->assertStringContainsString('Sales > Orders', $e->getMessage());
        }
    }

    public function testTheCancelPluginRefusesAReasonlessCancelBeforeMagentoTouchesTheOrder(): void
    {
        $this->links->method('byMagentoOrder')->willReturn($this->link());
        $orders = $this->createMock(OrderRepositoryInterface::class);
        $orders->method('get')->with(42)->willReturn($this->order('new', 'new'));
        $plugin = new RequireCancelReason($orders, $this->sync, $this->reason(null), new EchoGuard());

        $this->expectException(LocalizedException::class);
        $plugin->beforeCancel($this->createMock(OrderManagementInterface::class), 42);
    }

    public function testTheCancelPluginGivesAReasonlessCancelTheDefaultAndLetsOtherOrdersPass(): void
    {
        $order = $this->order('new', 'new');
        $orders = $this->createMock(OrderRepositoryInterface::class);
        $orders->method('get')->willReturn($order);
        $this->links->method('byMagentoOrder')->willReturnMap([[42, $this->link()], [43, null]]);
        $plugin = new RequireCancelReason($orders, $this->sync, $this->reason('fraud'), new EchoGuard());
        $management = $this->createMock(OrderManagementInterface::class);

        $this->assertNull($plugin->beforeCancel($management, 42));
        $this->assertSame([CancelReason::PAYMENT_KEY => 'fraud'], $order->getPayment()->info);
        $orders->expects($this->never())->method('get');
        $this->assertNull($plugin->beforeCancel($management, 43));
    }

    public function testCustomerRequestedIsOfferedOnlyWhenWalmartShowsTheCustomersIntent(): void
    {
        $reasons = new CancelReasons();
        $this->assertArrayNotHasKey('customer_requested', $reasons->allowed(false));
        $this->assertArrayHasKey('customer_requested', $reasons->allowed(true));
        $this->assertFalse($reasons->isAllowed('customer_requested', false));
        $this->assertTrue($reasons->isAllowed('out_of_stock', false));
        $this->assertFalse($reasons->isAllowed('', true));
        foreach (array_keys($reasons->all()) as $alias) {
            channelmgr_cancellation_payload(['purchase_order_id' => 'P1', 'lines' => [['line_number' => 1,
                'ordered' => 1]]] + ($alias === 'customer_requested' && $this->extensionKnowsIntent()
                    ? ['intent_to_cancel' => true] : []), $alias);
        }
        $this->addToAssertionCount(1);
    }

    private function extensionKnowsIntent(): bool
    {
        try {
            channelmgr_cancellation_payload(['purchase_order_id' => 'P1', 'intent_to_cancel' => true,
                'lines' => [['line_number' => 1, 'ordered' => 1]]], 'fraud');
            return true;
        } catch (\ChannelMgr\ValidationException $e) {
            return false;
        }
    }

    public function testTheReasonIsShownInThePaymentInformation(): void
    {
        $transport = new DataObject();
        (new ShowCancelReason(new CancelReasons()))->execute($this->observer([
            'payment' => new PaymentDouble([CancelReason::PAYMENT_KEY => 'address_not_serviceable']),
            'transport' => $transport,
        ]));
        $this->assertSame(['Walmart Cancellation Reason' => 'Cannot ship to the address'], $transport->getData());
    }
}
