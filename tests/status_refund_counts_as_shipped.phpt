--TEST--
status: units in Refund count as shipped, since refunds follow delivery
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Refund', '1']]]));
status_of(walmart_order([[['Refund', '1'], ['Acknowledged', '1']]]));
?>
--EXPECT--
Shipped
Partially Shipped
