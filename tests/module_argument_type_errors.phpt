--TEST--
module: a wrong type of the argument itself stays PHP's own TypeError
--EXTENSIONS--
channelmgr
--FILE--
<?php
foreach ([
    fn() => channelmgr_shipment_payload('x'),
    fn() => channelmgr_cancellation_payload(null, 'fraud'),
    fn() => channelmgr_cancellation_payload([], []),
    fn() => channelmgr_order_status(42),
] as $call) {
    try {
        $call();
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: channelmgr_shipment_payload(): Argument #1 ($shipment) must be of type array, string given
TypeError: channelmgr_cancellation_payload(): Argument #1 ($order) must be of type array, null given
TypeError: channelmgr_cancellation_payload(): Argument #2 ($reason) must be of type string, array given
TypeError: channelmgr_order_status(): Argument #1 ($walmartOrder) must be of type array, int given
