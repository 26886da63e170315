--TEST--
ship: Magento's carrier codes ups, usps, fedex and dhl map to Walmart's UPS, USPS, FedEx and DHL
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach (['ups', 'usps', 'fedex', 'dhl'] as $code) {
    $json = channelmgr_shipment_payload(sample_shipment(['tracking' => ['carrier' => $code, 'number' => 'T1']]));
    echo $code, ' -> ', json_encode(first_status($json)['trackingInfo']['carrierName']), "\n";
}
?>
--EXPECT--
ups -> {"carrier":"UPS"}
usps -> {"carrier":"USPS"}
fedex -> {"carrier":"FedEx"}
dhl -> {"carrier":"DHL"}
