--TEST--
ship: an unknown method code is refused, listing the accepted ones
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
ship_error(sample_shipment(['method' => 'Overnight']));
ship_error(sample_shipment(['method' => '']));
ship_error(sample_shipment(['method' => 2]));
?>
--EXPECT--
method | method: must be one of Standard, Express, OneDay, Freight, WhiteGlove, Value; got "Overnight"
method | method: must be one of Standard, Express, OneDay, Freight, WhiteGlove, Value; got ""
method | method: must be a string, got int
