--TEST--
client: cancelOrder cancels every open quantity with the reason; the order becomes Canceled
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('1581000000002', [2, 1])]);
$result = $emu->client()->cancelOrder([
    'purchase_order_id' => '1581000000002',
    'lines' => [['line_number' => 1, 'ordered' => 2], ['line_number' => 2, 'ordered' => 1]],
], 'out_of_stock');
$order = $result['order'];
$result['order'] = '(below)';
var_export(stable($result));
echo "\n";
foreach ($order['orderLines']['orderLine'] as $line) {
    foreach ($line['orderLineStatuses']['orderLineStatus'] as $b) {
        echo $line['lineNumber'], ': ', $b['status'], ' x', $b['statusQuantity']['amount'], ' ', $b['cancellationReason'], "\n";
    }
}
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
  'order_status' => 'Canceled',
  'intent_to_cancel' => false,
  'status_details' => '',
  'reconciled' => false,
  'unconfirmed' => false,
  'correlation_id' => '<uuid4>',
)
1: Cancelled x2 SELLER_CANCEL_OUT_OF_STOCK
2: Cancelled x1 SELLER_CANCEL_OUT_OF_STOCK
