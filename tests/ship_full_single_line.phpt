--TEST--
ship: a full shipment of one line is exactly Walmart's orderShipment body
--EXTENSIONS--
channelmgr
--FILE--
<?php
echo channelmgr_shipment_payload([
    'purchase_order_id' => '4576930294354',
    'seller_order_id' => '000000123',
    'ship_date' => 1764412800,
    'method' => 'Standard',
    'tracking' => [
        'carrier' => 'UPS',
        'number' => '1Z999AA10123456784',
        'url' => 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    ],
    'lines' => [['line_number' => '1', 'quantity' => 2]],
]), "\n";
?>
--EXPECT--
{"orderShipment":{"orderLines":{"orderLine":[{"lineNumber":"1","sellerOrderId":"000000123","intentToCancelOverride":false,"orderLineStatuses":{"orderLineStatus":[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"2"},"trackingInfo":{"shipDateTime":1764412800000,"carrierName":{"carrier":"UPS"},"methodCode":"Standard","trackingNumber":"1Z999AA10123456784","trackingURL":"https://www.ups.com/track?tracknum=1Z999AA10123456784"}}]}}]}}}
