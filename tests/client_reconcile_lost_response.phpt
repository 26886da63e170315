--TEST--
client: a ship whose answer is lost after Walmart applied it is ok and reconciled; the units ship exactly once
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
require __DIR__ . '/inc/ship.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2, 1])]);
$client = $emu->client();
$emu->fault(['path' => '/shipping', 'drop' => 'after']);
$result = $client->shipOrder(shipment('PO-1', [1 => 2]));
var_dump($result['ok'], $result['reconciled'], $result['attempts'], $result['http_status'], $result['errors'], $result['order_status']);
print_r(line_units($emu->order('PO-1'), 1));
print_r($emu->stats()['requests']);
?>
--EXPECT--
bool(true)
bool(true)
int(2)
int(200)
array(0) {
}
string(17) "Partially Shipped"
Array
(
    [Shipped 1Z999AA10123456784] => 2
)
Array
(
    [order] => 1
    [shipping] => 1
    [token] => 1
)
