--TEST--
client: an access_token with CR/LF (or anything but printable ASCII) is refused, never put into a request header; the call fails retryable
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$emu->fault(['path' => '/v3/token', 'status' => 200, 'times' => 20,
    'body' => ['access_token' => "eyJabc\r\nX-Injected: 1", 'token_type' => 'Bearer', 'expires_in' => 900]]);
$client = $emu->client(['max_retries' => 1, 'max_retry_wait_ms' => 100]);
$r = $client->getOrder('PO-1');
printf("ok=%s retryable=%s code=%s\n", var_export($r['ok'], true), var_export($r['retryable'], true), $r['errors'][0]['code']);
$injected = array_filter($emu->requests(), fn($q) => isset($q['headers']['x-injected']));
echo count($injected), " requests with the injected header, ", $emu->stats()['requests']['order'] ?? 0, " order requests\n";
// a token with a non-ASCII byte is refused the same way
$emu->control('POST', 'clear-faults');
$emu->fault(['path' => '/v3/token', 'status' => 200, 'times' => 20,
    'body' => ['access_token' => "eyJ\u{00e9}t\u{00e9}", 'token_type' => 'Bearer', 'expires_in' => 900]]);
$r = $emu->client(['client_id' => 'other', 'max_retries' => 0])->getOrder('PO-1');
printf("ok=%s retryable=%s code=%s order requests=%d\n", var_export($r['ok'], true), var_export($r['retryable'], true),
    $r['errors'][0]['code'], $emu->stats()['requests']['order'] ?? 0);
?>
--EXPECT--
ok=false retryable=true code=INVALID_RESPONSE
0 requests with the injected header, 0 order requests
ok=false retryable=true code=INVALID_RESPONSE order requests=0
