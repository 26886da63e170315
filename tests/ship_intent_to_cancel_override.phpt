--TEST--
ship: intent_to_cancel_override is written on every line, and must be a bool
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$lines = [['line_number' => 1, 'quantity' => 1], ['line_number' => 2, 'quantity' => 1]];
$json = channelmgr_shipment_payload(sample_shipment(['intent_to_cancel_override' => true, 'lines' => $lines]));
foreach (json_decode($json, true)['orderShipment']['orderLines']['orderLine'] as $line) {
    var_dump($line['intentToCancelOverride']);
}
var_dump(str_contains($json, '"intentToCancelOverride":true,"orderLineStatuses"'));
ship_error(sample_shipment(['intent_to_cancel_override' => 'yes']));
ship_error(sample_shipment(['intent_to_cancel_override' => 1]));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
intent_to_cancel_override | intent_to_cancel_override: must be a bool, got string
intent_to_cancel_override | intent_to_cancel_override: must be a bool, got int
