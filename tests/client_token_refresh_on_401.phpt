--TEST--
client: a 401 on an API call drops the token, fetches a new one and retries once
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
var_dump($client->getOrder('PO-1')['ok']);
$emu->control('POST', 'expire-tokens');
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['attempts'], $result['errors']);
$tokens = array_map(fn($r) => $r['headers']['wm_sec.access_token'] ?? '(token request)', $emu->requests());
// the refused request used the cached token; the retry a fresh one
var_dump($tokens[1] === $tokens[2], $tokens[2] !== $tokens[4], $emu->stats()['token_requests']);
// a gateway that keeps refusing fresh tokens: one refresh, then UNAUTHORIZED, not retryable
$emu->fault(['path' => '/v3/orders/', 'status' => 401, 'times' => 2,
    'body' => ['errors' => ['error' => [['code' => 'UNAUTHORIZED.GMP_GATEWAY_API', 'field' => 'UNAUTHORIZED', 'description' => 'Unauthorized']]]]]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['retryable'], $result['attempts'], array_column($result['errors'], 'code'), $result['order_status']);
echo $result['status_details'], "\n";
?>
--EXPECT--
bool(true)
bool(true)
int(2)
array(0) {
}
bool(true)
bool(true)
int(2)
bool(false)
bool(false)
int(2)
array(2) {
  [0]=>
  string(12) "UNAUTHORIZED"
  [1]=>
  string(28) "UNAUTHORIZED.GMP_GATEWAY_API"
}
string(5) "Error"
Walmart refused the API credentials for the order lookup; check the client ID and secret in the Channel Manager settings, then retry.
