--TEST--
client: updateInventory PUTs the SKU's quantity (SKU URL-encoded in the query) and returns sku and quantity
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess();
var_export(stable($emu->client()->updateInventory('MUG BLUE+1', 7)));
$put = $emu->requests()[1];
echo "\n", $put['method'], ' ', $put['target'], ' ', $put['body'], "\n";
echo json_encode($emu->control('GET', 'inventory')), "\n";
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
  'order' => NULL,
  'order_status' => NULL,
  'intent_to_cancel' => false,
  'status_details' => '',
  'reconciled' => false,
  'unconfirmed' => false,
  'correlation_id' => '<uuid4>',
  'sku' => 'MUG BLUE+1',
  'quantity' => 7,
  'ship_node' => NULL,
)
PUT /v3/inventory?sku=MUG%20BLUE%2B1 {"sku":"MUG BLUE+1","quantity":{"unit":"EACH","amount":7}}
{"MUG BLUE+1":{"unit":"EACH","amount":7}}
