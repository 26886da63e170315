--TEST--
client: an answer over 8 MiB is cut off and reported as INVALID_RESPONSE
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 0]);
$emu->fault(['path' => '/v3/orders/PO-1', 'body_bytes' => 9 * 1024 * 1024]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['retryable'], $result['errors'][0]);
// the connection was dropped with the transfer; the next call opens a new one and works
var_dump($client->getOrder('PO-1')['ok']);
?>
--EXPECT--
bool(false)
bool(true)
array(3) {
  ["code"]=>
  string(16) "INVALID_RESPONSE"
  ["field"]=>
  string(0) ""
  ["description"]=>
  string(37) "Walmart's answer is larger than 8 MiB"
}
bool(true)
