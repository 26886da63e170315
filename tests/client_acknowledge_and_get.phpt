--TEST--
client: acknowledgeOrder moves Created units to Acknowledged; getOrder reads the order back
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('1581000000003', [1, 3], 'Created')]);
$client = $emu->client();
$ack = $client->acknowledgeOrder('1581000000003');
var_dump($ack['ok'], $ack['http_status'], $ack['order_status'], line_units($ack['order'], 2));
$get = $client->getOrder('1581000000003');
var_dump($get['ok'], $get['attempts'], $get['order'] === $ack['order'], $get['order']['customerEmailId']);
?>
--EXPECT--
bool(true)
int(200)
string(4) "Open"
array(1) {
  ["Acknowledged"]=>
  int(3)
}
bool(true)
int(1)
bool(true)
string(31) "1581000000003@relay.walmart.com"
