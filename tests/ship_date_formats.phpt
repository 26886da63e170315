--TEST--
ship: ship_date is Unix seconds or ISO 8601 with a time zone, written as epoch milliseconds
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach ([1764412800, '2025-11-29T10:40:00Z', '2025-11-29T11:40:00+01:00', '2025-11-29T05:40:00-0500',
          '2025-11-29T10:40:00.250Z', '2025-11-29 10:40:00z', 0] as $date) {
    echo var_export($date, true), ' -> ';
    echo first_status(channelmgr_shipment_payload(sample_shipment(['ship_date' => $date])))['trackingInfo']['shipDateTime'], "\n";
}
?>
--EXPECT--
1764412800 -> 1764412800000
'2025-11-29T10:40:00Z' -> 1764412800000
'2025-11-29T11:40:00+01:00' -> 1764412800000
'2025-11-29T05:40:00-0500' -> 1764412800000
'2025-11-29T10:40:00.250Z' -> 1764412800250
'2025-11-29 10:40:00z' -> 1764412800000
0 -> 0
