--TEST--
ship: every Walmart carrier name matches case-insensitively and is written in Walmart's spelling as carrier
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
// Walmart's CarrierNameType enum (shared/walmart-api.md, section 6), and the 2026-10-30 additions
$carriers = ['UPS', 'USPS', 'FedEx', 'Airborne', 'OnTrac', 'DHL Ecommerce - US', 'DHL', 'LS', 'UDS', 'UPSMI', 'FDX',
    'PILOT', 'ESTES', 'SAIA', 'FDS Express', 'Seko Worldwide', 'HIT Delivery', 'FEDEXSP', 'RL Carriers',
    'Metropolitan Warehouse & Delivery', 'China Post', 'YunExpress', 'Yellow Freight Sys', 'AIT Worldwide Logistics',
    'Chukou1', 'Sendle', 'Landmark Global', 'Sunyou', 'Yanwen', '4PX', 'GLS', 'OSM Worldwide', 'FIRST MILE',
    'AM Trucking', 'CEVA', 'India Post', 'SF Express', 'CNE', 'TForce Freight', 'AxleHire', 'LSO', 'Royal Mail',
    'ABF Freight System', 'WanB', 'Roadrunner Freight', 'Meyer Distribution', 'AAA Cooper', 'Canada Post',
    'Southeastern Freight Lines', 'Japan Post', 'Correos de Mexico', 'XPO Logistics', 'JD Logistics', 'YDH', 'JCEX',
    'Flyt', 'Deutsche Post', 'Better Trucks', 'Asendia', 'SFC', 'UBI', 'ePost Global', 'YF Logistics', 'RXO',
    'Estes Express', 'Shypmax', 'WIN.IT America', 'PITT OHIO', 'PostNord Sweden', 'Equick', 'Whistl', 'Tusou',
    'Shiprocket', 'DTDC', 'PTS',
    'Aramex', 'Xindus', 'Spreetail', 'P2PG', 'UniUni', 'GOFO', 'SwiftX', 'Exelot', 'DoorDash', 'SpeedX'];
$ok = 0;
foreach ($carriers as $name) {
    foreach ([$name, strtolower($name), strtoupper($name)] as $given) {
        $tracking = ['carrier' => $given, 'number' => 'T1'];
        $carrierName = first_status(channelmgr_shipment_payload(sample_shipment(['tracking' => $tracking])))['trackingInfo']['carrierName'];
        if ($carrierName === ['carrier' => $name]) {
            $ok++;
        } else {
            echo "$given -> ", json_encode($carrierName), "\n";
        }
    }
}
echo count($carriers), " carriers, $ok of ", 3 * count($carriers), " spellings matched\n";
?>
--EXPECT--
85 carriers, 255 of 255 spellings matched
