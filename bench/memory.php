<?php
/* Memory: RSS and memory_get_usage() after 1k, 10k and 50k shipOrder calls in
 * one process (a queue consumer's life). 1000 orders of 50 units each; every
 * update ships one unit. */
require __DIR__ . '/lib.php';

$emu = bench_emulator(bench_orders('M', 1000, 50));
$client = new ChannelMgr\Client(['client_id' => BENCH_ID, 'client_secret' => BENCH_SECRET, 'base_url' => $emu->url]);
$checkpoints = [1000, 10000, 50000];
$seen = [];
printf("%-10s %12s %22s\n", 'updates', 'RSS KiB', 'memory_get_usage() B');
for ($i = 1, $ok = 0; $i <= end($checkpoints); $i++) {
    $po = 'PO-M-' . ($i % 1000);
    $ok += $client->shipOrder(bench_shipment($po, "T-$po"))['ok'];
    if (in_array($i, $checkpoints, true)) {
        $seen[$i] = [rss_kib(), memory_get_usage()];
        printf("%-10d %12d %22d\n", $i, ...$seen[$i]);
    }
}
printf("\n%d of %d ok; from 10k to 50k updates: RSS %+d KiB, memory_get_usage() %+d B (target: under 1 MiB)\n",
    $ok, end($checkpoints), $seen[50000][0] - $seen[10000][0], $seen[50000][1] - $seen[10000][1]);
