--TEST--
client: a 401 on a token the token endpoint has just issued (revoked or expired in flight) is retryable, not UNAUTHORIZED; UNAUTHORIZED is for credentials the token endpoint refuses
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 1, 'max_retry_wait_ms' => 200]);
$unauthorized = ['errors' => ['error' => [['code' => 'UNAUTHORIZED.GMP_GATEWAY_API', 'field' => 'UNAUTHORIZED', 'description' => 'Unauthorized']]]];
// the gateway refuses every token, fresh ones included, on the API call
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 401, 'body' => $unauthorized, 'times' => 20]);
foreach (['getOrder' => fn() => $client->getOrder('PO-1'), 'shipOrder' => fn() => $client->shipOrder(shipment('PO-1', [1 => 1]))] as $what => $call) {
    $r = $call();
    printf("%s: ok=%s retryable=%s code=%s credentials advice=%s\n", $what, var_export($r['ok'], true), var_export($r['retryable'], true),
        $r['errors'][0]['code'] === 'UNAUTHORIZED' ? 'UNAUTHORIZED' : 'other', var_export(str_contains($r['status_details'], 'client ID and secret'), true));
}
$emu->control('POST', 'clear-faults');
echo units($emu, 'PO-1'), "\n";
// the token endpoint refusing the client ID and secret: UNAUTHORIZED, final
$emu->fault(['path' => '/v3/token', 'status' => 401, 'times' => 20,
    'body' => ['errors' => ['error' => [['code' => 'UNAUTHORIZED.GMP_GATEWAY_API', 'field' => 'UNAUTHORIZED', 'description' => 'Invalid client credentials.']]]]]);
$emu->control('POST', 'expire-tokens');
$r = $emu->client(['client_secret' => 'rotated'])->getOrder('PO-1');
printf("refused credentials: ok=%s retryable=%s code=%s\n", var_export($r['ok'], true), var_export($r['retryable'], true), $r['errors'][0]['code']);
echo $r['status_details'], "\n";
?>
--EXPECT--
getOrder: ok=false retryable=true code=other credentials advice=false
shipOrder: ok=false retryable=true code=other credentials advice=false
{"Acknowledged":1}
refused credentials: ok=false retryable=false code=UNAUTHORIZED
Walmart refused the API credentials for the order lookup; check the client ID and secret in the Channel Manager settings, then retry.
