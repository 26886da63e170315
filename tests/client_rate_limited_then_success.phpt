--TEST--
client: a 429 waits until Walmart's x-next-replenish-time, then succeeds (attempts 2)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
$client->getOrder('PO-1'); // token and connection ready
$replenish = (int) (microtime(true) * 1000) + 400;
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 429,
    'headers' => ['x-current-token-count' => '0', 'x-next-replenish-time' => (string) $replenish],
    'body' => ['errors' => ['error' => [['code' => 'REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API', 'description' => 'Too many requests']]]]]);
$start = microtime(true);
$result = $client->getOrder('PO-1');
$waitedUntil = (int) (microtime(true) * 1000);
var_dump($result['ok'], $result['attempts'], $result['errors']);
var_dump($waitedUntil >= $replenish);
?>
--EXPECT--
bool(true)
int(2)
array(0) {
}
bool(true)
