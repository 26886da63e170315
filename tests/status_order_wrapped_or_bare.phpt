--TEST--
status: accepts the {"order": ...} wrapper as GET /v3/orders/{id} returns it, or the order itself
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/status.inc';
status_of(walmart_order([[['Shipped', '1']]], true));
status_of(walmart_order([[['Shipped', '1']]], false));
// straight from a Walmart body, amounts as text and as numbers
$body = '{"order":{"purchaseOrderId":"1","orderLines":{"orderLine":[{"lineNumber":"1","orderLineStatuses":{"orderLineStatus":'
      . '[{"status":"Shipped","statusQuantity":{"unitOfMeasurement":"EACH","amount":"1"}},'
      . '{"status":"Created","statusQuantity":{"unitOfMeasurement":"EA","amount":1}}]}}]}}}';
status_of(json_decode($body, true));
?>
--EXPECT--
Shipped
Shipped
Partially Shipped
