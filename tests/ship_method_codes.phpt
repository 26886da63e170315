--TEST--
ship: every Walmart method code is accepted case-insensitively and written in Walmart's spelling
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach (['Standard', 'EXPRESS', 'oneday', 'Freight', 'whiteglove', 'VALUE'] as $method) {
    echo $method, ' -> ', first_status(channelmgr_shipment_payload(sample_shipment(['method' => $method])))['trackingInfo']['methodCode'], "\n";
}
?>
--EXPECT--
Standard -> Standard
EXPRESS -> Express
oneday -> OneDay
Freight -> Freight
whiteglove -> WhiteGlove
VALUE -> Value
