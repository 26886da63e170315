--TEST--
ship: seller_order_id is the Magento order number: 1 to 30 characters, no control characters
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach ([UNSET_KEY, '', str_repeat('9', 31), str_repeat('é', 31), 123, "100\t200"] as $id) {
    ship_error(sample_shipment(['seller_order_id' => $id]));
}
foreach ([str_repeat('9', 30), str_repeat('é', 30)] as $id) {
    $line = json_decode(channelmgr_shipment_payload(sample_shipment(['seller_order_id' => $id])), true)['orderShipment']['orderLines']['orderLine'][0];
    var_dump($line['sellerOrderId'] === $id);
}
?>
--EXPECT--
seller_order_id | seller_order_id: is required
seller_order_id | seller_order_id: must not be empty
seller_order_id | seller_order_id: must be at most 30 characters, got 31
seller_order_id | seller_order_id: must be at most 30 characters, got 31
seller_order_id | seller_order_id: must be a string, got int
seller_order_id | seller_order_id: must not contain control characters (found one at character 4)
bool(true)
bool(true)
