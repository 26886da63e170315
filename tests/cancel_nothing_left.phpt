--TEST--
cancel: an order with nothing open anywhere is refused on lines ("nothing left to cancel")
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
cancel_error(sample_order(['lines' => [
    ['line_number' => 1, 'ordered' => 2, 'shipped' => 2],
    ['line_number' => 2, 'ordered' => 1, 'cancelled' => 1],
    ['line_number' => 3, 'ordered' => 3, 'shipped' => 1, 'cancelled' => 2],
]]));
?>
--EXPECT--
lines | lines: nothing left to cancel: every unit is already shipped or cancelled
