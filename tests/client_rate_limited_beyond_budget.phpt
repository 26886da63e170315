--TEST--
client: a 429 asking for longer than max_retry_wait_ms fails at once: RATE_LIMITED, retryable, Error
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$client = $emu->client(['max_retry_wait_ms' => 1000]);
$emu->fault(['path' => '/v3/orders/PO-1/acknowledge', 'status' => 429,
    'headers' => ['x-next-replenish-time' => (string) ((int) (microtime(true) * 1000) + 60000)]]);
$start = microtime(true);
$result = $client->acknowledgeOrder('PO-1');
var_dump(microtime(true) - $start < 1.0);
unset($result['correlation_id']);
var_export($result);
echo "\n";
?>
--EXPECT--
bool(true)
array (
  'ok' => false,
  'retryable' => true,
  'http_status' => 429,
  'attempts' => 1,
  'errors' => 
  array (
    0 => 
    array (
      'code' => 'RATE_LIMITED',
      'field' => '',
      'description' => 'Walmart\'s rate limit was reached',
    ),
  ),
  'order' => NULL,
  'order_status' => 'Error',
  'intent_to_cancel' => false,
  'status_details' => 'Walmart\'s rate limit held back the acknowledgement after 1 attempt. Retry later.',
  'reconciled' => false,
  'unconfirmed' => false,
)
