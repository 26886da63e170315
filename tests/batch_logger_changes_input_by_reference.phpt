--TEST--
batch: a logger that changes the batch's input through a reference does not change what the batch sends or reports (inputs are owned for the life of the batch)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1]), seed_order('PO-2', [1])]);
$emu->control('POST', 'config', ['latency_ms' => 20]);
// every input value the logger changes is a PHP reference inside the operations array
$skus = $tracking = $lines = $po = [];
$ops = $original = [];
for ($i = 0; $i < 6; $i++) {
    $skus[$i] = str_repeat(chr(65 + $i), 24) . "-$i";
    $ops["stock-$i"] = ['op' => 'inventory', 'sku' => &$skus[$i], 'quantity' => $i];
    $original["stock-$i"] = str_repeat(chr(65 + $i), 24) . "-$i"; // an equal string, not the same one
}
$shipment = shipment('PO-1', [1 => 1]);
$tracking = $shipment['tracking']['number'];
$lines = $shipment['lines'];
$shipment['tracking']['number'] = &$tracking;
$shipment['lines'] = &$lines;
$ops['ship-1'] = ['op' => 'ship', 'shipment' => $shipment];
$po = 'PO-2';
$ops['ack-2'] = ['op' => 'acknowledge', 'purchase_order_id' => &$po];
$filler = [];
$client = $emu->client(['logger' => function ($level, $message, $context) use (&$skus, &$tracking, &$lines, &$po, &$filler) {
    for ($i = 0; $i < 6; $i++) {
        $skus[$i] = str_repeat('Z', 24) . random_int(0, 9); // frees the original string: nothing else holds it
    }
    $tracking = 'CHANGED' . random_int(0, 9);
    $lines = [];
    $po = 'PO-' . random_int(100, 999);
    for ($i = 0; $i < 200; $i++) {
        $filler[] = str_repeat('#', 27 + $i % 4); // reuses the freed memory
    }
}]);
$results = $client->syncBatch($ops, ['concurrency' => 2]);
foreach ($results as $key => $r) {
    printf("%s: ok=%s %s\n", $key, var_export($r['ok'], true), isset($original[$key])
        ? 'sku ' . ($r['sku'] === $original[$key] ? 'as given' : 'CHANGED: ' . bin2hex($r['sku'])) : $r['order_status']);
}
$sent = array_column(array_filter($emu->requests(), fn($r) => $r['endpoint'] === 'inventory'), 'target');
sort($sent);
echo implode("\n", $sent), "\n";
echo units($emu, 'PO-1'), ' ', units($emu, 'PO-2'), "\n";
?>
--EXPECT--
stock-0: ok=true sku as given
stock-1: ok=true sku as given
stock-2: ok=true sku as given
stock-3: ok=true sku as given
stock-4: ok=true sku as given
stock-5: ok=true sku as given
ship-1: ok=true Shipped
ack-2: ok=true Open
/v3/inventory?sku=AAAAAAAAAAAAAAAAAAAAAAAA-0
/v3/inventory?sku=BBBBBBBBBBBBBBBBBBBBBBBB-1
/v3/inventory?sku=CCCCCCCCCCCCCCCCCCCCCCCC-2
/v3/inventory?sku=DDDDDDDDDDDDDDDDDDDDDDDD-3
/v3/inventory?sku=EEEEEEEEEEEEEEEEEEEEEEEE-4
/v3/inventory?sku=FFFFFFFFFFFFFFFFFFFFFFFF-5
{"Shipped 1Z999AA10123456784":1} {"Acknowledged":1}
