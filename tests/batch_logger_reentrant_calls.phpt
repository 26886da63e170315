--TEST--
batch: a logger that calls the same client (syncBatch, shipOrder, getOrder, updateInventory) during a batch or a call does not crash it: refused with an exception or run safely; the outer results are right
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
if (function_exists('pcntl_alarm')) {
    pcntl_alarm(30); // a watchdog: a client that hangs is killed (SIGALRM, no handler) and the test fails
}
$emu->control('POST', 'config', ['latency_ms' => 20]);
$inner = [];
$reenter = function () use (&$inner) {
    global $client; // not captured: a cycle left at shutdown is reported as a leak under valgrind
    static $busy = false;
    if ($busy || count($inner) >= 8) {
        return;
    }
    $busy = true;
    $calls = [
        'syncBatch' => fn() => $client->syncBatch([['op' => 'inventory', 'sku' => 'INNER-' . count($inner), 'quantity' => 1]]),
        'shipOrder' => fn() => $client->shipOrder(shipment('PO-8', [1 => 1], 'INNER')),
        'getOrder' => fn() => $client->getOrder('PO-1'),
        'updateInventory' => fn() => $client->updateInventory('INNER', 2),
    ];
    $name = array_keys($calls)[count($inner) % 4];
    try {
        $r = $calls[$name]();
        $ok = isset($r['ok']) ? $r['ok'] : $r[0]['ok'];
        $inner[] = $ok ? 'handled' : "$name failed";
    } catch (ChannelMgr\Exception $e) {
        $inner[] = $e->getMessage() !== '' ? 'handled' : "$name: an exception without a message";
    } catch (Throwable $e) {
        $inner[] = "$name: " . get_class($e);
    }
    $busy = false;
};
$client = $emu->client(['logger' => function ($level, $message, $context) use ($reenter) { $reenter(); }]);
$ops = [];
for ($i = 1; $i <= 7; $i++) {
    $ops["PO-$i"] = ['op' => 'ship', 'shipment' => shipment("PO-$i", [1 => 1])];
}
foreach ($client->syncBatch($ops, ['concurrency' => 4]) as $key => $r) {
    echo $key, ': ', $r['ok'] ? 'ok ' . $r['order_status'] : $r['status_details'], "\n";
}
$single = $client->shipOrder(shipment('PO-1', [1 => 1], 'SECOND'));
echo 'single: ', $single['ok'] ? 'ok ' . $single['order_status'] : $single['status_details'], "\n";
echo count($inner) >= 4 ? 'inner calls: ' . implode(', ', array_unique($inner)) : 'too few inner calls', "\n";
for ($i = 1; $i <= 7; $i++) {
    echo "PO-$i ", units($emu, "PO-$i"), "\n";
}
function_exists('pcntl_alarm') && pcntl_alarm(0);
?>
--EXPECT--
PO-1: ok Partially Shipped
PO-2: ok Partially Shipped
PO-3: ok Partially Shipped
PO-4: ok Partially Shipped
PO-5: ok Partially Shipped
PO-6: ok Partially Shipped
PO-7: ok Partially Shipped
single: ok Shipped
inner calls: handled
PO-1 {"Shipped 1Z999AA10123456784":1,"Shipped SECOND":1}
PO-2 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-3 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-4 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-5 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-6 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
PO-7 {"Acknowledged":1,"Shipped 1Z999AA10123456784":1}
