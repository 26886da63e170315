--TEST--
batch: operations on one purchase order run one after the other in input order; other orders run alongside
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-A', [3]), seed_order('PO-B', [3])]);
$emu->control('POST', 'config', ['latency_ms' => 60]);
$ops = [];
foreach ([1, 2, 3] as $n) {
    $ops[] = ['op' => 'ship', 'shipment' => shipment('PO-A', [1 => 1], "A$n")];
    $ops[] = ['op' => 'ship', 'shipment' => shipment('PO-B', [1 => 1], "B$n")];
}
$results = $emu->client()->syncBatch($ops, ['concurrency' => 8]);
echo implode(' ', array_map(fn($r) => $r['order_status'], $results)), "\n";
$requests = array_values(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'shipping'));
foreach (['PO-A', 'PO-B'] as $po) {
    $mine = array_values(array_filter($requests, fn($r) => str_contains($r['target'], $po)));
    $tracking = array_map(fn($r) => json_decode($r['body'], true)['orderShipment']['orderLines']['orderLine'][0]
        ['orderLineStatuses']['orderLineStatus'][0]['trackingInfo']['trackingNumber'], $mine);
    $sequential = true;
    for ($i = 1; $i < count($mine); $i++) {
        $sequential = $sequential && $mine[$i]['received_ms'] >= $mine[$i - 1]['answered_ms'];
    }
    echo "$po: ", implode(',', $tracking), ' ', $sequential ? 'one after the other' : 'OVERLAPPING', "\n";
}
// the two orders overlapped: some PO-A request was out while a PO-B one was
$overlap = false;
foreach ($requests as $a) {
    foreach ($requests as $b) {
        $overlap = $overlap || (str_contains($a['target'], 'PO-A') && str_contains($b['target'], 'PO-B')
            && $a['received_ms'] < $b['answered_ms'] && $b['received_ms'] < $a['answered_ms']);
    }
}
echo $overlap ? "PO-A and PO-B ran alongside\n" : "NOT CONCURRENT\n";
?>
--EXPECT--
Partially Shipped Partially Shipped Partially Shipped Partially Shipped Shipped Shipped
PO-A: A1,A2,A3 one after the other
PO-B: B1,B2,B3 one after the other
PO-A and PO-B ran alongside
