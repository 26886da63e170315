--TEST--
status: units cancelled beside open ones, with nothing shipped, leave the order Open
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Cancelled', '1'], ['Acknowledged', '1']]]));
status_of(walmart_order([[['Cancelled', '2']], [['Created', '1']]]));
?>
--EXPECT--
Open
Open
