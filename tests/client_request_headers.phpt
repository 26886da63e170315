--TEST--
client: every request carries Walmart's headers, a fresh UUID v4 correlation id, our User-Agent and no Expect
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['service_name' => 'Walmart Marketplace (Magento)']);
$client->shipOrder(['purchase_order_id' => 'PO-1', 'seller_order_id' => '1', 'tracking' => ['carrier' => 'UPS', 'number' => 'Z'],
    'lines' => [['line_number' => 1, 'quantity' => 1]]]);
$client->getOrder('PO-1');
[$token, $ship, $get] = $emu->requests();
$uuid = '/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/';
foreach ([$token, $ship, $get] as $r) {
    $h = $r['headers'];
    printf("%s %s: uuid=%d svc=%s accept=%s type=%s ua=%s expect=%s token=%s auth=%s\n", $r['method'], $r['target'],
        preg_match($uuid, $h['wm_qos.correlation_id']), $h['wm_svc.name'], $h['accept'], $h['content-type'] ?? '-',
        $h['user-agent'], $h['expect'] ?? '-', isset($h['wm_sec.access_token']) ? 'yes' : 'no',
        isset($h['authorization']) ? strtok($h['authorization'], ' ') : '-');
}
var_dump(count(array_unique(array_map(fn($r) => $r['headers']['wm_qos.correlation_id'], [$token, $ship, $get]))));
var_dump($token['body'], base64_decode(substr($token['headers']['authorization'], 6)));
var_dump($ship['body'] === channelmgr_shipment_payload(['purchase_order_id' => 'PO-1', 'seller_order_id' => '1',
    'ship_date' => (int) (json_decode($ship['body'], true)['orderShipment']['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'][0]['trackingInfo']['shipDateTime'] / 1000),
    'tracking' => ['carrier' => 'UPS', 'number' => 'Z'], 'lines' => [['line_number' => 1, 'quantity' => 1]]]));
?>
--EXPECT--
POST /v3/token: uuid=1 svc=Walmart Marketplace (Magento) accept=application/json type=application/x-www-form-urlencoded ua=channelmgr/0.4.0 expect=- token=no auth=Basic
POST /v3/orders/PO-1/shipping: uuid=1 svc=Walmart Marketplace (Magento) accept=application/json type=application/json ua=channelmgr/0.4.0 expect=- token=yes auth=-
GET /v3/orders/PO-1: uuid=1 svc=Walmart Marketplace (Magento) accept=application/json type=- ua=channelmgr/0.4.0 expect=- token=yes auth=-
int(3)
string(29) "grant_type=client_credentials"
string(23) "test-client:test-secret"
bool(true)
