--TEST--
batch: under Walmart's token bucket the client paces itself: no 429 after the first, and never faster than the bucket
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$orders = $ops = [];
for ($i = 1; $i <= 30; $i++) {
    $orders[] = seed_order("PO-$i", [1], 'Created');
    $ops[] = ['op' => 'acknowledge', 'purchase_order_id' => "PO-$i"];
}
$emu = new EmulatorProcess($orders);
$emu->control('POST', 'config', ['buckets' => ['acknowledge' => ['rate' => 20, 'capacity' => 5]]]);
$client = $emu->client(['max_retry_wait_ms' => 5000]);
$client->getOrder('PO-1');
$start = microtime(true);
$results = $client->syncBatch($ops, ['concurrency' => 8]);
$elapsed = microtime(true) - $start;
$stats = $emu->stats();
printf("%d of 30 ok, %s 429s\n", count(array_filter(array_column($results, 'ok'))), $stats['rate_limited'] <= 1 ? 'at most one' : $stats['rate_limited']);
// 5 at once from the full bucket, then 25 at 20 per second: at least 1.25 s
var_dump($elapsed >= 1.2);
// the pacing carries over to single calls: the bucket is empty, the next call waits instead of running into a 429
$emu->control('POST', 'seed', [seed_order('PO-31', [1], 'Created')]);
$r = $client->acknowledgeOrder('PO-31');
var_dump($r['ok'], $r['attempts'], $emu->stats()['rate_limited'] <= 1);
?>
--EXPECT--
30 of 30 ok, at most one 429s
bool(true)
bool(true)
int(1)
bool(true)
