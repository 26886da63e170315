--TEST--
client: a 401 on an API call drops the token and fetches a new one; a gateway refusing fresh tokens is retryable, not UNAUTHORIZED
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
// a gateway that keeps refusing fresh tokens: they were just issued, so the credentials are fine: retryable
$emu->fault(['path' => '/v3/orders/', 'status' => 401, 'times' => 100,
    'body' => ['errors' => ['error' => [['code' => 'UNAUTHORIZED.GMP_GATEWAY_API', 'field' => 'UNAUTHORIZED', 'description' => 'Unauthorized']]]]]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['retryable'], $result['attempts'], array_column($result['errors'], 'code'), $result['order_status']);
printf("%d token requests\n", $emu->stats()['token_requests']);
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
bool(true)
int(5)
array(2) {
  [0]=>
  string(14) "TOKEN_REJECTED"
  [1]=>
  string(28) "UNAUTHORIZED.GMP_GATEWAY_API"
}
string(5) "Error"
6 token requests
Walmart could not process the order lookup (HTTP 401: Walmart refused the access token) after 5 attempts. Retry later.
