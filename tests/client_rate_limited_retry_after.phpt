--TEST--
client: a 429 with Retry-After (seconds) and no replenish time waits that long; spelling of headers is case-insensitive
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
$client->getOrder('PO-1');
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 429, 'headers' => ['RETRY-AFTER' => '1']]);
$start = microtime(true);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['attempts'], microtime(true) - $start >= 1.0);
// Walmart's other spelling of the replenish header
$replenish = (int) (microtime(true) * 1000) + 300;
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 429, 'headers' => ['X-Next-Replenishment-Time' => (string) $replenish]]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], (int) (microtime(true) * 1000) >= $replenish);
?>
--EXPECT--
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
