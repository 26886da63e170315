--TEST--
client: a ship applied but answered with a malformed 200, then a 500 twice on the read: not sent again and not a final rejection; the third read reconciles it (issue 7, path 2)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 2000]);
$emu->fault(['path' => '/PO-1/shipping', 'malformed' => true]);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 500, 'body' => '', 'times' => 2]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
echo units($emu, 'PO-1'), "\n";
echo requests_made($emu), "\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=true status=Shipped
{"Shipped 1Z999AA10123456784":1}
POST shipping, GET order, GET order, GET order
