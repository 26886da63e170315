--TEST--
ship: invalid UTF-8 is refused on the field that carries it, naming the byte and its offset
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
ship_error(sample_shipment(['seller_order_id' => "M\xE9rida"]));           // Latin-1, not UTF-8
ship_error(sample_shipment(['tracking' => ['carrier' => 'UPS', 'number' => "1Z\xC0\x80"]])); // overlong NUL
ship_error(sample_shipment(['tracking' => ['carrier' => "\xED\xA0\x80x", 'number' => '1', 'url' => 'https://x.example/']])); // surrogate
ship_error(sample_shipment(['tracking' => ['carrier' => 'UPS', 'number' => '1', 'url' => "https://x.example/\xFF"]]));
ship_error(sample_shipment(['lines' => [['line_number' => 1, 'quantity' => 1, 'tracking' => ['carrier' => 'UPS', 'number' => "\xF0\x9F\x93"]]]]));
?>
--EXPECT--
seller_order_id | seller_order_id: must be valid UTF-8 (invalid byte 0xE9 at offset 1)
tracking.number | tracking.number: must be valid UTF-8 (invalid byte 0xC0 at offset 2)
tracking.carrier | tracking.carrier: must be valid UTF-8 (invalid byte 0xED at offset 0)
tracking.url | tracking.url: must be valid UTF-8 (invalid byte 0xFF at offset 18)
lines.0.tracking.number | lines.0.tracking.number: must be valid UTF-8 (invalid byte 0xF0 at offset 0)
