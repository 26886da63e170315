<?php
/* Backlog: N updates (default 1000) with 20 ms of emulator latency per request,
 * through syncBatch at concurrency 1, 8 and 32: wall time and speed-up over
 * sequential. Then M updates (default 200) under a token bucket of 10 requests
 * per second (Walmart's 60 a minute, scaled down): wall time against the
 * bucket's ideal, and how many 429s Walmart sent. */
require __DIR__ . '/lib.php';

$n = (int) (getenv('BENCH_BACKLOG_N') ?: 1000);
$m = (int) (getenv('BENCH_BUCKET_N') ?: 200);
$ops = fn(string $prefix, int $count) => array_map(fn($i) => ['op' => 'ship', 'shipment' => bench_shipment("PO-$prefix-$i")], range(0, $count - 1));
$client = fn(EmulatorProcess $emu) => new ChannelMgr\Client(['client_id' => BENCH_ID, 'client_secret' => BENCH_SECRET,
    'base_url' => $emu->url, 'max_retry_wait_ms' => 60000]);

printf("Backlog: %d shipments, 20 ms of latency per request\n\n%-12s %10s %12s %10s %14s %8s\n", $n, 'concurrency', 'wall s',
    'updates/s', 'speed-up', '0.8 x conc.', 'ok');
$sequential = null;
foreach ([1, 8, 32] as $concurrency) {
    $emu = bench_emulator(bench_orders('B', $n), ['latency_ms' => 20]);
    $c = $client($emu);
    $c->getOrder('PO-B-0'); // token and connection before the clock starts
    $wall = hrtime(true);
    $results = $c->syncBatch($ops('B', $n), ['concurrency' => $concurrency]);
    $wall = (hrtime(true) - $wall) / 1e9;
    $sequential ??= $wall;
    printf("%-12d %10.2f %12s %9.1fx %13.1fx %8s\n", $concurrency, $wall, number_format($n / $wall), $sequential / $wall,
        0.8 * $concurrency, count(array_filter(array_column($results, 'ok'))) === $n ? 'all' : 'SOME FAILED');
    $emu->stop();
}

$rate = 10;
$capacity = 10;
$emu = bench_emulator(bench_orders('T', $m), ['latency_ms' => 20, 'buckets' => ['shipping' => ['rate' => $rate, 'capacity' => $capacity]]]);
$c = $client($emu);
$c->getOrder('PO-T-0');
$wall = hrtime(true);
$results = $c->syncBatch($ops('T', $m), ['concurrency' => 8]);
$wall = (hrtime(true) - $wall) / 1e9;
$ideal = max(0, $m - $capacity) / $rate;
$stats = $emu->stats();
printf("\nUnder a token bucket of %d/s (capacity %d), %d shipments at concurrency 8:\n", $rate, $capacity, $m);
printf("wall %.2f s, the bucket's ideal %.2f s (%.1f%% over), %d 429s from Walmart, %s ok\n", $wall, $ideal,
    ($wall / $ideal - 1) * 100, $stats['rate_limited'], count(array_filter(array_column($results, 'ok'))) === $m ? 'all' : 'NOT ALL');
