<?php

/*
 * Shared by the benchmarks: a fresh database from etc/db_schema.xml, an emulator, orders linked in bulk, and
 * consumer processes.
 */

declare(strict_types=1);

use ChannelMgr\Walmart\TestLib\PdoAdapter;
use ChannelMgr\Walmart\TestLib\TestDatabase;

require __DIR__ . '/../tests/bootstrap.php';

function bench_db(): PdoAdapter
{
    return TestDatabase::fresh();
}

/** $n Walmart orders of one line of two units, seeded on the emulator and linked in the database. */
function bench_orders(PdoAdapter $db, EmulatorProcess $walmart, int $n, string $prefix): array
{
    $pos = [];
    $seed = [];
    for ($i = 1; $i <= $n; $i++) {
        $pos[] = $po = sprintf('%s%06d', $prefix, $i);
        $seed[] = ['purchaseOrderId' => $po, 'lines' => [['sku' => 'SKU-' . ($i % 50), 'quantity' => 2,
            'status' => 'Acknowledged']]];
    }
    foreach (array_chunk($seed, 1000) as $chunk) {
        $walmart->control('POST', 'seed', $chunk);
    }
    foreach (array_chunk($pos, 500) as $c => $chunk) {
        $orders = [];
        $lines = [];
        foreach ($chunk as $j => $po) {
            $id = $c * 500 + $j + 1;
            $orders[] = sprintf("(%d, '%09d', '%s', 'Open')", $id, $id, $po);
            $lines[] = sprintf("('%s', 1, %d, 'SKU-%d', 2)", $po, $id, $id % 50);
        }
        $db->pdo->exec('INSERT INTO channelmgr_walmart_order (order_id, increment_id, purchase_order_id, status)'
            . ' VALUES ' . implode(',', $orders));
        $db->pdo->exec('INSERT INTO channelmgr_walmart_order_line (purchase_order_id, line_number, order_item_id, sku,'
            . ' qty_ordered) VALUES ' . implode(',', $lines));
    }
    return $pos;
}

function bench_shipment(string $po, int $i): array
{
    return ['purchase_order_id' => $po, 'seller_order_id' => sprintf('%09d', $i),
        'tracking' => ['carrier' => 'ups', 'number' => '1Z' . $po], 'lines' => [['line_number' => 1, 'quantity' => 1]]];
}

/** Starts a consumer process (bench/consumer.php) and returns [process, pipes]. */
function bench_consumer(EmulatorProcess $walmart, array $options): array
{
    $proc = proc_open(
        [PHP_BINARY, '-d', 'extension=' . getenv('CHANNELMGR_SO'), __DIR__ . '/consumer.php', json_encode($options + [
            'socket' => TestDatabase::socket(), 'database' => TestDatabase::name(), 'walmart' => $walmart->url])],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
        $pipes
    );
    return [$proc, $pipes];
}

function percentile(array $values, float $p): float
{
    sort($values);
    return $values[min(count($values) - 1, (int) floor($p / 100 * count($values)))];
}
