--TEST--
status: Shipped when nothing is open and at least one unit is shipped or delivered
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Shipped', '2']]]));
status_of(walmart_order([[['Delivered', '1']], [['Shipped', '1']]]));
status_of(walmart_order([[['Shipped', '1'], ['Cancelled', '1']]]));               // the rest was cancelled
?>
--EXPECT--
Shipped
Shipped
Shipped
