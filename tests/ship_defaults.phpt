--TEST--
ship: method defaults to Standard, intentToCancelOverride to false, ship_date to now; trackingURL only when given
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$before = time() * 1000;
$json = channelmgr_shipment_payload(sample_shipment(['ship_date' => UNSET_KEY]));
$after = time() * 1000;
$line = json_decode($json, true)['orderShipment']['orderLines']['orderLine'][0];
$status = $line['orderLineStatuses']['orderLineStatus'][0];
var_dump($line['intentToCancelOverride'], $status['trackingInfo']['methodCode']);
var_dump(array_key_exists('trackingURL', $status['trackingInfo']));
$ship = $status['trackingInfo']['shipDateTime'];
var_dump(is_int($ship), $ship >= $before && $ship <= $after, $ship % 1000);
// null is "not given" too
var_dump(first_status(channelmgr_shipment_payload(sample_shipment(['method' => null])))['trackingInfo']['methodCode']);
?>
--EXPECT--
bool(false)
string(8) "Standard"
bool(false)
bool(true)
bool(true)
int(0)
string(8) "Standard"
