--TEST--
ship: control characters (C0, DEL, C1, line separators) are refused in every text field
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach (["A\nB", "A\rB", "A\0B", "A\x7fB", "A\u{85}B", "A\u{2028}B", "A\x1bB"] as $bad) {
    ship_error(sample_shipment(['seller_order_id' => $bad]));
    ship_error(sample_shipment(['tracking' => ['carrier' => 'UPS', 'number' => $bad]]));
    ship_error(sample_shipment(['tracking' => ['carrier' => $bad, 'number' => 'T1', 'url' => 'https://x.example/']]));
}
ship_error(sample_shipment(['tracking' => ['carrier' => 'UPS', 'number' => 'T1', 'url' => "https://x.example/\r\nSet-Cookie: a=b"]]));
?>
--EXPECT--
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
seller_order_id | seller_order_id: must not contain control characters (found one at character 2)
tracking.number | tracking.number: must not contain control characters (found one at character 2)
tracking.carrier | tracking.carrier: must not contain control characters (found one at character 2)
tracking.url | tracking.url: must not contain control characters (found one at character 19)
