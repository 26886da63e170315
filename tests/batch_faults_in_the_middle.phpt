--TEST--
batch: faults hit only their own operations (retried, reconciled or failed as single calls are); the others are untouched
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$orders = [];
for ($i = 1; $i <= 8; $i++) {
    $orders[] = seed_order("PO-$i", [2]);
}
$emu = new EmulatorProcess($orders);
$client = $emu->client(['max_retries' => 2, 'max_retry_wait_ms' => 200, 'timeout_ms' => 500]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/PO-2/shipping', 'status' => 503]);                 // once: retried
$emu->fault(['path' => '/PO-3/shipping', 'drop' => 'after']);               // applied, answer lost: reconciled
$emu->fault(['path' => '/PO-4/shipping', 'status' => 503, 'times' => 9]);   // never: fails, retryable
$emu->fault(['path' => '/PO-5/shipping', 'delay_ms' => 2000]);              // timed out after applying: reconciled
$ops = [];
for ($i = 1; $i <= 8; $i++) {
    $ops["PO-$i"] = ['op' => 'ship', 'shipment' => shipment("PO-$i", [1 => $i === 6 ? 3 : 1])]; // PO-6 over-ships
}
foreach ($client->syncBatch($ops, ['concurrency' => 4]) as $po => $r) {
    printf("%s: ok=%d retryable=%d reconciled=%d attempts=%d status=%s %s\n", $po, $r['ok'], $r['retryable'], $r['reconciled'],
        $r['attempts'], $r['order_status'], $r['ok'] ? '' : $r['errors'][0]['code']);
}
usleep(1700000); // PO-5's late answer goes nowhere; nothing changes
for ($i = 1; $i <= 8; $i++) {
    echo "PO-$i ", json_encode(line_units($emu->order("PO-$i"), 1)), "\n";
}
?>
--EXPECT--
PO-1: ok=1 retryable=0 reconciled=0 attempts=1 status=Partially Shipped 
PO-2: ok=1 retryable=0 reconciled=0 attempts=3 status=Partially Shipped 
PO-3: ok=1 retryable=0 reconciled=1 attempts=2 status=Partially Shipped 
PO-4: ok=0 retryable=1 reconciled=0 attempts=6 status=Error SERVER_ERROR
PO-5: ok=1 retryable=0 reconciled=1 attempts=2 status=Partially Shipped 
PO-6: ok=0 retryable=0 reconciled=0 attempts=2 status=Error INVALID_REQUEST_CONTENT.GMP_ORDER_API
PO-7: ok=1 retryable=0 reconciled=0 attempts=1 status=Partially Shipped 
PO-8: ok=1 retryable=0 reconciled=0 attempts=1 status=Partially Shipped 
PO-1 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-2 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-3 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-4 {"Acknowledged":2}
PO-5 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-6 {"Acknowledged":2}
PO-7 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-8 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
