<?php
/* One web request of the FPM tests: ships one line of an order through the
 * Client, as Magento's shipment observer would, and prints the outcome. */
parse_str($_SERVER['QUERY_STRING'] ?? '', $q);
$client = new ChannelMgr\Client(['client_id' => $q['id'] ?? 'test-client', 'client_secret' => $q['secret'] ?? 'test-secret',
    'base_url' => $q['url']]);
$result = $client->shipOrder([
    'purchase_order_id' => $q['po'], 'seller_order_id' => '000000100', 'ship_date' => 1764412800,
    'tracking' => ['carrier' => 'UPS', 'number' => $q['tracking'] ?? '1Z999AA10123456784'],
    'lines' => [['line_number' => (int) ($q['line'] ?? 1), 'quantity' => 1]],
]);
header('Content-Type: text/plain');
echo $result['ok'] ? 'ok ' . $result['order_status'] : 'failed ' . $result['status_details'], ' pid=', getmypid(), "\n";
