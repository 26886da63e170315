--TEST--
ship: shipment-level tracking is optional when every line carries its own
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$lines = [
    ['line_number' => 1, 'quantity' => 1, 'tracking' => ['carrier' => 'DHL', 'number' => 'D1']],
    ['line_number' => 2, 'quantity' => 1, 'tracking' => ['carrier' => 'OnTrac', 'number' => 'O2']],
];
$json = channelmgr_shipment_payload(sample_shipment(['tracking' => UNSET_KEY, 'lines' => $lines]));
foreach (json_decode($json, true)['orderShipment']['orderLines']['orderLine'] as $line) {
    $t = $line['orderLineStatuses']['orderLineStatus'][0]['trackingInfo'];
    echo $line['lineNumber'], ' ', $t['carrierName']['carrier'], ' ', $t['trackingNumber'], "\n";
}
// one line without its own tracking: the shipment's is required again
$lines[1] = ['line_number' => 2, 'quantity' => 1];
ship_error(sample_shipment(['tracking' => UNSET_KEY, 'lines' => $lines]));
ship_error(sample_shipment(['tracking' => null, 'lines' => $lines]));
?>
--EXPECT--
1 DHL D1
2 OnTrac O2
tracking | tracking: is required, since lines.1 has no tracking of its own
tracking | tracking: is required, since lines.1 has no tracking of its own
