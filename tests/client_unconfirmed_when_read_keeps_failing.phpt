--TEST--
client: when the confirming read keeps failing, the ship is not sent again: ok=false, retryable, unconfirmed, errors and the sentence say why; verify_first next time reconciles it
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client(['timeout_ms' => 300, 'max_retries' => 2, 'max_retry_wait_ms' => 400]);
$emu->fault(['path' => '/PO-1/shipping', 'drop' => 'after']);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 502, 'body' => '', 'times' => 20]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
var_dump($r['order'] === null, count($r['errors']) > 0,
    str_contains($r['status_details'], 'Walmart may have received it; it will be checked before it is sent again'));
echo units($emu, 'PO-1'), "\n";
echo $emu->stats()['requests']['shipping'], " ship request\n";

$emu->control('POST', 'clear-faults'); // Walmart's reads work again
$again = $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_first' => true]);
echo flags($again), "\n";
echo units($emu, 'PO-1'), "\n";
echo $emu->stats()['requests']['shipping'], " ship request\n";
?>
--EXPECT--
ok=false retryable=true unconfirmed=true reconciled=false status=Error
bool(true)
bool(true)
bool(true)
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
1 ship request
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
1 ship request
