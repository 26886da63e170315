--TEST--
ship: a ship_date without a time zone, out of range or of another type is refused
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach (['2025-11-29T10:40:00', '2025-11-29', 'yesterday', '2025-02-29T10:00:00Z', '2025-11-29T25:00:00Z',
          -1, 253402300800, 1764412800.5, "2025-11-29T10:40:00Z\n", ''] as $date) {
    ship_error(sample_shipment(['ship_date' => $date]));
}
?>
--EXPECT--
ship_date | ship_date: must give a time zone offset or Z, got "2025-11-29T10:40:00"
ship_date | ship_date: must be an ISO 8601 date-time with a time zone, like 2026-11-29T14:30:00Z, got "2025-11-29"
ship_date | ship_date: must be an ISO 8601 date-time with a time zone, like 2026-11-29T14:30:00Z, got "yesterday"
ship_date | ship_date: is not a valid date and time, got "2025-02-29T10:00:00Z"
ship_date | ship_date: is not a valid date and time, got "2025-11-29T25:00:00Z"
ship_date | ship_date: must be between 1970 and the year 9999, got -1 seconds
ship_date | ship_date: must be between 1970 and the year 9999, got 253402300800 seconds
ship_date | ship_date: must be Unix seconds (int) or an ISO 8601 string, got float
ship_date | ship_date: must not contain control characters (found one at character 21)
ship_date | ship_date: must not be empty
