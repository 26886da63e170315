--TEST--
client: a ship whose answer is lost after Walmart applied it, then a 401 on the confirming read (refused or expired token): a fresh token, the read again, never the ship
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [3])]);
// a short budget keeps the settle delay short; a fresh token is not a retry and needs none of it
$client = $emu->client(['timeout_ms' => 300, 'max_retry_wait_ms' => 400]);
$unauthorized = ['errors' => ['error' => [['code' => 'UNAUTHORIZED.GMP_GATEWAY_API', 'field' => 'UNAUTHORIZED',
    'description' => 'Unauthorized']]]];
// the gateway refuses the (still valid) token on the read
$emu->fault(['path' => '/PO-1/shipping', 'drop' => 'after']);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 401, 'body' => $unauthorized]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n", units($emu, 'PO-1'), "\n";
// the token expires just before the read
$emu->fault(['path' => '/PO-2/shipping', 'drop' => 'after']);
$emu->fault(['path' => '/v3/orders/PO-2', 'method' => 'GET', 'expire_tokens' => true]);
$r = $client->shipOrder(shipment('PO-2', [1 => 1]));
echo flags($r), "\n", units($emu, 'PO-2'), "\n";
echo requests_made($emu), "\n";
echo $emu->stats()['token_requests'], " token requests\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
POST shipping, GET order, GET order, POST shipping, GET order, GET order
3 token requests
