--TEST--
ship: lines must be a non-empty list of arrays with a positive line_number and a positive quantity
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$cases = [
    'missing'          => UNSET_KEY,
    'empty'            => [],
    'not a list'       => ['a' => ['line_number' => 1, 'quantity' => 1]],
    'not an array'     => 'line 1',
    'line not array'   => [['line_number' => 1, 'quantity' => 1], 5],
    'no line_number'   => [['quantity' => 1]],
    'line_number 0'    => [['line_number' => 0, 'quantity' => 1]],
    'line_number -1'   => [['line_number' => -1, 'quantity' => 1]],
    'line_number "01"' => [['line_number' => '01', 'quantity' => 1]],
    'line_number text' => [['line_number' => 'one', 'quantity' => 1]],
    'line_number 1.0'  => [['line_number' => 1.0, 'quantity' => 1]],
    'no quantity'      => [['line_number' => 1]],
    'quantity 0'       => [['line_number' => 1, 'quantity' => 0]],
    'quantity -2'      => [['line_number' => 1, 'quantity' => -2]],
    'quantity "2"'     => [['line_number' => 1, 'quantity' => '2']],
    'quantity 2.5'     => [['line_number' => 1, 'quantity' => 2.5]],
    'quantity huge'    => [['line_number' => 1, 'quantity' => 1000000]],
    'second line bad'  => [['line_number' => 1, 'quantity' => 1], ['line_number' => 2, 'quantity' => 0]],
    'unknown key'      => [['line_number' => 1, 'qty' => 1]],
    '1001 lines'       => array_fill(0, 1001, ['line_number' => 1, 'quantity' => 1]),
];
foreach ($cases as $what => $lines) {
    echo str_pad($what, 17), ': ';
    ship_error(sample_shipment(['lines' => $lines]));
}
?>
--EXPECT--
missing          : lines | lines: is required
empty            : lines | lines: must list at least one line
not a list       : lines | lines: must be a list (keys 0, 1, 2, ...)
not an array     : lines | lines: must be an array, got string
line not array   : lines.1 | lines.1: must be an array, got int
no line_number   : lines.0.line_number | lines.0.line_number: is required
line_number 0    : lines.0.line_number | lines.0.line_number: must be a positive integer (as text or int, at most 9 digits), got "0"
line_number -1   : lines.0.line_number | lines.0.line_number: must be a positive integer (as text or int, at most 9 digits), got "-1"
line_number "01" : lines.0.line_number | lines.0.line_number: must be a positive integer (as text or int, at most 9 digits), got "01"
line_number text : lines.0.line_number | lines.0.line_number: must be a positive integer (as text or int, at most 9 digits), got "one"
line_number 1.0  : lines.0.line_number | lines.0.line_number: must be a string or an int, got float
no quantity      : lines.0.quantity | lines.0.quantity: is required
quantity 0       : lines.0.quantity | lines.0.quantity: must be a positive integer, got 0
quantity -2      : lines.0.quantity | lines.0.quantity: must be a positive integer, got -2
quantity "2"     : lines.0.quantity | lines.0.quantity: must be an int, got string
quantity 2.5     : lines.0.quantity | lines.0.quantity: must be a whole number, got 2.5
quantity huge    : lines.0.quantity | lines.0.quantity: must be at most 999999, got 1000000
second line bad  : lines.1.quantity | lines.1.quantity: must be a positive integer, got 0
unknown key      : lines.0.qty | lines.0.qty: is not a known key; expected line_number, quantity, tracking
1001 lines       : lines | lines: must list at most 1000 lines, got 1001
