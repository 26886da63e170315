--TEST--
client: a ship whose send timed out is not sent again within the call, even when the read shows it not applied (Walmart may still apply it): unconfirmed; verify_first sends it next time
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client(['timeout_ms' => 300, 'max_retries' => 3, 'max_retry_wait_ms' => 300]);
$client->getOrder('PO-1');
// Walmart fails it, but only answers (503) after the client gave up: nothing is applied
$emu->fault(['path' => '/PO-1/shipping', 'status' => 503, 'body' => '', 'delay_ms' => 1000]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
echo requests_made($emu, 2), "\n";
echo units($emu, 'PO-1'), "\n";
usleep(800000);
$again = $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_first' => true]);
echo flags($again), "\n";
echo units($emu, 'PO-1'), "\n";
echo $emu->stats()['requests']['shipping'], " ship requests\n";
?>
--EXPECT--
ok=false retryable=true unconfirmed=true reconciled=false status=Error
POST shipping, GET order
{"Acknowledged":3}
ok=true retryable=false unconfirmed=false reconciled=false status=Partially Shipped
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
2 ship requests
