--TEST--
client: after a dropped answer of a ship that was sent, the confirming read waits a settle delay: max(2 s, timeout_ms), bounded by max_retry_wait_ms
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [3])]);
/* Milliseconds between the ship request's arrival and the next read of the order. */
function gap(EmulatorProcess $emu, string $po): int
{
    $post = null;
    foreach ($emu->requests() as $r) {
        if ($r['method'] === 'POST' && str_contains($r['target'], "/$po/")) {
            $post = $r['received_ms'];
        } elseif ($post !== null && $r['method'] === 'GET' && str_ends_with($r['target'], "/$po")) {
            return (int) ($r['received_ms'] - $post);
        }
    }
    return -1;
}
// the default: 2 s (the timeout is shorter)
$client = $emu->client(['timeout_ms' => 300]);
$emu->fault(['path' => '/PO-1/shipping', 'drop' => 'after']);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo flags($r), "\n";
$gap = gap($emu, 'PO-1');
var_dump($gap >= 2000, $gap < 2000 + 1500);
// bounded by max_retry_wait_ms
$client = $emu->client(['timeout_ms' => 300, 'max_retry_wait_ms' => 500]);
$emu->fault(['path' => '/PO-2/shipping', 'drop' => 'after']);
$r = $client->shipOrder(shipment('PO-2', [1 => 1]));
echo flags($r), "\n";
$gap = gap($emu, 'PO-2');
var_dump($gap >= 500, $gap < 1500);
echo units($emu, 'PO-1'), ' ', units($emu, 'PO-2'), "\n";
?>
--EXPECT--
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
bool(true)
bool(true)
ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped
bool(true)
bool(true)
{"Acknowledged":2,"Shipped 1Z999AA10123456784":1} {"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
