--TEST--
client: settings default to the INI values; var_dump shows them and never the secret
--EXTENSIONS--
channelmgr
--INI--
channelmgr.base_url=https://sandbox.walmartapis.com
channelmgr.timeout_ms=5000
channelmgr.max_retries=1
--FILE--
<?php
$client = new ChannelMgr\Client(['client_id' => 'id', 'client_secret' => 'TOP-SECRET', 'connect_timeout_ms' => 250]);
var_dump($client);
print_r($client);
echo "\n";
var_dump((array) $client, str_contains(var_export($client, true), 'TOP-SECRET'));
?>
--EXPECT--
object(ChannelMgr\Client)#1 (9) {
  ["base_url"]=>
  string(31) "https://sandbox.walmartapis.com"
  ["client_id"]=>
  string(2) "id"
  ["service_name"]=>
  string(19) "Walmart Marketplace"
  ["channel_type"]=>
  NULL
  ["timeout_ms"]=>
  int(5000)
  ["connect_timeout_ms"]=>
  int(250)
  ["max_retries"]=>
  int(1)
  ["max_retry_wait_ms"]=>
  int(30000)
  ["logger"]=>
  bool(false)
}
ChannelMgr\Client Object
(
    [base_url] => https://sandbox.walmartapis.com
    [client_id] => id
    [service_name] => Walmart Marketplace
    [channel_type] => 
    [timeout_ms] => 5000
    [connect_timeout_ms] => 250
    [max_retries] => 1
    [max_retry_wait_ms] => 30000
    [logger] => 
)

array(0) {
}
bool(false)
