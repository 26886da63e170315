--TEST--
client: a cancellation that timed out after Walmart applied it is reconciled, not cancelled twice
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/emulator.inc';
$emu = new EmulatorProcess([seed_order('PO-1', [2, 1])]);
$client = $emu->client(['timeout_ms' => 300]);
$client->getOrder('PO-1');
$emu->fault(['path' => '/cancel', 'delay_ms' => 1000]);
$result = $client->cancelOrder(['purchase_order_id' => 'PO-1',
    'lines' => [['line_number' => 1, 'ordered' => 2], ['line_number' => 2, 'ordered' => 1]]], 'fraud');
var_dump($result['ok'], $result['reconciled'], $result['attempts'], $result['order_status']);
usleep(800000); // the delayed answer goes out to a closed connection; the order must not change
print_r(line_units($emu->order('PO-1'), 1));
print_r($emu->stats()['requests']);
?>
--EXPECT--
bool(true)
bool(true)
int(2)
string(8) "Canceled"
Array
(
    [Cancelled] => 2
)
Array
(
    [cancel] => 1
    [order] => 2
    [token] => 1
)
