<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Sync;

use ChannelMgr\Walmart\Model\Sync\Backoff;
use ChannelMgr\Walmart\Model\Sync\LineAllocator;
use PHPUnit\Framework\TestCase;

final class PureFunctionsTest extends TestCase
{
    /**
     * @dataProvider backoffs
     */
    public function testBackoffIsExponentialCappedJitteredAndHonoursWalmartsWait(
        int $attempts,
        float $random,
        ?int $wait,
        int $expected
    ): void {
        $this->assertSame($expected, Backoff::delay($attempts, 2, 900, $random, $wait));
    }

    public static function backoffs(): array
    {
        return [
            'first, least jitter' => [1, 0.0, null, 1],
            'first, most jitter' => [1, 0.999, null, 2],
            'fourth' => [4, 0.5, null, 12],
            'capped' => [30, 0.999, null, 900],
            'never beyond the cap' => [60, 0.999, null, 900],
            'the wait Walmart asked for is a floor' => [1, 0.0, 30, 30],
            'a shorter wait than the backoff' => [5, 0.0, 3, 16],
        ];
    }

    public function testOneMagentoItemOverManyWalmartLinesSkipsCancelledUnits(): void
    {
        $lines = [
            ['line_number' => 3, 'order_item_id' => 1, 'ordered' => 2, 'cancelled' => 0],
            ['line_number' => 1, 'order_item_id' => 1, 'ordered' => 1, 'cancelled' => 1],
            ['line_number' => 2, 'order_item_id' => 1, 'ordered' => 1, 'cancelled' => 0],
            ['line_number' => 4, 'order_item_id' => 2, 'ordered' => 5, 'cancelled' => 0],
        ];
        $this->assertSame(
            [['line_number' => 3, 'quantity' => 2], ['line_number' => 4, 'quantity' => 2]],
            LineAllocator::allocate($lines, [1 => 2, 2 => 2], [1 => 1])
        );
    }

    public function testAnItemNotOnTheWalmartOrderIsRefused(): void
    {
        $this->expectException(\DomainException::class);
        $this->expectExceptionMessage('order item 9 is not on the Walmart order');
        LineAllocator::allocate([['line_number' => 1, 'order_item_id' => 1, 'ordered' => 1]], [9 => 1], []);
    }
}
