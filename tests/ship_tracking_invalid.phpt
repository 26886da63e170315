--TEST--
ship: tracking needs a carrier, a number of 1 to 64 printable characters, and an http(s) URL if any
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
$cases = [
    'not an array'   => 'UPS 1Z999',
    'no carrier'     => ['number' => '1Z999'],
    'empty carrier'  => ['carrier' => '', 'number' => '1Z999'],
    'no number'      => ['carrier' => 'UPS'],
    'empty number'   => ['carrier' => 'UPS', 'number' => ''],
    'int number'     => ['carrier' => 'UPS', 'number' => 12345],
    '65 characters'  => ['carrier' => 'UPS', 'number' => str_repeat('9', 65)],
    'ftp URL'        => ['carrier' => 'UPS', 'number' => '1Z999', 'url' => 'ftp://ups.example/1Z999'],
    'no host'        => ['carrier' => 'UPS', 'number' => '1Z999', 'url' => 'https:///track'],
    'space in URL'   => ['carrier' => 'UPS', 'number' => '1Z999', 'url' => 'https://ups.example/track?n=1Z 999'],
    'unknown key'    => ['carrier' => 'UPS', 'number' => '1Z999', 'tracking_url' => 'https://ups.example/'],
];
foreach ($cases as $what => $tracking) {
    echo str_pad($what, 15), ': ';
    ship_error(sample_shipment(['tracking' => $tracking]));
}
echo str_pad('64 characters', 15), ': ';
echo strlen(first_status(channelmgr_shipment_payload(sample_shipment(['tracking' => ['carrier' => 'UPS', 'number' => str_repeat('9', 64)]])))['trackingInfo']['trackingNumber']), "\n";
?>
--EXPECT--
not an array   : tracking | tracking: must be an array, got string
no carrier     : tracking.carrier | tracking.carrier: is required
empty carrier  : tracking.carrier | tracking.carrier: must not be empty
no number      : tracking.number | tracking.number: is required
empty number   : tracking.number | tracking.number: must not be empty
int number     : tracking.number | tracking.number: must be a string, got int
65 characters  : tracking.number | tracking.number: must be at most 64 characters, got 65
ftp URL        : tracking.url | tracking.url: must be an http:// or https:// URL, got "ftp://ups.example/1Z999"
no host        : tracking.url | tracking.url: must name a host, got "https:///track"
space in URL   : tracking.url | tracking.url: must not contain spaces (encode them as %20)
unknown key    : tracking.tracking_url | tracking.tracking_url: is not a known key; expected carrier, number, url
64 characters  : 64
