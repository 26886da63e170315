--TEST--
client: a 5xx without Walmart's error body reports SERVER_ERROR (not INVALID_RESPONSE); Walmart's own code when it sends one; unreadable 2xx stay INVALID_RESPONSE
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 0]);
$cases = [
    'bare 503' => ['status' => 503, 'body' => ''],
    'proxy page 502' => ['status' => 502, 'body' => '<html><body>Bad Gateway</body></html>', 'headers' => ['Content-Type' => 'text/html']],
    'Walmart 500' => ['status' => 500, 'body' => ['errors' => ['error' => [['code' => 'SYSTEM_ERROR.GMP_GATEWAY_API', 'field' => '', 'description' => 'System error']]]]],
    'malformed 200' => ['malformed' => true],
];
foreach ($cases as $what => $fault) {
    $emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET'] + $fault);
    $r = $client->getOrder('PO-1');
    printf("%-15s http=%d retryable=%s %s: %s\n", $what, $r['http_status'], var_export($r['retryable'], true), $r['errors'][0]['code'],
        $r['errors'][0]['description']);
}
?>
--EXPECT--
bare 503        http=503 retryable=true SERVER_ERROR: Walmart answered HTTP 503 without error details
proxy page 502  http=502 retryable=true SERVER_ERROR: Walmart answered HTTP 502 without error details
Walmart 500     http=500 retryable=true SYSTEM_ERROR.GMP_GATEWAY_API: System error
malformed 200   http=200 retryable=true INVALID_RESPONSE: Walmart's answer is not JSON (the JSON ends early)
