--TEST--
client: a Walmart that does not answer in time gives TIMEOUT within the budget (attempts x timeout + waits)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['timeout_ms' => 300, 'max_retries' => 1, 'max_retry_wait_ms' => 200]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/v3/orders/PO-1', 'delay_ms' => 3000, 'times' => 2]);
$start = microtime(true);
$result = $client->getOrder('PO-1');
$elapsed = microtime(true) - $start;
var_dump($result['ok'], $result['retryable'], $result['attempts'], $result['http_status'], $result['errors'][0]['code']);
echo $result['status_details'], "\n";
// budget: 2 attempts x 300 ms + at most 200 ms of backoff; valgrind may add a little, a hang would add seconds
var_dump($elapsed >= 0.6, $elapsed < 0.8 + 1.0);
?>
--EXPECT--
bool(false)
bool(true)
int(2)
int(0)
string(7) "TIMEOUT"
The order lookup could not reach Walmart (no answer in time) after 2 attempts. Retry later.
bool(true)
bool(true)
