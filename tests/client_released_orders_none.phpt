--TEST--
client: Walmart's 404 CONTENT_NOT_FOUND for released orders is ok with an empty list
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1], 'Acknowledged')]);
var_export(stable($emu->client()->fetchReleasedOrders(['created_start_date' => '2025-11-01', 'limit' => 50])));
echo "\n", $emu->requests()[1]['target'], "\n";
?>
--EXPECT--
array (
  'ok' => true,
  'retryable' => false,
  'http_status' => 404,
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
  'orders' => 
  array (
  ),
  'next_cursor' => NULL,
)
/v3/orders/released?limit=50&createdStartDate=2025-11-01
