--TEST--
client: a refused connection is CONNECTION_FAILED, retryable, after max_retries retries; nothing reached Walmart
--EXTENSIONS--
channelmgr
--FILE--
<?php
$client = new ChannelMgr\Client(['client_id' => 'id', 'client_secret' => 'secret', 'base_url' => 'http://127.0.0.1:1',
    'max_retries' => 2, 'max_retry_wait_ms' => 100]);
$result = $client->shipOrder(['purchase_order_id' => 'PO-1', 'seller_order_id' => '1', 'tracking' => ['carrier' => 'UPS', 'number' => 'Z'],
    'lines' => [['line_number' => 1, 'quantity' => 1]]]);
var_dump($result['ok'], $result['retryable'], $result['attempts'], $result['http_status'], $result['errors'][0]['code'], $result['order_status']);
echo $result['status_details'], "\n";
?>
--EXPECT--
bool(false)
bool(true)
int(0)
int(0)
string(17) "CONNECTION_FAILED"
string(5) "Error"
The shipment could not reach Walmart (connection failed). Nothing was applied. Retry later.
