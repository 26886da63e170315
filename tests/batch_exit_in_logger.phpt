--TEST--
batch: exit() in a logger ends the script (it is not swallowed), and the worker can still run a batch afterwards
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
// shutdown functions run in order: this one before the emulator's own stops it
register_shutdown_function(function () {
    global $client;
    $r = $client->syncBatch([['op' => 'ship', 'shipment' => shipment('PO-3', [1 => 1])]]);
    echo 'after exit: ', $r[0]['ok'] ? 'ok ' . $r[0]['order_status'] : $r[0]['status_details'], "\n";
});
$emu = new EmulatorProcess([seed_order('PO-1', [1]), seed_order('PO-2', [1]), seed_order('PO-3', [1])]);
$emu->control('POST', 'config', ['latency_ms' => 200]);
$client = $emu->client(['logger' => function ($level, $message, $context) {
    static $calls = 0;
    if (++$calls === 3) {
        exit("stopped mid-batch\n");
    }
}]);
$client->syncBatch([['op' => 'ship', 'shipment' => shipment('PO-1', [1 => 1])], ['op' => 'ship', 'shipment' => shipment('PO-2', [1 => 1])]]);
echo "not reached\n";
?>
--EXPECT--
stopped mid-batch
after exit: ok Shipped
