--TEST--
client: rejected credentials give UNAUTHORIZED, not retryable, and nothing else is sent
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
var_export(stable($emu->client(['client_secret' => 'wrong'])->acknowledgeOrder('PO-1')));
echo "\n";
var_dump($emu->stats()['requests']);
?>
--EXPECT--
array (
  'ok' => false,
  'retryable' => false,
  'http_status' => 401,
  'attempts' => 0,
  'errors' => 
  array (
    0 => 
    array (
      'code' => 'UNAUTHORIZED',
      'field' => '',
      'description' => 'Walmart refused the client ID and secret',
    ),
    1 => 
    array (
      'code' => 'UNAUTHORIZED.GMP_GATEWAY_API',
      'field' => 'UNAUTHORIZED',
      'description' => 'Unauthorized',
    ),
  ),
  'order' => NULL,
  'order_status' => 'Error',
  'intent_to_cancel' => false,
  'status_details' => 'Walmart refused the API credentials for the acknowledgement; check the client ID and secret in the Channel Manager settings, then retry.',
  'reconciled' => false,
  'unconfirmed' => false,
  'correlation_id' => '<uuid4>',
)
array(1) {
  ["token"]=>
  int(1)
}
