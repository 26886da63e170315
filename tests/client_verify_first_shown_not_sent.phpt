--TEST--
client: verify_first reads the order first; a shipment or cancellation Walmart already shows is ok and reconciled, and nothing is sent (a package ships once)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [2, 1])]);
$client = $emu->client();
// an earlier call applied these; its result never reached Magento
$client->shipOrder(shipment('PO-1', [1 => 1]));
$cancel = ['purchase_order_id' => 'PO-2', 'lines' => [['line_number' => 1, 'ordered' => 2], ['line_number' => 2, 'ordered' => 1]]];
$client->cancelOrder($cancel, 'out_of_stock');
$seen = count($emu->requests());

// on a line of 3, a blind resend of the 1-unit package would ship a second unit
$r = $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_first' => true]);
echo flags($r), ' attempts=', $r['attempts'], ' http=', $r['http_status'], "\n";
$c = $client->cancelOrder($cancel, 'out_of_stock', ['verify_first' => true]);
echo flags($c), ' attempts=', $c['attempts'], ' http=', $c['http_status'], "\n";
echo requests_made($emu, $seen), "\n";
echo units($emu, 'PO-1'), ' ', units($emu, 'PO-2', 1), ' ', units($emu, 'PO-2', 2), "\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped attempts=1 http=200
ok=true retryable=false unconfirmed=false reconciled=true status=Canceled attempts=1 http=200
GET order, GET order
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1} {"Cancelled":2} {"Cancelled":1}
