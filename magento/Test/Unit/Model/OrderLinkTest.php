<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\OrderLink;
use ChannelMgr\Walmart\Model\Sync\Links;
use ChannelMgr\Walmart\Model\Sync\Tables;
use ChannelMgr\Walmart\Model\SyncFactory;
use ChannelMgr\Walmart\Test\Unit\OrderDouble;
use ChannelMgr\Walmart\Test\Unit\RecordingAdapter;
use Magento\Framework\Exception\LocalizedException;
use Magento\Framework\Exception\NoSuchEntityException;
use Magento\Sales\Api\OrderRepositoryInterface;
use PHPUnit\Framework\TestCase;

/**
 * OrderLinkInterface::link(): registers an existing Magento order as a Walmart order with its line map.
 */
final class OrderLinkTest extends TestCase
{
    private RecordingAdapter $db;

    private function orderLink(): OrderLink
    {
        $this->db = new RecordingAdapter();
        $orders = $this->createMock(OrderRepositoryInterface::class);
        $orders->method('get')->willReturnCallback(static function ($id) {
            if ((int) $id !== 42) {
                throw new NoSuchEntityException();
            }
            return new OrderDouble(['entity_id' => 42, 'increment_id' => '000000042']);
        });
        $sync = $this->createMock(SyncFactory::class);
        $sync->method('links')->willReturn(new Links($this->db, new Tables()));
        return new OrderLink($orders, $sync);
    }

    /** @return list<array> the INSERTs made, as [table, bind] */
    private function inserts(): array
    {
        $inserts = [];
        foreach ($this->db->calls as $call) {
            if ($call[0] === 'query' && preg_match('/^INSERT INTO (\S+)/', $call[1], $m)) {
                $inserts[] = [$m[1], $call[2]];
            }
        }
        return $inserts;
    }

    public function testOneMagentoItemBecomesOneRowPerWalmartLineWithTheOrdersNumber(): void
    {
        $this->orderLink()->link(42, 'PO-42', [
            1 => ['order_item_id' => 7, 'sku' => 'MUG', 'qty' => 1],
            2 => ['order_item_id' => 7, 'sku' => 'MUG', 'qty' => 1],
            3 => ['order_item_id' => 7, 'sku' => 'MUG', 'qty' => 1],
            4 => ['order_item_id' => 8, 'sku' => 'TEAPOT', 'qty' => 2],
        ]);

        $this->assertSame([
            ['channelmgr_walmart_order', [42, '000000042', 'PO-42']],
            ['channelmgr_walmart_order_line', ['PO-42', 1, 7, 'MUG', 1]],
            ['channelmgr_walmart_order_line', ['PO-42', 2, 7, 'MUG', 1]],
            ['channelmgr_walmart_order_line', ['PO-42', 3, 7, 'MUG', 1]],
            ['channelmgr_walmart_order_line', ['PO-42', 4, 8, 'TEAPOT', 2]],
        ], $this->inserts());
    }

    public function testTheOrderAndItsLinesAreWrittenInOneTransaction(): void
    {
        $this->orderLink()->link(42, 'PO-42', [1 => ['order_item_id' => 7, 'sku' => 'MUG']]);

        $this->assertSame(
            ['begin', 'query', 'query', 'commit'],
            array_column($this->db->calls, 0)
        );
    }

    public function testALineWithoutAQuantityIsOneUnitAndStringLineNumbersAreNumbers(): void
    {
        $this->orderLink()->link(42, 'PO-42', ['1' => ['order_item_id' => '7', 'sku' => 'MUG']]);

        $this->assertSame(['channelmgr_walmart_order_line', ['PO-42', 1, 7, 'MUG', 1]], $this->inserts()[1]);
    }

    public function testAnEmptyLineMapIsRefusedWithTheReasonAndNothingIsWritten(): void
    {
        $link = $this->orderLink();
        try {
            $link->link(42, 'PO-42', []);
            $this->fail('refused');
        } catch (LocalizedException $e) {
            $this->assertSame(
                'Cannot link the order to Walmart: lineMap: a Walmart order has at least one line',
                $e->getMessage()
            );
            $this->assertInstanceOf(\InvalidArgumentException::class, $e->getPrevious());
        }
        $this->assertSame([], $this->db->calls);
    }

    public function testALineNumberThatIsNotANumberIsRefusedBeforeAnythingIsWritten(): void
    {
        $link = $this->orderLink();
        try {
            $link->link(42, 'PO-42', [
                1 => ['order_item_id' => 7, 'sku' => 'MUG'],
                'two' => ['order_item_id' => 7, 'sku' => 'MUG'],
            ]);
            $this->fail('refused');
        } catch (LocalizedException $e) {
            $this->assertSame(
                'Cannot link the order to Walmart: lineMap.two: a Walmart lineNumber is a positive number',
                $e->getMessage()
            );
        }
        $this->assertSame([], $this->db->calls);
    }

    /**
     * @dataProvider badLines
     */
    public function testALineWithoutItsItemOrSkuOrWithANonPositiveQuantityIsRefusedNamingTheField(
        array $line,
        string $message
    ): void {
        $link = $this->orderLink();
        try {
            $link->link(42, 'PO-42', [1 => ['order_item_id' => 7, 'sku' => 'MUG'], 2 => $line]);
            $this->fail('refused');
        } catch (LocalizedException $e) {
            $this->assertSame("Cannot link the order to Walmart: $message", $e->getMessage());
        }
        $this->assertSame([], $this->db->calls);
    }

    public static function badLines(): array
    {
        return [
            'no item' => [['sku' => 'MUG'], 'lineMap.2.order_item_id: must be a Magento order item id'],
            'item 0' => [
                ['order_item_id' => 0, 'sku' => 'MUG'],
                'lineMap.2.order_item_id: must be a Magento order item id',
            ],
            'no sku' => [['order_item_id' => 7], "lineMap.2.sku: must be the item's SKU"],
            'qty 0' => [['order_item_id' => 7, 'sku' => 'MUG', 'qty' => 0],
                'lineMap.2.qty: must be a positive whole number of units'],
            'qty -1' => [['order_item_id' => 7, 'sku' => 'MUG', 'qty' => -1],
                'lineMap.2.qty: must be a positive whole number of units'],
        ];
    }

    public function testAMagentoOrderThatDoesNotExistIsRefusedBeforeAnythingIsWritten(): void
    {
        $link = $this->orderLink();
        try {
            $link->link(99, 'PO-99', [1 => ['order_item_id' => 7, 'sku' => 'MUG']]);
            $this->fail('refused');
        } catch (NoSuchEntityException $e) {
            $this->assertSame('No such entity.', $e->getMessage());
        }
        $this->assertSame([], $this->db->calls);
    }
}
