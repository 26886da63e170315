<?php

/*
 * A backlog of due shipments (10,000 by default, BENCH_BACKLOG) drained under Walmart's token bucket for the
 * shipping endpoint (BENCH_RATE per second, capacity 10), by 1 and by 4 consumers: wall time against the
 * bucket's ideal ((rows - capacity) / rate), and the 429s Walmart sent.
 */

declare(strict_types=1);

use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\Sync\Tables;

require __DIR__ . '/common.php';

$n = (int) (getenv('BENCH_BACKLOG') ?: 10000);
$rate = (float) (getenv('BENCH_RATE') ?: 250);
$capacity = 10;
foreach ([1, 4] as $consumers) {
    $db = bench_db();
    $walmart = new EmulatorProcess();
    $pos = bench_orders($db, $walmart, $n, 'B');
    $outbox = new Outbox($db, new Tables());
    $db->beginTransaction();
    foreach ($pos as $i => $po) {
        $outbox->enqueueShipment($i + 1, bench_shipment($po, $i + 1));
    }
    $db->commit();
    $walmart->control('POST', 'config', ['buckets' => ['shipping' => ['rate' => $rate, 'capacity' => $capacity]]]);
    $procs = [];
    $t0 = microtime(true);
    for ($c = 0; $c < $consumers; $c++) {
        $procs[] = bench_consumer($walmart, ['until_empty' => true, 'batch' => 32, 'concurrency' => 8]);
    }
    $sent = 0;
    foreach ($procs as [$proc, $pipes]) {
        $report = json_decode(stream_get_contents($pipes[1]), true);
        $sent += $report['sent'] ?? 0;
        proc_close($proc);
    }
    $wall = microtime(true) - $t0;
    $ideal = ($n - $capacity) / $rate;
    $stats = $walmart->stats();
    $done = (int) $db->fetchOne("SELECT COUNT(*) FROM channelmgr_walmart_outbox WHERE state = 'done'");
    // orders whose shipment went out more than once: does Walmart show it shipped more than once?
    $posts = [];
    foreach ($walmart->requests() as $r) {
        if ($r['endpoint'] === 'shipping') {
            $po = explode('/', parse_url($r['target'], PHP_URL_PATH))[3];
            $posts[$po] = ($posts[$po] ?? 0) + 1;
        }
    }
    $doubles = 0;
    foreach (array_keys(array_filter($posts, static fn ($n) => $n > 1)) as $po) {
        $shipped = 0;
        foreach ($walmart->order($po)['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'] as $b) {
            $shipped += $b['status'] === 'Shipped' ? (int) $b['statusQuantity']['amount'] : 0;
        }
        $doubles += $shipped !== 1 ? 1 : 0;
    }
    printf(
        "backlog %d rows, bucket %.0f/s (capacity %d), %d consumer(s): %.1f s vs ideal %.1f s (%+.1f%%),"
        . " %d done, %d sends, %d shipping POSTs, 429s %s, shown shipped more than once: %d\n",
        $n,
        $rate,
        $capacity,
        $consumers,
        $wall,
        $ideal,
        ($wall / $ideal - 1) * 100,
        $done,
        $sent,
        array_sum($posts),
        (string) $stats["rate_limited"],
        $doubles
    );
    $walmart->stop();
}
