--TEST--
status: Canceled (Channel Manager's spelling) when every unit is cancelled
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Cancelled', '1']], [['Cancelled', '3']]]));
?>
--EXPECT--
Canceled
