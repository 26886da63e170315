--TEST--
client: when Walmart shows only part of a package (some of its units with that tracking number), it is not "applied" and never resent blindly: unconfirmed, the sentence names the line
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1, 4])]);
$client = $emu->client(['max_retries' => 2, 'max_retry_wait_ms' => 300]);
var_dump($client->shipOrder(shipment('PO-1', [2 => 1]))['ok']); // 1 unit of line 2 with tracking 1Z…
// the same tracking number for 2 units of line 2: Walmart shows 1 of them
$emu->fault(['path' => '/PO-1/shipping', 'status' => 500, 'body' => '']);
$r = $client->shipOrder(shipment('PO-1', [1 => 1, 2 => 2]));
echo flags($r), "\n", $r['status_details'], "\n";
$v = $client->shipOrder(shipment('PO-1', [1 => 1, 2 => 2]), ['verify_first' => true]);
echo flags($v), "\n", $v['status_details'], "\n";
echo units($emu, 'PO-1', 1), ' ', units($emu, 'PO-1', 2), "\n";
echo $emu->stats()['requests']['shipping'], " ship requests\n";
?>
--EXPECT--
bool(true)
ok=false retryable=true unconfirmed=true reconciled=false status=Error
Walmart's order shows line 2 of the shipment only in part, so it was not sent again; check the order in Walmart Seller Center. Walmart may have received it; it will be checked before it is sent again.
ok=false retryable=true unconfirmed=true reconciled=false status=Error
Walmart's order shows line 2 of the shipment only in part, so it was not sent again; check the order in Walmart Seller Center. Walmart may have received it; it will be checked before it is sent again.
{"Acknowledged":1} {"Acknowledged":3,"Shipped 1Z999AA10123456784":1}
2 ship requests
