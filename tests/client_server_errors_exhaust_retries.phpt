--TEST--
client: 5xx beyond max_retries is retryable with attempts = max_retries + 1, one warning per retry
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$logged = [];
$client = $emu->client(['max_retries' => 2, 'max_retry_wait_ms' => 2000,
    'logger' => function ($level, $message, $context) use (&$logged) { $logged[] = $level; }]);
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 503, 'body' => '', 'times' => 3]);
$result = $client->getOrder('PO-1');
var_dump($result['ok'], $result['retryable'], $result['attempts'], $result['http_status'], $result['errors']);
echo $result['status_details'], "\n";
echo implode(' ', $logged), "\n";
// with Walmart's error body, its own code is reported
$emu->fault(['path' => '/v3/orders/PO-1', 'status' => 500, 'times' => 3,
    'body' => ['errors' => ['error' => [['code' => 'SYSTEM_ERROR.GMP_GATEWAY_API', 'field' => '', 'description' => 'System error']]]]]);
$result = $client->getOrder('PO-1');
var_dump($result['retryable'], $result['attempts'], $result['errors'][0]['code']);
echo $result['status_details'], "\n";
?>
--EXPECT--
bool(false)
bool(true)
int(3)
int(503)
array(1) {
  [0]=>
  array(3) {
    ["code"]=>
    string(12) "SERVER_ERROR"
    ["field"]=>
    string(0) ""
    ["description"]=>
    string(47) "Walmart answered HTTP 503 without error details"
  }
}
Walmart could not process the order lookup (HTTP 503: Walmart answered HTTP 503 without error details) after 3 attempts. Retry later.
debug debug warning debug warning debug error
bool(true)
int(3)
string(28) "SYSTEM_ERROR.GMP_GATEWAY_API"
Walmart could not process the order lookup (HTTP 500: System error) after 3 attempts. Retry later.
