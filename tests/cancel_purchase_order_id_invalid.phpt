--TEST--
cancel: purchase_order_id follows the same rules as for shipments
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach ([UNSET_KEY, '', '../orders', "1\r\n2", str_repeat('7', 65), 12] as $po) {
    cancel_error(sample_order(['purchase_order_id' => $po]));
}
?>
--EXPECT--
purchase_order_id | purchase_order_id: is required
purchase_order_id | purchase_order_id: must not be empty
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "../orders"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "1??2"
purchase_order_id | purchase_order_id: must be at most 64 characters, got 65
purchase_order_id | purchase_order_id: must be a string, got int
