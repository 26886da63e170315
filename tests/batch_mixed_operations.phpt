--TEST--
batch: syncBatch runs ships, cancels, acknowledgements and inventory updates and returns one result per operation, keyed as the input
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2, 1]), seed_order('PO-2', [1]), seed_order('PO-3', [1], 'Created')]);
$results = $emu->client()->syncBatch([
    'ship-1' => ['op' => 'ship', 'shipment' => shipment('PO-1', [1 => 2, 2 => 1])],
    'cancel-2' => ['op' => 'cancel', 'order' => ['purchase_order_id' => 'PO-2', 'lines' => [['line_number' => 1, 'ordered' => 1]]], 'reason' => 'out_of_stock'],
    42 => ['op' => 'acknowledge', 'purchase_order_id' => 'PO-3'],
    'stock' => ['op' => 'inventory', 'sku' => 'SKU-1', 'quantity' => 12],
]);
var_dump(array_keys($results));
foreach ($results as $key => $r) {
    printf("%s: ok=%s status=%s attempts=%d keys=%s\n", $key, var_export($r['ok'], true), var_export($r['order_status'], true),
        $r['attempts'], implode(',', array_keys($r)));
}
var_export(stable($results['stock']));
echo "\n";
$stats = $emu->stats();
echo $stats['token_requests'], " token request\n";
var_dump($emu->client()->syncBatch([]));
?>
--EXPECT--
array(4) {
  [0]=>
  string(6) "ship-1"
  [1]=>
  string(8) "cancel-2"
  [2]=>
  int(42)
  [3]=>
  string(5) "stock"
}
ship-1: ok=true status='Shipped' attempts=1 keys=ok,retryable,http_status,attempts,errors,order,order_status,intent_to_cancel,status_details,reconciled,unconfirmed,correlation_id
cancel-2: ok=true status='Canceled' attempts=1 keys=ok,retryable,http_status,attempts,errors,order,order_status,intent_to_cancel,status_details,reconciled,unconfirmed,correlation_id
42: ok=true status='Open' attempts=1 keys=ok,retryable,http_status,attempts,errors,order,order_status,intent_to_cancel,status_details,reconciled,unconfirmed,correlation_id
stock: ok=true status=NULL attempts=1 keys=ok,retryable,http_status,attempts,errors,order,order_status,intent_to_cancel,status_details,reconciled,unconfirmed,correlation_id,sku,quantity,ship_node
array (
  'ok' => true,
  'retryable' => false,
  'http_status' => 200,
  'attempts' => 1,
  'errors' => 
  array (
  ),
  'order' => NULL,
  'order_status' => NULL,
  'intent_to_cancel' => false,
  'status_details' => '',
  'reconciled' => false,
  'unconfirmed' => false,
  'correlation_id' => '<uuid4>',
  'sku' => 'SKU-1',
  'quantity' => 12,
  'ship_node' => NULL,
)
1 token request
array(0) {
}
