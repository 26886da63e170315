--TEST--
client: the options of shipOrder and cancelOrder are checked: verify_first must be a bool, unknown keys are refused, nothing is sent
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3])]);
$client = $emu->client();
$order = ['purchase_order_id' => 'PO-1', 'lines' => [['line_number' => 1, 'ordered' => 3]]];
foreach ([
    fn() => $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_first' => 'yes']),
    fn() => $client->shipOrder(shipment('PO-1', [1 => 1]), ['verify_frist' => true]),
    fn() => $client->cancelOrder($order, 'fraud', ['verify_first' => 1]),
    fn() => $client->cancelOrder($order, 'fraud', ['retries' => 2]),
] as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (ChannelMgr\ValidationException $e) {
        echo get_class($e), ' on ', str_contains($e->getField(), 'verify_first') ? 'verify_first' : (str_contains($e->getField(), 'verify_frist') ? 'verify_frist' : (str_contains($e->getField(), 'retries') ? 'retries' : $e->getField())), "\n";
    }
}
// in a batch: the operation is INVALID_INPUT, the others run
$results = $client->syncBatch([
    'bad' => ['op' => 'ship', 'verify_first' => 'yes', 'shipment' => shipment('PO-1', [1 => 1])],
    'ack' => ['op' => 'acknowledge', 'verify_first' => true, 'purchase_order_id' => 'PO-1'],
    'good' => ['op' => 'ship', 'verify_first' => true, 'shipment' => shipment('PO-1', [1 => 1])],
]);
foreach ($results as $key => $r) {
    echo $key, ': ok=', (int) $r['ok'], ' ', $r['ok'] ? '' : $r['errors'][0]['code'] . ' ' . $r['errors'][0]['field'], "\n";
}
echo requests_made($emu), "\n";
?>
--EXPECT--
ChannelMgr\ValidationException on verify_first
ChannelMgr\ValidationException on verify_frist
ChannelMgr\ValidationException on verify_first
ChannelMgr\ValidationException on retries
bad: ok=0 INVALID_INPUT verify_first
ack: ok=0 INVALID_INPUT verify_first
good: ok=1 
GET order, POST shipping
