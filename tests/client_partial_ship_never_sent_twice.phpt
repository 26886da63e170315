--TEST--
client: a partial shipment whose reused connection dies is never resent blindly (libcurl would resend it)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
// 1 of 2 units: a blind resend would be accepted by Walmart and ship the second unit too
$emu = new EmulatorProcess([seed_order('PO-1', [2]), seed_order('PO-2', [2])]);
$client = $emu->client(['max_retry_wait_ms' => 100]);
$client->getOrder('PO-1'); // the connection is now a reused one

$emu->fault(['path' => '/PO-1/shipping', 'drop' => 'after']);   // applied, then the connection dies
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
var_dump($r['ok'], $r['reconciled'], $r['order_status']);
print_r(line_units($emu->order('PO-1'), 1));

$emu->fault(['path' => '/PO-2/shipping', 'drop' => 'before']);  // not applied, the connection dies
$r = $client->shipOrder(shipment('PO-2', [1 => 1]));
var_dump($r['ok'], $r['reconciled'], $r['attempts']);
print_r(line_units($emu->order('PO-2'), 1));
echo implode(' ', array_map(fn($r) => $r['method'] . ' ' . $r['target'], array_slice($emu->requests(), 2))), "\n";
?>
--EXPECT--
bool(true)
bool(true)
string(17) "Partially Shipped"
Array
(
    [Acknowledged] => 1
    [Shipped 1Z999AA10123456784] => 1
)
bool(true)
bool(false)
int(3)
Array
(
    [Acknowledged] => 1
    [Shipped 1Z999AA10123456784] => 1
)
POST /v3/orders/PO-1/shipping GET /v3/orders/PO-1 POST /v3/orders/PO-2/shipping GET /v3/orders/PO-2 POST /v3/orders/PO-2/shipping
