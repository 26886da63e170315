--TEST--
client: Walmart's description ending in a full stop is not followed by a second one in status_details
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client();
$emu->fault(['path' => '/PO-1/shipping', 'status' => 400, 'body' => ['errors' => ['error' => [['code' => 'INVALID_REQUEST_CONTENT.GMP_ORDER_API',
    'field' => 'trackingNumber', 'description' => 'The tracking number is invalid.', 'info' => 'Request content is invalid.']]]]]);
$r = $client->shipOrder(shipment('PO-1', [1 => 1]));
echo $r['status_details'], "\n";
var_dump(str_contains($r['status_details'], '..'));
$emu->fault(['path' => '/v3/orders/PO-1', 'method' => 'GET', 'status' => 500, 'times' => 4, 'body' => ['errors' => ['error' => [[
    'code' => 'SYSTEM_ERROR.GMP_GATEWAY_API', 'field' => '', 'description' => 'System encountered some internal error.']]]]]);
$r = $emu->client(['max_retries' => 0])->getOrder('PO-1');
echo $r['status_details'], "\n";
var_dump(str_contains($r['status_details'], '..'));
?>
--EXPECT--
Walmart rejected the shipment: The tracking number is invalid. Correct the order in Magento and submit it again, or update it in Walmart Seller Center.
bool(false)
Walmart could not process the order lookup (HTTP 500: System encountered some internal error.) after 1 attempt. Retry later.
bool(false)
