--TEST--
status: Open when no unit is shipped, delivered or cancelled
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Created', '2']]]));
status_of(walmart_order([[['Acknowledged', '1']], [['Created', '3']]]));
?>
--EXPECT--
Open
Open
