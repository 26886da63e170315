--TEST--
client: cookies Walmart (or a proxy) sets are never sent back: no state crosses from one request to the next
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
$emu->fault(['path' => '/v3/orders/PO-1', 'headers' => ['Set-Cookie' => 'session=abc; Path=/']]);
$client->getOrder('PO-1');
$client->getOrder('PO-1');
$emu->client()->acknowledgeOrder('PO-1');
foreach ($emu->requests() as $r) {
    echo $r['method'], ' ', $r['target'], ': ', $r['headers']['cookie'] ?? 'no cookie', "\n";
}
?>
--EXPECT--
POST /v3/token: no cookie
GET /v3/orders/PO-1: no cookie
GET /v3/orders/PO-1: no cookie
POST /v3/orders/PO-1/acknowledge: no cookie
