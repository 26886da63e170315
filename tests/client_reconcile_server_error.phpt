--TEST--
client: a 5xx after Walmart applied the ship is reconciled; a 5xx before it is retried, and the retry applies it once
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1]), seed_order('PO-2', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 100]);
$emu->fault(['path' => '/PO-1/shipping', 'status' => 500, 'apply' => true]);
$applied = $client->shipOrder(shipment('PO-1', [1 => 1]));
var_dump($applied['ok'], $applied['reconciled'], $applied['attempts']);
$emu->fault(['path' => '/PO-2/shipping', 'status' => 503]);
$retried = $client->shipOrder(shipment('PO-2', [1 => 1]));
var_dump($retried['ok'], $retried['reconciled'], $retried['attempts']);
print_r(line_units($emu->order('PO-1'), 1));
print_r(line_units($emu->order('PO-2'), 1));
echo implode(' ', array_map(fn($r) => $r['method'] . ' ' . $r['target'], array_slice($emu->requests(), 1))), "\n";
?>
--EXPECT--
bool(true)
bool(true)
int(2)
bool(true)
bool(false)
int(3)
Array
(
    [Shipped 1Z999AA10123456784] => 1
)
Array
(
    [Shipped 1Z999AA10123456784] => 1
)
POST /v3/orders/PO-1/shipping GET /v3/orders/PO-1 POST /v3/orders/PO-2/shipping GET /v3/orders/PO-2 POST /v3/orders/PO-2/shipping
