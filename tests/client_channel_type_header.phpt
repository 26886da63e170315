--TEST--
client: the channel_type option is sent as WM_CONSUMER.CHANNEL.TYPE on every request (token, single calls, batches); without it the header is absent
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2]), seed_order('PO-2', [1], 'Created')]);
$client = $emu->client(['channel_type' => '0f3e4dd4-0514-4346-b39d-af0e00ea066d']);
$client->shipOrder(shipment('PO-1', [1 => 1]));
$client->getOrder('PO-1');
$client->syncBatch([['op' => 'acknowledge', 'purchase_order_id' => 'PO-2'], ['op' => 'inventory', 'sku' => 'MUG', 'quantity' => 1]]);
$emu->client()->getOrder('PO-1'); // a client without the option (it shares the cached token)
foreach ($emu->requests() as $r) {
    printf("%s %s: %s\n", $r['method'], $r['endpoint'], $r['headers']['wm_consumer.channel.type'] ?? '-');
}
?>
--EXPECT--
POST token: 0f3e4dd4-0514-4346-b39d-af0e00ea066d
POST shipping: 0f3e4dd4-0514-4346-b39d-af0e00ea066d
GET order: 0f3e4dd4-0514-4346-b39d-af0e00ea066d
POST acknowledge: 0f3e4dd4-0514-4346-b39d-af0e00ea066d
PUT inventory: 0f3e4dd4-0514-4346-b39d-af0e00ea066d
GET order: -
