--TEST--
client: many operations in one process use one token request and one TCP connection
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [3, 3, 3])]);
$client = $emu->client();
for ($line = 1; $line <= 3; $line++) {
    $client->shipOrder(['purchase_order_id' => 'PO-1', 'seller_order_id' => '1', 'tracking' => ['carrier' => 'UPS', 'number' => "Z$line"],
        'lines' => [['line_number' => $line, 'quantity' => 3]]]);
}
$client->getOrder('PO-1');
// a second client object with the same credentials shares the process's token and connection
$emu->client()->updateInventory('SKU-1', 3);
$stats = $emu->stats();
var_dump($stats['token_requests'], $stats['connections'], $stats['requests']);
?>
--EXPECT--
int(1)
int(1)
array(4) {
  ["inventory"]=>
  int(1)
  ["order"]=>
  int(1)
  ["shipping"]=>
  int(3)
  ["token"]=>
  int(1)
}
