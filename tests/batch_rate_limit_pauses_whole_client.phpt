--TEST--
batch: a 429 on one operation holds back every operation of the client until Walmart's replenish time
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$orders = $ops = [];
for ($i = 1; $i <= 12; $i++) {
    $orders[] = seed_order("PO-$i", [1], 'Created');
    $ops[] = ['op' => 'acknowledge', 'purchase_order_id' => "PO-$i"];
}
$emu = new EmulatorProcess($orders);
$emu->control('POST', 'config', ['latency_ms' => 30]);
$client = $emu->client();
$client->acknowledgeOrder('PO-1'); // token ready, and the endpoint known to send no bucket headers
$replenish = (int) (microtime(true) * 1000) + 700;
$emu->fault(['path' => '/PO-3/acknowledge', 'status' => 429, 'headers' => ['x-next-replenish-time' => (string) $replenish]]);
$results = $client->syncBatch(array_slice($ops, 1), ['concurrency' => 2]);
echo count(array_filter(array_column($results, 'ok'))), " of 11 ok\n";
$acks = array_values(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'acknowledge'));
$limited = array_search(true, array_map(fn($r) => str_contains($r['target'], 'PO-3'), $acks), true);
$after = array_slice($acks, $limited + 1);
// with 2 at a time, at most the other request already out (and one the client sent before it read the 429)
// arrives before the replenish time; every other one waited for it
$before = array_filter($after, fn($r) => $r['received_ms'] < $replenish);
var_dump(count($after) >= 10, count($before) <= 2);
?>
--EXPECT--
11 of 11 ok
bool(true)
bool(true)
