--TEST--
client: one 503 then success is ok after a backoff; the backoff is bounded by max_retry_wait_ms
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 50]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 503]);
$start = microtime(true);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['attempts'], $result['http_status'], microtime(true) - $start < 1.0);
?>
--EXPECT--
bool(true)
int(2)
int(200)
bool(true)
