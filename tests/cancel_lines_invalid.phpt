--TEST--
cancel: lines need a line_number and ordered >= 1; shipped and cancelled >= 0 and within ordered; no line twice
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$cases = [
    'missing'           => UNSET_KEY,
    'empty'             => [],
    'not a list'        => [1 => ['line_number' => 1, 'ordered' => 1]],
    'no line_number'    => [['ordered' => 1]],
    'bad line_number'   => [['line_number' => 'x1', 'ordered' => 1]],
    'no ordered'        => [['line_number' => 1]],
    'ordered 0'         => [['line_number' => 1, 'ordered' => 0]],
    'ordered "2"'       => [['line_number' => 1, 'ordered' => '2']],
    'shipped -1'        => [['line_number' => 1, 'ordered' => 2, 'shipped' => -1]],
    'cancelled -1'      => [['line_number' => 1, 'ordered' => 2, 'cancelled' => -1]],
    'more than ordered' => [['line_number' => 1, 'ordered' => 2, 'shipped' => 2, 'cancelled' => 1]],
    'listed twice'      => [['line_number' => 1, 'ordered' => 2], ['line_number' => '1', 'ordered' => 2]],
    'unknown key'       => [['line_number' => 1, 'ordered' => 2, 'refunded' => 1]],
    'line not array'    => [null],
];
foreach ($cases as $what => $lines) {
    echo str_pad($what, 18), ': ';
    cancel_error(sample_order(['lines' => $lines]));
}
echo str_pad('unknown order key', 18), ': ';
cancel_error(sample_order(['reason' => 'fraud']));
?>
--EXPECT--
missing           : lines | lines: is required
empty             : lines | lines: must list at least one line
not a list        : lines | lines: must be a list (keys 0, 1, 2, ...)
no line_number    : lines.0.line_number | lines.0.line_number: is required
bad line_number   : lines.0.line_number | lines.0.line_number: must be a positive integer (as text or int, at most 9 digits), got "x1"
no ordered        : lines.0.ordered | lines.0.ordered: is required
ordered 0         : lines.0.ordered | lines.0.ordered: must be a positive integer, got 0
ordered "2"       : lines.0.ordered | lines.0.ordered: must be an int, got string
shipped -1        : lines.0.shipped | lines.0.shipped: must be 0 or more, got -1
cancelled -1      : lines.0.cancelled | lines.0.cancelled: must be 0 or more, got -1
more than ordered : lines.0 | lines.0: shipped (2) plus cancelled (1) is more than ordered (2)
listed twice      : lines.1.line_number | lines.1.line_number: line 1 is listed twice (also at lines.0)
unknown key       : lines.0.refunded | lines.0.refunded: is not a known key; expected line_number, ordered, shipped, cancelled
line not array    : lines.0 | lines.0: must be an array, got null
unknown order key : reason | reason: is not a known key; expected purchase_order_id, lines, intent_to_cancel
