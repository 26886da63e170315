--TEST--
ship: an unknown key is refused (a misspelt optional key would otherwise be ignored silently)
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
ship_error(sample_shipment(['intent_to_cancel_overide' => true]));
ship_error(sample_shipment([0 => 'x']));
?>
--EXPECT--
intent_to_cancel_overide | intent_to_cancel_overide: is not a known key; expected purchase_order_id, seller_order_id, ship_date, method, tracking, lines, intent_to_cancel_override
0 | 0: is not a known key; expected purchase_order_id, seller_order_id, ship_date, method, tracking, lines, intent_to_cancel_override
