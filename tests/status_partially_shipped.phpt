--TEST--
status: Partially Shipped when some units are shipped or delivered and some are still open
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Shipped', '1'], ['Acknowledged', '1']]]));           // one line, two buckets
status_of(walmart_order([[['Shipped', '2']], [['Acknowledged', '1']]]));         // one line shipped, one open
status_of(walmart_order([[['Delivered', '1']], [['Created', '1']], [['Cancelled', '1']]]));
?>
--EXPECT--
Partially Shipped
Partially Shipped
Partially Shipped
