--TEST--
client: unconfirmed is false on every other result: successes, rejections, retryable failures of reads, acknowledgements and inventory, invalid batch operations
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2]), seed_order('PO-2', [1], 'Created'), seed_order('PO-3', [1])]);
$client = $emu->client(['max_retries' => 0, 'max_retry_wait_ms' => 100]);
$cancel = ['purchase_order_id' => 'PO-3', 'lines' => [['line_number' => 1, 'ordered' => 1]]];
$results = [
    'ship ok' => $client->shipOrder(shipment('PO-1', [1 => 1])),
    'ship rejected (over-ship)' => $client->shipOrder(shipment('PO-1', [1 => 5], 'OTHER')),
    'cancel ok' => $client->cancelOrder($cancel, 'out_of_stock'),
    'acknowledge ok' => $client->acknowledgeOrder('PO-2'),
    'get ok' => $client->getOrder('PO-1'),
    'get unknown' => $client->getOrder('PO-404'),
    'released' => $client->fetchReleasedOrders(),
    'inventory' => $client->updateInventory('MUG', 3),
];
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 503, 'body' => '']);
$results['get 503'] = $client->getOrder('PO-1');
$emu->fault(['path' => '/PO-2/acknowledge', 'drop' => 'after']);
$results['acknowledge dropped'] = $client->acknowledgeOrder('PO-2');
$emu->fault(['path' => '/v3/inventory', 'status' => 500, 'body' => '']);
$results['inventory 500'] = $client->updateInventory('MUG', 4);
$results += $client->syncBatch([
    'batch ship ok' => ['op' => 'ship', 'shipment' => shipment('PO-1', [1 => 1], 'SECOND')],
    'batch invalid' => ['op' => 'ship', 'shipment' => shipment('PO-1', [1 => 0])],
    'batch inventory' => ['op' => 'inventory', 'sku' => 'MUG', 'quantity' => 5],
]);
foreach ($results as $what => $r) {
    printf("%-26s ok=%d unconfirmed=%s\n", $what, $r['ok'], array_key_exists('unconfirmed', $r) ? var_export($r['unconfirmed'], true) : 'MISSING');
}
?>
--EXPECT--
ship ok                    ok=1 unconfirmed=false
ship rejected (over-ship)  ok=0 unconfirmed=false
cancel ok                  ok=1 unconfirmed=false
acknowledge ok             ok=1 unconfirmed=false
get ok                     ok=1 unconfirmed=false
get unknown                ok=0 unconfirmed=false
released                   ok=1 unconfirmed=false
inventory                  ok=1 unconfirmed=false
get 503                    ok=0 unconfirmed=false
acknowledge dropped        ok=0 unconfirmed=false
inventory 500              ok=0 unconfirmed=false
batch ship ok              ok=1 unconfirmed=false
batch invalid              ok=0 unconfirmed=false
batch inventory            ok=1 unconfirmed=false
