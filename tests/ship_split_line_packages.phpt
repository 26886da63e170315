--TEST--
ship: one line split over two packages is one orderLine with one orderLineStatus per package, in input order
--EXTENSIONS--
channelmgr
--FILE--
<?php
$json = channelmgr_shipment_payload([
    'purchase_order_id' => 'PO-1002',
    'seller_order_id' => '000000201',
    'ship_date' => 1764412800,
    'tracking' => ['carrier' => 'USPS', 'number' => '9400100000000000000001'],
    'lines' => [
        ['line_number' => '2', 'quantity' => 1],
        ['line_number' => '1', 'quantity' => 3],
        ['line_number' => '2', 'quantity' => 2, 'tracking' => ['carrier' => 'USPS', 'number' => '9400100000000000000002']],
    ],
]);
foreach (json_decode($json, true)['orderShipment']['orderLines']['orderLine'] as $line) {
    foreach ($line['orderLineStatuses']['orderLineStatus'] as $s) {
        printf("line %s: %s x%s %s\n", $line['lineNumber'], $s['status'], $s['statusQuantity']['amount'],
            $s['trackingInfo']['trackingNumber']);
    }
}
echo $json, "\n";
?>
--EXPECT--
line 2: Shipped x1 9400100000000000000001
line 2: Shipped x2 9400100000000000000002
line 1: Shipped x3 9400100000000000000001
{"orderShipment":{"orderLines":{"orderLine":[{"lineNumber":"2","sellerOrderId":"000000201","intentToCancelOverride":false,"orderLineStatuses":{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"1"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"carrier":"USPS"},"methodCode":"Standard","trackingNumber":"9400100000000000000001"}},{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"2"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"carrier":"USPS"},"methodCode":"Standard","trackingNumber":"9400100000000000000002"}}]}},{"lineNumber":"1","sellerOrderId":"000000201","intentToCancelOverride":false,"orderLineStatuses":{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"3"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"carrier":"USPS"},"methodCode":"Standard","trackingNumber":"9400100000000000000001"}}]}}]}}}
