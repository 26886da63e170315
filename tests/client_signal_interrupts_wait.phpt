--TEST--
client: a signal ends a wait for Walmart's rate limit at once; the result is retryable and the handler runs
--EXTENSIONS--
channelmgr
pcntl
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 10000]);
$client->getOrder('PO-1'); // the token
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 429, 'headers' => ['Retry-After' => '3']]);
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use (&$caught) { $caught = true; });
pcntl_alarm(1);
$started = microtime(true);
$r = $client->getOrder('PO-1');
$elapsed = microtime(true) - $started;
printf("ok=%s retryable=%s code=%s attempts=%d\n", var_export($r['ok'], true), var_export($r['retryable'], true),
    $r['errors'][0]['code'], $r['attempts']);
echo $elapsed < 3 ? "the wait ended with the signal\n" : "waited $elapsed s\n";
var_dump($caught ?? false);
// the next call is not affected
usleep(2100000); // the pause the 429 asked for is over
var_dump($client->getOrder('PO-1')['ok']);
?>
--EXPECT--
ok=false retryable=true code=RATE_LIMITED attempts=1
the wait ended with the signal
bool(true)
bool(true)
