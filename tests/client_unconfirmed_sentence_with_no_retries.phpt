--TEST--
client: with max_retries 0, a ship that timed out and could not be confirmed tells the merchant it will be checked before it is sent again, never "retrying is safe"
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client(['timeout_ms' => 300, 'max_retries' => 0, 'max_retry_wait_ms' => 200]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/PO-1/shipping', 'late_ms' => 700]);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 503, 'body' => '', 'times' => 5]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
var_dump(str_contains($r['status_details'], 'Walmart may have received it; it will be checked before it is sent again'),
    str_contains($r['status_details'], 'retrying is safe'), str_contains($r['status_details'], 'Nothing was applied'),
    count($r['errors']) > 0);
usleep(600000);
echo units($emu, 'PO-1'), "\n";
echo $emu->stats()['requests']['shipping'], " ship request\n";
?>
--EXPECT--
ok=false retryable=true unconfirmed=true reconciled=false status=Error
bool(true)
bool(false)
bool(false)
bool(true)
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
1 ship request
