--TEST--
ship: a carrier Walmart does not list goes out as otherCarrier, as given, and then needs a tracking URL
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$tracking = ['carrier' => 'Acme Couriers', 'number' => 'AC-1', 'url' => 'https://track.acme.example/AC-1'];
$info = first_status(channelmgr_shipment_payload(sample_shipment(['tracking' => $tracking])))['trackingInfo'];
echo json_encode($info['carrierName']), ' ', $info['trackingURL'], "\n";
ship_error(sample_shipment(['tracking' => ['carrier' => 'Acme Couriers', 'number' => 'AC-1']]));
ship_error(sample_shipment(['tracking' => ['carrier' => 'tablerate', 'number' => 'AC-1', 'url' => null]]));
// the same rule for a line's own package
ship_error(sample_shipment(['lines' => [['line_number' => 1, 'quantity' => 1, 'tracking' => ['carrier' => 'Local', 'number' => 'L1']]]]));
?>
--EXPECT--
{"otherCarrier":"Acme Couriers"} https://track.acme.example/AC-1
tracking.url | tracking.url: is required for "Acme Couriers", which is not a Walmart carrier name (it is sent as otherCarrier)
tracking.url | tracking.url: is required for "tablerate", which is not a Walmart carrier name (it is sent as otherCarrier)
lines.0.tracking.url | lines.0.tracking.url: is required for "Local", which is not a Walmart carrier name (it is sent as otherCarrier)
