--TEST--
ship: line_number may be an int or digits as text; a quantity of 2.0 (Magento keeps decimals) counts as 2
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$json = channelmgr_shipment_payload(sample_shipment(['lines' => [
    ['line_number' => 7, 'quantity' => 2.0],
    ['line_number' => '12', 'quantity' => 1],
]]));
foreach (json_decode($json, true)['orderShipment']['orderLines']['orderLine'] as $line) {
    var_dump($line['lineNumber'], $line['orderLineStatuses']['orderLineStatus'][0]['statusQuantity']['amount']);
}
?>
--EXPECT--
string(1) "7"
string(1) "2"
string(2) "12"
string(1) "1"
