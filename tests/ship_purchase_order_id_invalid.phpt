--TEST--
ship: purchase_order_id must be 1 to 64 of [A-Za-z0-9_-], since it becomes part of a URL path
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach ([UNSET_KEY, '', 'PO/1', '..', 'PO?x=1', 'PO#1', "PO\r\n1", "PO\0", 'PO 1', 'PÖ1', str_repeat('1', 65), 4576930294354] as $po) {
    ship_error(sample_shipment(['purchase_order_id' => $po]));
}
// the PO number goes into the URL, not the body: accepted means a payload came back
foreach ([str_repeat('A', 64), 'aZ09_-'] as $po) {
    var_dump(is_array(json_decode(channelmgr_shipment_payload(sample_shipment(['purchase_order_id' => $po])), true)));
}
?>
--EXPECT--
purchase_order_id | purchase_order_id: is required
purchase_order_id | purchase_order_id: must not be empty
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PO/1"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got ".."
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PO?x=1"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PO#1"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PO??1"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PO?"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PO 1"
purchase_order_id | purchase_order_id: must contain only letters, digits, '_' and '-', got "PÖ1"
purchase_order_id | purchase_order_id: must be at most 64 characters, got 65
purchase_order_id | purchase_order_id: must be a string, got int
bool(true)
bool(true)
