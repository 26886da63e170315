--TEST--
batch: 'verify_first' => true beside op reads each order first: what Walmart shows is ok and reconciled without a send; the rest is sent once
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3]), seed_order('PO-2', [3]), seed_order('PO-3', [2]), seed_order('PO-4', [2]),
    seed_order('PO-5', [3])]);
$client = $emu->client();
$cancel = fn(string $po) => ['purchase_order_id' => $po, 'lines' => [['line_number' => 1, 'ordered' => 2]]];
// earlier calls applied these; their results were lost
$client->shipOrder(shipment('PO-1', [1 => 1]));
$client->cancelOrder($cancel('PO-3'), 'fraud');
$seen = count($emu->requests());
$results = $client->syncBatch([
    'ship shown' => ['op' => 'ship', 'verify_first' => true, 'shipment' => shipment('PO-1', [1 => 1])],
    'ship new' => ['op' => 'ship', 'verify_first' => true, 'shipment' => shipment('PO-2', [1 => 1])],
    'cancel shown' => ['op' => 'cancel', 'verify_first' => true, 'order' => $cancel('PO-3'), 'reason' => 'fraud'],
    'cancel new' => ['op' => 'cancel', 'verify_first' => true, 'order' => $cancel('PO-4'), 'reason' => 'fraud'],
    'ship plain' => ['op' => 'ship', 'verify_first' => false, 'shipment' => shipment('PO-5', [1 => 1])],
], ['concurrency' => 3]);
foreach ($results as $key => $r) {
    printf("%-13s %s attempts=%d\n", $key, flags($r), $r['attempts']);
}
$made = array_slice($emu->requests(), $seen);
foreach (['PO-1', 'PO-2', 'PO-3', 'PO-4', 'PO-5'] as $po) {
    $mine = array_filter($made, fn($r) => $r['endpoint'] !== 'token'
        && (str_ends_with($r['target'], "/$po") || str_contains($r['target'], "/$po/")));
    echo $po, ': ', implode(', ', array_map(fn($r) => $r['method'] . ' ' . $r['endpoint'], $mine)), ' -> ', units($emu, $po), "\n";
}
?>
--EXPECT--
ship shown    ok=true retryable=false unconfirmed=false reconciled=true status=Partially Shipped attempts=1
ship new      ok=true retryable=false unconfirmed=false reconciled=false status=Partially Shipped attempts=2
cancel shown  ok=true retryable=false unconfirmed=false reconciled=true status=Canceled attempts=1
cancel new    ok=true retryable=false unconfirmed=false reconciled=false status=Canceled attempts=2
ship plain    ok=true retryable=false unconfirmed=false reconciled=false status=Partially Shipped attempts=1
PO-1: GET order -> {"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
PO-2: GET order, POST shipping -> {"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
PO-3: GET order -> {"Cancelled":2}
PO-4: GET order, POST cancel -> {"Cancelled":2}
PO-5: POST shipping -> {"Acknowledged":2,"Shipped 1Z999AA10123456784":1}
