--TEST--
client: a ship that timed out and is applied by Walmart 700 ms after it arrived: the settled read (after max(2 s, timeout_ms)) sees it; ok, reconciled, sent once
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client(['timeout_ms' => 300]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/PO-1/shipping', 'late_ms' => 700]);
$start = microtime(true);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
$took = microtime(true) - $start;
echo flags($r), "\n";
var_dump($took >= 2.0, $took < 4.0);
echo units($emu, 'PO-1'), "\n";
echo requests_made($emu, 2), "\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
bool(true)
bool(true)
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
POST shipping, GET order
