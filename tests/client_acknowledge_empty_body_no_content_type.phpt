--TEST--
client: the acknowledge POST goes out with an empty body and no Content-Type (Walmart defines no request body), in single calls and batches
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1], 'Created'), seed_order('PO-2', [1], 'Created')]);
$client = $emu->client();
var_dump($client->acknowledgeOrder('PO-1')['ok']);
var_dump($client->syncBatch([['op' => 'acknowledge', 'purchase_order_id' => 'PO-2']])[0]['ok']);
foreach ($emu->requests() as $r) {
    if ($r['endpoint'] === 'acknowledge') {
        printf("%s %s: body=%s content-type=%s content-length=%s\n", $r['method'], $r['target'], var_export($r['body'], true),
            $r['headers']['content-type'] ?? '-', $r['headers']['content-length'] ?? '-');
    }
}
?>
--EXPECT--
bool(true)
bool(true)
POST /v3/orders/PO-1/acknowledge: body='' content-type=- content-length=0
POST /v3/orders/PO-2/acknowledge: body='' content-type=- content-length=0
