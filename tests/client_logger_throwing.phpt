--TEST--
client: a logger that throws is reported to PHP's error log, never costs the result, and is not called again in that call
--EXTENSIONS--
channelmgr
--INI--
error_log=
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
// Magento's developer mode turns warnings into exceptions; the result must survive it
set_error_handler(function ($no, $message) { throw new ErrorException($message); });
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
--EXPECT--
channelmgr: the logger threw RuntimeException (log disk full); the rest of this call is not logged
bool(true)
string(7) "Shipped"
int(1)
channelmgr: the logger threw RuntimeException (log disk full); the rest of this call is not logged
bool(true)
int(2)
