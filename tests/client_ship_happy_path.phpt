--TEST--
client: shipOrder sends the shipment and returns the complete result with Walmart's order and its status
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('1581000000001', [2, 1])]);
$result = $emu->client()->shipOrder([
    'purchase_order_id' => '1581000000001', 'seller_order_id' => '000000101', 'ship_date' => 1764412800,
    'tracking' => ['carrier' => 'ups', 'number' => '1Z999AA10123456784'],
    'lines' => [['line_number' => 1, 'quantity' => 2]],
]);
$order = $result['order'];
$result['order'] = '(below)';
var_export(stable($result));
echo "\n", $order['purchaseOrderId'], "\n";
print_r(line_units($order, 1));
print_r(line_units($order, 2));
var_dump($order === $emu->order('1581000000001'));
?>
--EXPECT--
array (
  'ok' => true,
  'retryable' => false,
  'http_status' => 200,
  'attempts' => 1,
  'errors' => 
  array (
  ),
  'order' => '(below)',
  'order_status' => 'Partially Shipped',
  'intent_to_cancel' => false,
  'status_details' => '',
  'reconciled' => false,
  'unconfirmed' => false,
  'correlation_id' => '<uuid4>',
)
1581000000001
Array
(
    [Shipped 1Z999AA10123456784] => 2
)
Array
(
    [Acknowledged] => 1
)
bool(true)
