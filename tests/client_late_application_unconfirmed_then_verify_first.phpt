--TEST--
client: a ship Walmart applies after the client's timeout and after its read is not sent again: unconfirmed; the next call with verify_first finds it applied (issue 7, path 3)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
// budget 200 ms: the settle delay ends before Walmart gets to the request (700 ms after it arrived)
$client = $emu->client(['timeout_ms' => 300, 'max_retry_wait_ms' => 200]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/PO-1/shipping', 'late_ms' => 700]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
echo str_contains($r['status_details'], 'Walmart may have received it; it will be checked before it is sent again') ? 'says so' : $r['status_details'], "\n";
usleep(700000); // Walmart applies it now
echo units($emu, 'PO-1'), "\n";
$again = $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_first' => true]);
echo flags($again), "\n";
echo units($emu, 'PO-1'), "\n";
echo requests_made($emu, 2), "\n";
?>
--EXPECT--
ok=false retryable=true unconfirmed=true reconciled=false status=Error
says so
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
POST shipping, GET order, GET order
