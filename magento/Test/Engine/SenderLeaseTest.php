<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Engine;

use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\Sync\SenderLease;
use ChannelMgr\Walmart\TestLib\EngineTestCase;
use ChannelMgr\Walmart\TestLib\TestDatabase;

/**
 * Consumers of one seller account pace together: only the holder of the account's sender lease sends, so several
 * consumers never overrun Walmart's token bucket (each process paces by what Walmart told it alone); a sender that
 * died stalls the others at most its lease; a batch's results are recorded in a few statements.
 */
final class SenderLeaseTest extends EngineTestCase
{
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

    public function testOnlyTheHolderOfTheSenderLeaseSendsAndADeadHoldersLeaseExpires(): void
    {
        $this->queueShipments(3, 'L');
        $lease = new SenderLease($this->db, $this->tables);
        $this->assertTrue($lease->acquire('dead-consumer', $this->clock->now(), 10));

        $this->assertSame(0, $this->engine()->drain()['sent'], 'another consumer holds the lease');
        $this->assertSame([], $this->requests('shipping'));
        $this->assertSame('dead-consumer', $lease->holder($this->clock->now()));

        $this->clock->advance(10);
        $this->assertSame(3, $this->engine()->drain()['done'], 'the lease expired: the next consumer takes it');
        $this->assertNull($lease->holder($this->clock->now()), 'released when nothing is left');
        $this->assertTrue($lease->acquire('another', $this->clock->now(), 10));
    }

    public function testABatchIsRecordedInAFewStatementsWhateverItsSize(): void
    {
        $this->queueShipments(16, 'S');
        $before = $this->db->statements;
        $report = $this->engine(new Options(batchSize: 16, concurrency: 8, leaseSeconds: 60))->drain();
        $this->assertSame(['sent' => 16, 'done' => 16, 'retry' => 0, 'failed' => 0, 'batches' => 1], $report);
        // lease, claim, send's record, the empty claim, release, the last look: not one statement per row
        $this->assertLessThanOrEqual(30, $this->db->statements - $before);
        foreach (range(1, 16) as $i) {
            $po = sprintf('PO-S%03d', $i);
            $this->assertSame(['Shipped TRK-S' . $i => 1], $this->walmartLine($po, 1));
            $this->assertSame(
                ['status' => 'Shipped', 'status_details' => '', 'pending_count' => '0', 'failed_count' => '0'],
                $this->moduleOrder($po)
            );
        }
        $this->assertSame(
            array_fill(0, 16, '1'),
            $this->db->fetchCol('SELECT qty_shipped FROM channelmgr_walmart_order_line ORDER BY entity_id')
        );
        $this->assertSame(['ok' => 16], array_count_values(array_column($this->log(), 'outcome')));
    }

    public function testFourConsumersInSeparateProcessesKeepToWalmartsTokenBucket(): void
    {
        $orders = 40;
        $stock = [];
        for ($i = 1; $i <= $orders; $i++) {
            $po = sprintf('PO-B%03d', $i);
            $sku = 'SKU-' . ($i % 4);
            $stock[$sku] = 50;
            $this->order($po, 700 + $i, [['item' => 7000 + $i, 'sku' => $sku, 'qty' => 2]]);
            $this->outbox->enqueueShipment(70000 + $i, $this->shipment(
                $po,
                700 + $i,
                [['line_number' => 1, 'quantity' => 1]],
                'TRK-B' . $i
            ));
            $this->outbox->enqueueCancel(700 + $i, $po, 'out_of_stock');
        }
        $this->walmart->control('POST', 'config', ['buckets' => [
            'shipping' => ['rate' => 40, 'capacity' => 4],
            'cancel' => ['rate' => 40, 'capacity' => 4],
        ]]);
        for ($i = 0; $i < 4; $i++) {
            $this->consumer(['stock' => $stock, 'owner' => "consumer-$i", 'batch' => 8]);
        }
        $reports = $this->waitAll();

        $this->assertSame(count($this->rows()), array_sum(array_column($reports, 'sent')), 'each row sent once');
        $this->assertSame(['done'], array_values(array_unique(array_column($this->rows(), 'state'))));
        $this->assertLessThanOrEqual(2, (int) $this->walmart->stats()['rate_limited'], "no 429 after the first");
        $byPo = [];
        foreach ($this->walmart->requests() as $r) {
            if (in_array($r['endpoint'], ['shipping', 'cancel'], true) && $r['status'] !== 429) {
                $byPo[explode('/', parse_url($r['target'], PHP_URL_PATH))[3]][] = $r;
            }
        }
        $this->assertCount($orders, $byPo);
        foreach ($byPo as $po => $requests) {
            $this->assertSame(['shipping', 'cancel'], array_column($requests, 'endpoint'), "$po: once each, in order");
            $this->assertSame(
                ['Cancelled SELLER_CANCEL_OUT_OF_STOCK' => 1, 'Shipped TRK-B' . (int) substr($po, 4) => 1],
                $this->walmartLine($po, 1)
            );
        }
    }

    public function testASenderKilledMidBatchStallsTheOthersNoLongerThanItsLease(): void
    {
        $this->queueShipments(12, 'K');
        // slow answers: the victim's batch is in flight when it dies, holding the sender lease (3 s)
        $this->walmart->control('POST', 'config', ['latency_ms' => 1500]);
        $victim = $this->consumer(['owner' => 'victim', 'batch' => 4, 'lease' => 3]);
        $deadline = microtime(true) + 15;
        while (count($this->requests('shipping')) < 4 && microtime(true) < $deadline) {
            usleep(20000);
        }
        $this->assertCount(4, $this->requests('shipping'), 'the victim sent its batch');
        $this->consumer(['owner' => 'survivor', 'batch' => 4, 'lease' => 3, 'deadline' => 20]);
        usleep(600000);
        $this->assertCount(4, $this->requests('shipping'), 'the survivor does not send beside the holder');

        proc_terminate($victim, 9);
        $killedMs = microtime(true) * 1000;
        $this->walmart->control('POST', 'config', ['latency_ms' => 0]);
        $this->waitAll(['victim']);

        $after = array_slice($this->requests('shipping'), 4);
        $this->assertNotEmpty($after);
        $this->assertLessThanOrEqual(
            3000 + 1000,
            $after[0]['received_ms'] - $killedMs,
            'the survivor sent once the dead sender\'s lease (3 s) expired'
        );
        $this->assertSame(['done'], array_values(array_unique(array_column($this->rows(), 'state'))));
        foreach (range(1, 12) as $i) {
            $this->assertSame(['Shipped TRK-K' . $i => 1], $this->walmartLine(sprintf('PO-K%03d', $i), 1));
        }
        $verified = array_column(array_filter($this->log(), static fn ($l) => $l['verify_first'] === '1'), 'outbox_id');
        sort($verified);
        $this->assertSame(['1', '2', '3', '4'], $verified, 'the victim\'s rows were sent again only after a read');
    }

    private function queueShipments(int $orders, string $tag): void
    {
        for ($i = 1; $i <= $orders; $i++) {
            $po = sprintf('PO-%s%03d', $tag, $i);
            $this->order($po, 800 + $i, [['item' => 8000 + $i, 'sku' => 'SKU-1']]);
            $this->outbox->enqueueShipment(80000 + $i, $this->shipment(
                $po,
                800 + $i,
                [['line_number' => 1, 'quantity' => 1]],
                "TRK-$tag$i"
            ));
        }
    }

    /** @return resource */
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
        $this->procs[] = [$proc, $pipes, $input['owner']];
        return $proc;
    }

    /** @param list<string> $killed owners that were killed (no report) */
    private function waitAll(array $killed = []): array
    {
        $reports = [];
        foreach ($this->procs as [$proc, $pipes, $owner]) {
            $out = stream_get_contents($pipes[1]);
            $err = stream_get_contents($pipes[2]);
            proc_close($proc);
            if (!in_array($owner, $killed, true)) {
                $report = json_decode(trim($out), true);
                $this->assertIsArray($report, "$owner failed: $out $err");
                $reports[] = $report;
            }
        }
        $this->procs = [];
        return $reports;
    }
}
