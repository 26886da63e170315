--TEST--
client: a failed read (getOrder, fetchReleasedOrders) does not advise the merchant to correct the order in Magento
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retries' => 0]);
$invalid = ['errors' => ['error' => [['code' => 'INVALID_REQUEST.GMP_ORDER_API', 'field' => 'data', 'description' => 'Invalid Request',
    'info' => 'Request invalid.']]]];
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 400, 'body' => $invalid]);
$r = $client->getOrder('PO-1');
echo $r['status_details'], "\n";
$emu->fault(['path' => '/v3/orders/released', 'status' => 400, 'body' => $invalid]);
$r = $client->fetchReleasedOrders();
echo $r['status_details'], "\n";
?>
--EXPECT--
Walmart rejected the order lookup: Invalid Request. Retry later; if it keeps failing, look the order up in Walmart Seller Center.
Walmart rejected the released orders import: Invalid Request. Retry later; if it keeps failing, look the orders up in Walmart Seller Center.
