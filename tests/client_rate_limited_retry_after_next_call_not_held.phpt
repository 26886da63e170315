--TEST--
client: after a 429 with a Retry-After beyond max_retry_wait_ms, the next call fails at once (RATE_LIMITED, retryable) instead of sleeping past its budget
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 1000]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 429, 'headers' => ['Retry-After' => '3600']]);
if (function_exists('pcntl_alarm')) {
    pcntl_alarm(10); // a watchdog: a client that sleeps for the hour is killed (SIGALRM, no handler) and the test fails
}
foreach (['the 429' => 1, 'the next call' => 2] as $what => $n) {
    $start = microtime(true);
    $r = $client->getOrder('PO-1');
    printf("%s: ok=%s retryable=%s code=%s status=%s within budget=%s\n", $what, var_export($r['ok'], true),
        var_export($r['retryable'], true), $r['errors'][0]['code'] ?? '-', $r['order_status'],
        var_export(microtime(true) - $start < 1.0, true));
}
function_exists('pcntl_alarm') && pcntl_alarm(0);
echo $emu->stats()['requests']['order'], " order requests\n";
?>
--EXPECT--
the 429: ok=false retryable=true code=RATE_LIMITED status=Error within budget=true
the next call: ok=false retryable=true code=RATE_LIMITED status=Error within budget=true
2 order requests
