--TEST--
client: with verify_first, a read that keeps failing sends nothing: ok=false, retryable, unconfirmed (an earlier send may have landed)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client(['max_retries' => 1, 'max_retry_wait_ms' => 200]);
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 503, 'body' => '', 'times' => 9]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_first' => true]);
echo flags($r), "\n";
var_dump(str_contains($r['status_details'], 'Walmart may have received it; it will be checked before it is sent again'));
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'drop' => 'before', 'times' => 9]);
$c = $client->cancelOrder(['purchase_order_id' => 'PO-1', 'lines' => [['line_number' => 1, 'ordered' => 3]]], 'fraud',
    ['verify_first' => true]);
echo flags($c), "\n";
echo $emu->stats()['requests']['shipping'] ?? 0, ' ship, ', $emu->stats()['requests']['cancel'] ?? 0, " cancel requests\n";
echo units($emu, 'PO-1'), "\n";
?>
--EXPECT--
ok=false retryable=true unconfirmed=true reconciled=false status=Error
bool(true)
ok=false retryable=true unconfirmed=true reconciled=false status=Error
0 ship, 0 cancel requests
{"Acknowledged":3}
