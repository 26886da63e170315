--TEST--
client: Walmart's 400 "already shipped" while the confirming read keeps failing is unconfirmed and retryable, not a final rejection
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 1, 'max_retry_wait_ms' => 300]);
var_dump($client->shipOrder(shipment('PO-1', [1 => 1]))['ok']); // an earlier call shipped it; its result was lost to Magento
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 500, 'body' => '', 'times' => 20]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
echo str_contains($r['status_details'], 'Walmart may have received it; it will be checked before it is sent again') ? 'says so' : $r['status_details'], "\n";
echo units($emu, 'PO-1'), "\n";
echo $emu->stats()['requests']['shipping'], " ship requests\n";
?>
--EXPECT--
bool(true)
ok=false retryable=true unconfirmed=true reconciled=false status=Error
says so
{"Shipped 1Z999AA10123456784":1}
2 ship requests
