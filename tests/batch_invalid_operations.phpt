--TEST--
batch: an invalid operation does not stop the batch: INVALID_INPUT with the field path, not retryable, nothing sent for it
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1]), seed_order('PO-2', [1])]);
$results = $emu->client()->syncBatch([
    ['op' => 'ship', 'shipment' => shipment('PO-1', [1 => 1])],
    ['op' => 'ship', 'shipment' => shipment('PO-2', [1 => 0])],
    ['op' => 'ship', 'shipment' => shipment('PO/2', [1 => 1])],
    ['op' => 'cancel', 'order' => ['purchase_order_id' => 'PO-2', 'lines' => [['line_number' => 1, 'ordered' => 1]]], 'reason' => 'whim'],
    ['op' => 'cancel', 'order' => ['purchase_order_id' => 'PO-2', 'lines' => []], 'reason' => 'fraud'],
    ['op' => 'acknowledge', 'purchase_order_id' => "PO-1\r\n"],
    ['op' => 'inventory', 'sku' => 'SKU-1', 'quantity' => -3],
    ['op' => 'inventory', 'sku' => 'SKU-1'],
    ['op' => 'refund', 'purchase_order_id' => 'PO-1'],
    ['op' => 'ship', 'shipment' => shipment('PO-2', [1 => 1]), 'priority' => 'high'],
    'not an array',
    ['op' => 'ship', 'shipment' => shipment('PO-2', [1 => 1])],
]);
foreach ($results as $i => $r) {
    if ($r['ok']) {
        echo "$i: ok ", $r['order_status'], "\n";
        continue;
    }
    $e = $r['errors'][0];
    printf("%d: %s %s retryable=%s attempts=%d | %s | %s\n", $i, $e['code'], $r['order_status'], var_export($r['retryable'], true),
        $r['attempts'], $e['field'], $e['description']);
}
echo $results[1]['status_details'], "\n";
print_r($emu->stats()['requests']);
?>
--EXPECT--
0: ok Shipped
1: INVALID_INPUT Error retryable=false attempts=0 | shipment.lines.0.quantity | must be a positive integer, got 0
2: INVALID_INPUT Error retryable=false attempts=0 | shipment.purchase_order_id | must contain only letters, digits, '_' and '-', got "PO/2"
3: INVALID_INPUT Error retryable=false attempts=0 | reason | must be one of CUSTOMER_REQUESTED_SELLER_TO_CANCEL, SELLER_CANCEL_PRICING_ERROR, SELLER_CANCEL_OUT_OF_STOCK, SELLER_CANCEL_FRAUD_STOP_SHIPMENT, SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE, customer_requested, pricing_error, out_of_stock, fraud, address_not_serviceable; got "whim"
4: INVALID_INPUT Error retryable=false attempts=0 | order.lines | must list at least one line
5: INVALID_INPUT Error retryable=false attempts=0 | purchase_order_id | must contain only letters, digits, '_' and '-', got "PO-1??"
6: INVALID_INPUT Error retryable=false attempts=0 | quantity | must be between 0 and 2147483647, got -3
7: INVALID_INPUT Error retryable=false attempts=0 | quantity | must be an int
8: INVALID_INPUT Error retryable=false attempts=0 | op | must be one of ship, cancel, acknowledge, inventory
9: INVALID_INPUT Error retryable=false attempts=0 | priority | is not a known key of this operation
10: INVALID_INPUT Error retryable=false attempts=0 |  | must be an array, got string
11: ok Shipped
Nothing was sent: shipment.lines.0.quantity: must be a positive integer, got 0. Correct it in Magento and submit it again.
Array
(
    [shipping] => 2
    [token] => 1
)
