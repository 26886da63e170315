--TEST--
client: a ship whose answer is lost after Walmart applied it, then a 502 on the confirming read: the read is retried, never the ship (issue 7, path 1)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
// a line of 3 units: a blind resend of the 1-unit package would be accepted and ship a second unit
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client(['timeout_ms' => 300, 'max_retry_wait_ms' => 5000]);
$emu->fault(['path' => '/PO-1/shipping', 'drop' => 'after']);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 502, 'body' => '']);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
echo units($emu, 'PO-1'), "\n";
echo requests_made($emu), "\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
POST shipping, GET order, GET order
