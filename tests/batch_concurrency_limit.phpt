--TEST--
batch: no more requests are out at once than the concurrency option (the emulator records the peak)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$orders = $ops = [];
for ($i = 1; $i <= 24; $i++) {
    $orders[] = seed_order("PO-$i", [1], 'Created');
    $ops[] = ['op' => 'acknowledge', 'purchase_order_id' => "PO-$i"];
}
$emu = new EmulatorProcess($orders);
$emu->control('POST', 'config', ['latency_ms' => 40]);
$client = $emu->client();
$client->getOrder('PO-1'); // the token first, so only acknowledgements follow
foreach ([3, 8] as $concurrency) {
    $emu2 = new EmulatorProcess($orders);
    $emu2->control('POST', 'config', ['latency_ms' => 40]);
    $results = $emu2->client()->syncBatch($ops, ['concurrency' => $concurrency]);
    $stats = $emu2->stats();
    printf("concurrency %d: %d ok, peak %d requests out, %d connections\n", $concurrency,
        count(array_filter(array_column($results, 'ok'))), $stats['peak_in_flight'], $stats['connections']);
}
?>
--EXPECT--
concurrency 3: 24 ok, peak 3 requests out, 3 connections
concurrency 8: 24 ok, peak 8 requests out, 8 connections
