--TEST--
ship: a partial shipment lists only the lines and quantities shipped now
--EXTENSIONS--
channelmgr
--FILE--
<?php
// three lines ordered (2, 1, 4 units); line 2 is out of stock, line 3 ships 1 of 4
$json = channelmgr_shipment_payload([
    'purchase_order_id' => 'PO-1001',
    'seller_order_id' => '000000200',
    'ship_date' => 1764412800,
    'tracking' => ['carrier' => 'fedex', 'number' => '794698540000'],
    'lines' => [
        ['line_number' => 1, 'quantity' => 2],
        ['line_number' => 3, 'quantity' => 1],
    ],
]);
echo $json, "\n";
foreach (json_decode($json, true)['orderShipment']['orderLines']['orderLine'] as $line) {
    $s = $line['orderLineStatuses']['orderLineStatus'][0];
    echo $line['lineNumber'], ': ', $s['statusQuantity']['amount'], "\n";
}
?>
--EXPECT--
{"orderShipment":{"orderLines":{"orderLine":[{"lineNumber":"1","sellerOrderId":"000000200","intentToCancelOverride":false,"orderLineStatuses":{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"2"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"carrier":"FedEx"},"methodCode":"Standard","trackingNumber":"794698540000"}}]}},{"lineNumber":"3","sellerOrderId":"000000200","intentToCancelOverride":false,"orderLineStatuses":{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"1"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"carrier":"FedEx"},"methodCode":"Standard","trackingNumber":"794698540000"}}]}}]}}}
1: 2
3: 1
