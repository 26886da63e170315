<?php

/*
 * Latency from the merchant's save (the commit of the transaction that wrote the outbox row) to Walmart's answer
 * (when the emulator answered the shipping POST), over 1000 shipments made 20 ms apart, one consumer polling the
 * outbox every 100 ms when idle (channelmgr:walmart:sync --watch), the emulator on loopback.
 */

declare(strict_types=1);

use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\Sync\Tables;

require __DIR__ . '/common.php';

$n = (int) (getenv('BENCH_SHIPMENTS') ?: 1000);
$db = bench_db();
$walmart = new EmulatorProcess();
$pos = bench_orders($db, $walmart, $n, 'L');
$stop = sys_get_temp_dir() . '/channelmgr-bench-stop-' . getmypid();
@unlink($stop);
[$proc, $pipes] = bench_consumer($walmart, ['stop' => $stop, 'idle' => 0.1]);
fgets($pipes[2]);
$outbox = new Outbox($db, new Tables());
$saved = [];
foreach ($pos as $i => $po) {
    $db->beginTransaction();
    $outbox->enqueueShipment($i + 1, bench_shipment($po, $i + 1));
    $db->commit();
    $saved[$po] = microtime(true) * 1000;
    usleep(20000);
}
$deadline = microtime(true) + 60;
while (
    (int) $db->fetchOne("SELECT COUNT(*) FROM channelmgr_walmart_outbox WHERE state <> 'done'") > 0
    && microtime(true) < $deadline
) {
    usleep(50000);
}
touch($stop);
$report = json_decode(stream_get_contents($pipes[1]), true);
proc_close($proc);
@unlink($stop);
$latency = [];
foreach ($walmart->requests() as $r) {
    if ($r['endpoint'] === 'shipping') {
        $po = explode('/', parse_url($r['target'], PHP_URL_PATH))[3];
        $latency[] = $r['answered_ms'] - $saved[$po];
    }
}
printf(
    "latency save -> Walmart's answer, %d shipments, 1 consumer (idle poll 100 ms): p50 %.0f ms, p99 %.0f ms,"
    . " max %.0f ms (%d sent, %d done)\n",
    count($latency),
    percentile($latency, 50),
    percentile($latency, 99),
    max($latency),
    $report['sent'],
    $report['done']
);
