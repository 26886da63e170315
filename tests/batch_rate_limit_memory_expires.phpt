--TEST--
batch: a remembered x-current-token-count of 0 holds only until its replenish time; later answers without bucket headers do not leave the client one request at a time
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$orders = $ops = [];
for ($i = 1; $i <= 17; $i++) {
    $orders[] = seed_order("PO-$i", [1], 'Created');
    if ($i > 1) {
        $ops[] = ['op' => 'acknowledge', 'purchase_order_id' => "PO-$i"];
    }
}
$emu = new EmulatorProcess($orders);
$emu->control('POST', 'config', ['latency_ms' => 100]);
$client = $emu->client(['max_retry_wait_ms' => 2000]);
// one 429 with count 0, replenished 200 ms later; no answer after it carries bucket headers
$emu->fault(['path' => '/acknowledge', 'status' => 429, 'headers' => ['x-current-token-count' => '0',
    'x-next-replenish-time' => (string) (int) (microtime(true) * 1000 + 200)]]);
var_dump($client->acknowledgeOrder('PO-1')['ok']);
usleep(300000);
$start = microtime(true);
$results = $client->syncBatch($ops, ['concurrency' => 8]);
$elapsed = microtime(true) - $start;
echo count(array_filter(array_column($results, 'ok'))), " of 16 ok\n";
// one at a time, 16 answers of 100 ms take 1.6 s; 8 at a time (after at most one alone), well under 1 s
var_dump($emu->stats()['peak_in_flight'] >= 4, $elapsed < 1.0);
?>
--EXPECT--
bool(true)
16 of 16 ok
bool(true)
bool(true)
