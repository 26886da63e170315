--TEST--
client: a logger that throws costs a warning, never the result; the rest of the call is not logged
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [1])]);
$calls = 0;
$client = $emu->client(['logger' => function ($level, $message, $context) use (&$calls) {
    $calls++;
    throw new RuntimeException('log disk full');
}]);
$result = $client->shipOrder(shipment('PO-1', [1 => 1]));
var_dump($result['ok'], $result['order_status'], $calls);
var_dump($client->getOrder('PO-1')['ok'], $calls);
?>
--EXPECTF--
Warning: ChannelMgr\Client::shipOrder(): The logger threw RuntimeException (log disk full); the rest of this call is not logged in %s on line %d
bool(true)
string(7) "Shipped"
int(1)

Warning: ChannelMgr\Client::getOrder(): The logger threw RuntimeException (log disk full); the rest of this call is not logged in %s on line %d
bool(true)
int(2)
