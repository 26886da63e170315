--TEST--
ship: quotes, backslashes and non-ASCII text are escaped as JSON and round-trip exactly; "/" stays unescaped
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$seller = 'Mag "Ö" \\ 1/2';
$number = 'TRK "7" \\ 東京/1';
$carrier = 'Coursier "Été" \\ Ω/Δ';
$json = channelmgr_shipment_payload(sample_shipment([
    'seller_order_id' => $seller,
    'tracking' => ['carrier' => $carrier, 'number' => $number, 'url' => 'https://t.example/a/b?c="d"'],
]));
$line = json_decode($json, true, 512, JSON_THROW_ON_ERROR)['orderShipment']['orderLines']['orderLine'][0];
$info = $line['orderLineStatuses']['orderLineStatus'][0]['trackingInfo'];
var_dump($line['sellerOrderId'] === $seller, $info['trackingNumber'] === $number, $info['carrierName']['otherCarrier'] === $carrier);
echo $json, "\n";
// byte-identical to json_encode with unescaped slashes and unicode
$same = json_encode(['s' => $seller, 'n' => $number, 'c' => $carrier], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
var_dump(str_contains($json, substr(json_encode(['s' => $seller], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), 5, -1)));
echo $same, "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
{"orderShipment":{"orderLines":{"orderLine":[{"lineNumber":"1","sellerOrderId":"Mag \"Ö\" \\ 1/2","intentToCancelOverride":false,"orderLineStatuses":{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"2"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"otherCarrier":"Coursier \"Été\" \\ Ω/Δ"},"methodCode":"Standard","trackingNumber":"TRK \"7\" \\ 東京/1","trackingURL":"https://t.example/a/b?c=\"d\""}}]}}]}}}
bool(true)
{"s":"Mag \"Ö\" \\ 1/2","n":"TRK \"7\" \\ 東京/1","c":"Coursier \"Été\" \\ Ω/Δ"}
