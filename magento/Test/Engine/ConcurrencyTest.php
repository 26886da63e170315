<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Engine;

use ChannelMgr\Walmart\TestLib\EngineTestCase;
use ChannelMgr\Walmart\TestLib\TestDatabase;

/**
 * Consumers in separate processes draining one outbox: each row sent once, each order's updates in order; and a
 * consumer killed in the middle of a batch: its rows finish after the lease, and Walmart shows each update once.
 */
final class ConcurrencyTest extends EngineTestCase
{
    private const ORDERS = 24;

    /** @var list<array{0: resource, 1: array}> */
    private array $procs = [];

    protected function tearDown(): void
    {
        foreach ($this->procs as [$proc]) {
            if (is_resource($proc)) {
                proc_terminate($proc, 9);
                proc_close($proc);
            }
        }
        parent::tearDown();
    }

    /**
     * Orders of two units; each gets a shipment of one unit and then a cancel of the rest, queued one order after
     * the other, so that consumers claiming one row at a time would take both updates of an order side by side
     * but for the one-row-per-order rule.
     */
    private function queueShipThenCancel(int $orders): array
    {
        $stock = [];
        for ($i = 1; $i <= $orders; $i++) {
            $po = sprintf('PO-K%03d', $i);
            $sku = 'SKU-' . ($i % 5);
            $stock[$sku] = 100 + $i % 5;
            $this->order($po, 400 + $i, [['item' => 4000 + $i, 'sku' => $sku, 'qty' => 2]]);
            $this->outbox->enqueueShipment(40000 + $i, $this->shipment(
                $po,
                400 + $i,
                [['line_number' => 1, 'quantity' => 1]],
                'TRK-' . $i
            ));
            $this->outbox->enqueueCancel(400 + $i, $po, 'out_of_stock');
        }
        ksort($stock);
        return $stock;
    }

    private function consumer(array $input)
    {
        $so = getenv('CHANNELMGR_SO') ?: (string) ini_get('extension');
        $proc = proc_open(
            [PHP_BINARY, '-d', 'extension=' . $so, dirname(__DIR__, 2) . '/tests/bin/consumer.php',
                json_encode($input + ['socket' => TestDatabase::socket(), 'database' => TestDatabase::name(),
                    'walmart' => $this->walmart->url])],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes
        );
        $this->procs[] = [$proc, $pipes];
        return $proc;
    }

    private function waitAll(bool $killed = false): array
    {
        $reports = [];
        foreach ($this->procs as [$proc, $pipes]) {
            $out = stream_get_contents($pipes[1]);
            $err = stream_get_contents($pipes[2]);
            proc_close($proc);
            if (!$killed) {
                $report = json_decode(trim($out), true);
                $this->assertIsArray($report, "a consumer failed: $out $err");
                $reports[] = $report;
            }
        }
        $this->procs = [];
        return $reports;
    }

    private function assertEachUpdateOnceInOrder(int $orders): void
    {
        $rows = $this->rows();
        $this->assertSame(['done'], array_values(array_unique(array_column($rows, 'state'))));
        $byPo = [];
        foreach ($this->walmart->requests() as $r) {
            if (in_array($r['endpoint'], ['shipping', 'cancel'], true)) {
                $byPo[explode('/', parse_url($r['target'], PHP_URL_PATH))[3]][] = $r;
            }
        }
        $this->assertCount($orders, $byPo);
        foreach ($byPo as $po => $requests) {
            $this->assertSame(['shipping', 'cancel'], array_column($requests, 'endpoint'), "$po: once each, in order");
            $this->assertGreaterThanOrEqual(
                $requests[0]['answered_ms'],
                $requests[1]['received_ms'],
                "$po: the cancel was sent after the shipment was answered"
            );
            $this->assertSame(
                ['Cancelled SELLER_CANCEL_OUT_OF_STOCK' => 1, 'Shipped TRK-' . (int) substr($po, 4) => 1],
                $this->walmartLine($po, 1)
            );
            $this->assertSame('Shipped', $this->moduleOrder($po)['status']);
        }
        $outcomes = array_count_values(array_column($this->log(), 'outcome'));
        $this->assertSame(['ok' => count($rows)], $outcomes, 'one answer per row, no lease lost');
    }

    /**
     * @dataProvider consumers
     */
    public function testConsumersDrainingTogetherSendEachRowOnceAndKeepEachOrdersSequence(int $consumers): void
    {
        $stock = $this->queueShipThenCancel(self::ORDERS);
        $this->walmart->control('POST', 'config', ['latency_ms' => 10]);
        for ($i = 0; $i < $consumers; $i++) {
            $this->consumer(['stock' => $stock, 'owner' => "consumer-$i", 'batch' => $i % 2 ? 1 : 3]);
        }
        $reports = $this->waitAll();

        $this->assertEachUpdateOnceInOrder(self::ORDERS);
        $this->assertSame(count($this->rows()), array_sum(array_column($reports, 'sent')));
        // one consumer at a time holds the seller account's sender lease and sends (SenderLeaseTest); the others
        // find it taken and return, so the work is not necessarily shared
        $working = count(array_filter($reports, static fn ($r) => $r['sent'] > 0));
        $this->assertGreaterThanOrEqual(1, $working);
        $inventory = $this->walmart->control('GET', 'inventory');
        ksort($inventory);
        $this->assertSame($stock, array_map(static fn ($q) => $q['amount'], $inventory), 'absolute, read at send time');
        $this->assertLessThanOrEqual(self::ORDERS, count($this->requests('inventory')));
    }

    public static function consumers(): array
    {
        return ['two consumers' => [2], 'four consumers' => [4]];
    }

    public function testAConsumerKilledMidBatchLeavesRowsThatFinishAfterTheLeaseOnce(): void
    {
        $orders = 8;
        $stock = $this->queueShipThenCancel($orders);
        // slow answers: the batch is in flight (applied by Walmart, not yet answered) when the consumer dies
        $this->walmart->control('POST', 'config', ['latency_ms' => 1500]);
        $victim = $this->consumer(['stock' => $stock, 'owner' => 'victim', 'batch' => $orders, 'lease' => 3]);
        $deadline = microtime(true) + 20;
        while (count($this->requests('shipping')) < $orders && microtime(true) < $deadline) {
            usleep(50000);
        }
        $this->assertCount($orders, $this->requests('shipping'), 'the victim sent its batch');
        proc_terminate($victim, 9);
        $this->waitAll(true);
        $ships = array_values(array_filter($this->rows(), static fn ($r) => $r['operation'] === 'ship'));
        $this->assertSame(array_fill(0, $orders, 'processing'), array_column($ships, 'state'));
        $this->assertSame([], $this->log(), 'the victim recorded nothing');

        $this->walmart->control('POST', 'config', ['latency_ms' => 0]);
        $this->consumer(['stock' => $stock, 'owner' => 'survivor', 'batch' => 4, 'lease' => 3, 'deadline' => 20]);
        $this->waitAll();

        $this->assertEachUpdateOnceInOrder($orders);
        $ships = array_values(array_filter($this->log(), static fn ($l) => $l['operation'] === 'ship'));
        $this->assertSame(
            array_fill(0, $orders, '1'),
            array_column($ships, 'verify_first'),
            'the expired leases were sent again only after reading Walmart'
        );
    }
}
