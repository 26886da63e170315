--TEST--
client: a Retry-After too large for any clock (10^20 s) is clamped, not overflowed: the call fails at once (RATE_LIMITED, retryable), and so does the next one within its budget
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 1000]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 429, 'headers' => ['Retry-After' => '99999999999999999999']]);
for ($i = 1; $i <= 2; $i++) {
    $start = microtime(true);
    $r = $client->getOrder('PO-1');
    printf("call %d: ok=%s retryable=%s code=%s at once=%s\n", $i, var_export($r['ok'], true), var_export($r['retryable'], true),
        $r['errors'][0]['code'] ?? '-', var_export(microtime(true) - $start < 0.5, true));
}
echo $emu->stats()['requests']['order'], " order requests\n";
?>
--EXPECT--
call 1: ok=false retryable=true code=RATE_LIMITED at once=true
call 2: ok=false retryable=true code=RATE_LIMITED at once=true
2 order requests
