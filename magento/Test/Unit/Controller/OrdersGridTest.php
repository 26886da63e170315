<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Controller;

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use ChannelMgr\Walmart\Controller\Adminhtml\Orders\Index;
use ChannelMgr\Walmart\Controller\Adminhtml\Orders\MassRefresh;
use ChannelMgr\Walmart\Controller\Adminhtml\Orders\MassRetry;
use ChannelMgr\Walmart\Model\ResourceModel\WalmartOrder\CollectionFactory;
use Magento\Framework\Data\Collection\AbstractDb;
use Magento\Ui\Component\MassAction\Filter;

/**
 * Marketing > Channel Manager > Walmart Orders and its mass actions.
 */
final class OrdersGridTest extends ControllerTestCase
{
    /** @var SyncManagementInterface&\PHPUnit\Framework\MockObject\MockObject */
    private $management;

    protected function setUp(): void
    {
        parent::setUp();
        $this->management = $this->createMock(SyncManagementInterface::class);
    }

    /**
     * The grid's selection: the Filter narrows the module's collection to the orders the merchant ticked.
     *
     * @return array{0: Filter, 1: CollectionFactory}
     */
    private function selection(array $selectedPurchaseOrderIds): array
    {
        $all = $this->createMock(AbstractDb::class);
        $selected = $this->createMock(AbstractDb::class);
        $selected->method('getColumnValues')->willReturnMap([['purchase_order_id', $selectedPurchaseOrderIds]]);
        $all->expects($this->never())->method('getColumnValues');
        $factory = $this->createMock(CollectionFactory::class);
        $factory->expects($this->once())->method('create')->willReturn($all);
        $filter = $this->createMock(Filter::class);
        $filter->expects($this->once())->method('getCollection')->with($this->identicalTo($all))
            ->willReturn($selected);
        return [$filter, $factory];
    }

    public function testTheGridPageIsTheWalmartOrdersMenuItemWithItsTitle(): void
    {
        (new Index($this->context([])))->execute();

        $this->assertSame(['menu: ChannelMgr_Walmart::orders', 'title: Walmart Orders'], $this->page);
    }

    public function testRetrySyncSendsAgainTheFailedUpdatesOfTheSelectedOrdersOnly(): void
    {
        [$filter, $factory] = $this->selection(['PO-1', 'PO-3']);
        $this->management->expects($this->once())->method('retry')->with(['PO-1', 'PO-3'])->willReturn(3);
        $this->management->expects($this->never())->method('refresh');

        (new MassRetry($this->context([]), $filter, $factory, $this->management))->execute();

        $this->assertSame([['success', '3 update(s) of 2 order(s) will be sent again.']], $this->messages);
        $this->assertSame(['*/*/index', []], $this->redirectedTo);
    }

    public function testRetrySyncOfOrdersWithNothingFailedSaysNoUpdateWillBeSent(): void
    {
        [$filter, $factory] = $this->selection(['PO-2']);
        $this->management->method('retry')->with(['PO-2'])->willReturn(0);

        (new MassRetry($this->context([]), $filter, $factory, $this->management))->execute();

        $this->assertSame([['success', '0 update(s) of 1 order(s) will be sent again.']], $this->messages);
    }

    public function testRefreshFromWalmartReadsTheSelectedOrdersOnlyAndCountsThoseRefreshed(): void
    {
        [$filter, $factory] = $this->selection(['PO-1', 'PO-2', 'PO-3']);
        $this->management->expects($this->once())->method('refresh')->with(['PO-1', 'PO-2', 'PO-3'])->willReturn([
            'PO-1' => ['ok' => true, 'order_status' => 'Shipped'],
            'PO-2' => ['ok' => true, 'order_status' => 'Acknowledged'],
            'PO-3' => ['ok' => true, 'order_status' => 'Cancelled'],
        ]);
        $this->management->expects($this->never())->method('retry');

        (new MassRefresh($this->context([]), $filter, $factory, $this->management))->execute();

        $this->assertSame([['success', '3 order(s) refreshed from Walmart.']], $this->messages);
        $this->assertSame(['*/*/index', []], $this->redirectedTo);
    }

    public function testRefreshFromWalmartNamesEachOrderWalmartCouldNotBeReadFor(): void
    {
        [$filter, $factory] = $this->selection(['PO-1', 'PO-2', 'PO-3']);
        $this->management->method('refresh')->willReturn([
            'PO-1' => ['ok' => true, 'order_status' => 'Shipped'],
            'PO-2' => ['ok' => false, 'status_details' => 'Walmart does not know this purchase order'],
            'PO-3' => ['ok' => false],
        ]);

        (new MassRefresh($this->context([]), $filter, $factory, $this->management))->execute();

        $this->assertSame([
            ['error', 'PO-2: Walmart does not know this purchase order'],
            ['error', 'PO-3: '],
            ['success', '1 order(s) refreshed from Walmart.'],
        ], $this->messages);
    }
}
