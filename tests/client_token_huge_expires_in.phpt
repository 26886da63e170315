--TEST--
client: a token answer with a huge expires_in does not overflow into an expired token: one token request serves the calls
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
// a real token, answered with an expires_in of 2^63-1 seconds (later token requests get Walmart's usual 900)
$token = json_decode($emu->api('POST', '/v3/token', 'grant_type=client_credentials')[1], true)['access_token'];
$emu->fault(['path' => '/v3/token', 'status' => 200, 'body' => ['access_token' => $token, 'token_type' => 'Bearer',
    'expires_in' => PHP_INT_MAX]]);
$client = $emu->client(['max_retries' => 0]);
$a = $client->getOrder('PO-1');
$b = $client->getOrder('PO-1');
var_dump($a['ok'], $b['ok'], $emu->stats()['token_requests'] - 1);
?>
--EXPECT--
bool(true)
bool(true)
int(1)
