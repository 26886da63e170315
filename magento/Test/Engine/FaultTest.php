<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Engine;

use ChannelMgr\Walmart\TestLib\EngineTestCase;

/**
 * Walmart failing in every way the extension reports: nothing is lost, nothing is shipped twice, the order shows
 * Error while an update waits and the right status once it is applied. Every resend carries verify_first.
 */
final class FaultTest extends EngineTestCase
{
    private function shipOneOfTwo(string $po, int $orderId, string $tracking): void
    {
        $this->order($po, $orderId, [['item' => $orderId * 10, 'sku' => 'SKU-' . $po, 'qty' => 2]]);
        $this->outbox->enqueueShipment($orderId, $this->shipment(
            $po,
            $orderId,
            [['line_number' => 1, 'quantity' => 1]],
            $tracking
        ));
    }

    private function row(): array
    {
        return $this->db->fetchRow('SELECT state, attempts, next_attempt_at, last_error FROM channelmgr_walmart_outbox'
            . ' ORDER BY entity_id LIMIT 1');
    }

    public function testAnAnswerLostAfterWalmartAppliedItIsNeverShippedTwice(): void
    {
        $this->shipOneOfTwo('PO-F1', 301, 'LOST-1');
        // the POST is applied and its answer lost, and the reads that would confirm it fail too
        $this->walmart->fault(['path' => '/shipping', 'drop' => 'after', 'times' => 1]);
        $this->walmart->fault(['path' => '/v3/orders/PO-F1', 'method' => 'GET', 'status' => 502, 'times' => 6]);

        for ($round = 0; $round < 6 && $this->row()['state'] !== 'done'; $round++) {
            $this->engine()->drain();
            $this->clock->advance(3600);
        }

        $this->assertSame(
            ['Acknowledged' => 1, 'Shipped LOST-1' => 1],
            $this->walmartLine('PO-F1', 1),
            'shipped exactly once'
        );
        $this->assertSame('done', $this->row()['state']);
        $this->assertSame('Partially Shipped', $this->moduleOrder('PO-F1')['status']);
        $this->assertSame('0', $this->moduleOrder('PO-F1')['pending_count']);
        foreach (array_slice($this->log(), 1) as $later) {
            $this->assertSame('1', $later['verify_first'], 'every later send reads Walmart first');
        }
    }

    public function testServerErrorsShowErrorThenTheVerifiedRetryShips(): void
    {
        $this->shipOneOfTwo('PO-F2', 302, '5XX-1');
        $this->walmart->fault(['path' => '/shipping', 'status' => 503, 'times' => 2]);

        $this->assertSame(1, $this->engine()->drain()['retry']);
        $order = $this->moduleOrder('PO-F2');
        $this->assertSame('Error', $order['status']);
        $this->assertNotSame('', $order['status_details'], 'the result\'s sentence is shown');
        $this->assertSame('1', $order['pending_count']);
        $row = $this->row();
        $this->assertSame(['pending', '1'], [$row['state'], $row['attempts']]);
        // attempt 1, base 2 s, jitter 0.5: 1 s fixed + 0.5 s random, rounded up
        $this->assertSame(gmdate('Y-m-d H:i:s', $this->clock->now + 2), $row['next_attempt_at']);

        $this->assertSame(0, $this->engine()->drain()['sent'], 'not due before its backoff');
        $this->clock->advance(2);
        $this->assertSame(1, $this->engine()->drain()['done']);

        $this->assertSame(['Acknowledged' => 1, 'Shipped 5XX-1' => 1], $this->walmartLine('PO-F2', 1));
        $this->assertSame('Partially Shipped', $this->moduleOrder('PO-F2')['status']);
        $this->assertSame('', $this->moduleOrder('PO-F2')['status_details']);
        $this->assertSame(['retry', 'ok'], array_column($this->log(), 'outcome'));
        $this->assertSame(['0', '1'], array_column($this->log(), 'verify_first'));
    }

    public function testRateLimitedBeyondTheClientsBudgetWaitsAtLeastTheFloor(): void
    {
        $this->shipOneOfTwo('PO-F3', 303, '429-1');
        $this->walmart->fault(['path' => '/shipping', 'status' => 429, 'times' => 1,
            'headers' => ['Retry-After' => '1']]);
        $this->clients->client = $this->client(['max_retry_wait_ms' => 100]);

        $this->assertSame(1, $this->engine()->drain()['retry']);
        $this->assertStringContainsString('RATE_LIMITED', (string) $this->log()[0]['error_codes']);
        $this->assertSame(gmdate('Y-m-d H:i:s', $this->clock->now + 5), $this->row()['next_attempt_at']);
        $this->assertSame('Error', $this->moduleOrder('PO-F3')['status']);

        // the client itself remembers Walmart's wait (in real time) for every later call of the process
        usleep(1100000);
        $this->clock->advance(5);
        $this->assertSame(1, $this->engine()->drain()['done']);
        $this->assertSame(['Acknowledged' => 1, 'Shipped 429-1' => 1], $this->walmartLine('PO-F3', 1));
    }

    public function testWalmartDownForAWhileLosesNothing(): void
    {
        $this->shipOneOfTwo('PO-F4', 304, 'DOWN-1');
        $this->order('PO-F5', 305, [['item' => 3051, 'sku' => 'DOWN-SKU']]);
        $this->outbox->enqueueCancel(305, 'PO-F5', 'fraud');
        $this->stock->qty = ['DOWN-SKU' => 9];
        $walmart = $this->clients->client;
        $this->clients->client = new \ChannelMgr\Client(['client_id' => 'test-client', 'client_secret' => 'test-secret',
            'base_url' => 'http://127.0.0.1:1', 'max_retries' => 0, 'connect_timeout_ms' => 200]);

        $delays = [];
        for ($round = 0; $round < 4; $round++) {
            $this->assertSame(2, $this->engine()->drain()['retry']);
            $next = strtotime($this->row()['next_attempt_at'] . ' UTC');
            $delays[] = $next - $this->clock->now;
            $this->clock->now = $next;
        }
        $this->assertSame([2, 3, 6, 12], $delays, 'exponential backoff');
        $this->assertSame('Error', $this->moduleOrder('PO-F4')['status']);
        $this->assertSame('Error', $this->moduleOrder('PO-F5')['status']);
        $this->assertStringContainsString('CONNECTION_FAILED', (string) $this->log()[0]['error_codes']);

        $this->clients->client = $walmart;
        $report = $this->engine()->drain();

        $this->assertSame(3, $report['done'], 'both updates, then the inventory the cancel freed');
        $this->assertSame(['Acknowledged' => 1, 'Shipped DOWN-1' => 1], $this->walmartLine('PO-F4', 1));
        $this->assertSame(['Cancelled SELLER_CANCEL_FRAUD_STOP_SHIPMENT' => 1], $this->walmartLine('PO-F5', 1));
        $this->assertSame('Partially Shipped', $this->moduleOrder('PO-F4')['status']);
        $this->assertSame('Canceled', $this->moduleOrder('PO-F5')['status']);
        $this->assertSame(9, $this->walmart->control('GET', 'inventory')['DOWN-SKU']['amount']);
        $this->assertCount(3, $this->rows(), 'no row deleted');
        $this->assertCount(1, $this->requests('shipping'));
        $this->assertCount(1, $this->requests('cancel'));
    }

    public function testARejectedUpdateWaitsForTheMerchantAndHoldsBackLaterOnes(): void
    {
        // lines not acknowledged on Walmart: the shipment is refused, not retryable
        $this->order('PO-N1', 306, [['item' => 3061, 'sku' => 'NR-SKU', 'qty' => 2]], 'Created');
        $this->stock->qty = ['NR-SKU' => 4];
        $this->outbox->enqueueShipment(3061, $this->shipment(
            'PO-N1',
            306,
            [['line_number' => 1, 'quantity' => 1]],
            'NR-1'
        ));

        $this->assertSame(1, $this->engine()->drain()['failed']);
        $order = $this->moduleOrder('PO-N1');
        $this->assertSame(['Error', '0', '1'], [$order['status'], $order['pending_count'], $order['failed_count']]);
        $this->assertStringContainsString('acknowledge', strtolower($order['status_details']));

        $this->outbox->enqueueCancel(306, 'PO-N1', 'fraud');
        $this->clock->advance(86400);
        $this->assertSame(0, $this->engine()->drain()['sent'], 'the failed row waits; the cancel stays behind it');
        $this->assertSame([], $this->requests('cancel'));

        // the merchant fixes it (the order is acknowledged) and retries from the grid
        $this->assertTrue($this->client()->acknowledgeOrder('PO-N1')['ok']);
        $this->assertSame(1, $this->outbox->retry(['PO-N1']));
        $this->assertSame('2', $this->moduleOrder('PO-N1')['pending_count']);
        $report = $this->engine()->drain();

        $this->assertSame(3, $report['done'], 'the shipment, then the cancel, then inventory');
        $this->assertSame(
            ['Cancelled SELLER_CANCEL_FRAUD_STOP_SHIPMENT' => 1, 'Shipped NR-1' => 1],
            $this->walmartLine('PO-N1', 1)
        );
        $this->assertSame('Shipped', $this->moduleOrder('PO-N1')['status']);
        $this->assertSame(['failed', 'ok', 'ok'], array_column(array_slice($this->log(), 0, 3), 'outcome'));
        $this->assertSame('1', $this->log()[1]['verify_first']);
    }
}
