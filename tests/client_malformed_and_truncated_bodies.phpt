--TEST--
client: a 200 with malformed JSON or a truncated body is INVALID_RESPONSE and is retried
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 1, 'max_retry_wait_ms' => 50]);
$emu->fault(['path' => '/v3/orders/PO-1', 'malformed' => true, 'times' => 2]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['retryable'], $result['attempts'], $result['errors'][0]['code'], $result['errors'][0]['description']);
$emu->fault(['path' => '/v3/orders/PO-1', 'truncate' => true, 'times' => 2]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['retryable'], $result['attempts'], $result['errors'][0]['code']);
$emu->fault(['path' => '/v3/orders/PO-1', 'malformed' => true]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['attempts']);
?>
--EXPECT--
bool(false)
bool(true)
int(2)
string(16) "INVALID_RESPONSE"
string(50) "Walmart's answer is not JSON (the JSON ends early)"
bool(false)
bool(true)
int(2)
string(16) "INVALID_RESPONSE"
bool(true)
int(2)
