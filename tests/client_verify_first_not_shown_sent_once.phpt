--TEST--
client: verify_first on an update Walmart does not show yet reads, then sends it once: ok, not reconciled
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [2])]);
$client = $emu->client();
$r = $client->shipOrder(shipment('PO-1', [1 => 2]), ['verify_first' => true]);
echo flags($r), ' attempts=', $r['attempts'], "\n";
$c = $client->cancelOrder(['purchase_order_id' => 'PO-2', 'lines' => [['line_number' => 1, 'ordered' => 2]]], 'fraud',
    ['verify_first' => true]);
echo flags($c), ' attempts=', $c['attempts'], "\n";
// verify_first false is the plain call
$p = $client->shipOrder(shipment('PO-1', [1 => 1], 'SECOND'), ['verify_first' => false]);
echo flags($p), ' attempts=', $p['attempts'], "\n";
echo requests_made($emu), "\n";
echo units($emu, 'PO-1'), ' ', units($emu, 'PO-2'), "\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=false status=Partially Shipped attempts=2
ok=true retryable=false unconfirmed=false reconciled=false status=Canceled attempts=2
ok=true retryable=false unconfirmed=false reconciled=false status=Shipped attempts=1
GET order, POST shipping, GET order, POST cancel, POST shipping
{"Shipped 1Z999AA10123456784":2,"Shipped SECOND":1} {"Cancelled":2}
