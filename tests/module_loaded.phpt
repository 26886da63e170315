--TEST--
module: channelmgr is loaded and reports its version
--EXTENSIONS--
channelmgr
--FILE--
<?php
var_dump(extension_loaded('channelmgr'));
var_dump(phpversion('channelmgr'));
var_dump(function_exists('channelmgr_shipment_payload'), function_exists('channelmgr_cancellation_payload'),
    function_exists('channelmgr_inventory_payload'), function_exists('channelmgr_order_status'),
    class_exists('ChannelMgr\\Client'));
?>
--EXPECT--
bool(true)
string(5) "0.4.0"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
