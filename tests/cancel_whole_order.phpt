--TEST--
cancel: a whole order is exactly Walmart's orderCancellation body, every line's open quantity with the reason
--EXTENSIONS--
channelmgr
--FILE--
<?php
echo channelmgr_cancellation_payload([
    'purchase_order_id' => '4576930294354',
    'lines' => [['line_number' => '1', 'ordered' => 2]],
], 'SELLER_CANCEL_OUT_OF_STOCK'), "\n";
echo channelmgr_cancellation_payload([
    'purchase_order_id' => '4576930294354',
    'lines' => [['line_number' => 1, 'ordered' => 1], ['line_number' => 2, 'ordered' => 3]],
    'intent_to_cancel' => true,
], 'customer_requested'), "\n";
?>
--EXPECT--
{"orderCancellation":{"orderLines":{"orderLine":[{"lineNumber":"1","orderLineStatuses":{"orderLineStatus":[{"status":"Cancelled","cancellationReason":"SELLER_CANCEL_OUT_OF_STOCK","statusQuantity":{"unitOfMeasurement":"EACH","amount":"2"}}]}}]}}}
{"orderCancellation":{"orderLines":{"orderLine":[{"lineNumber":"1","orderLineStatuses":{"orderLineStatus":[{"status":"Cancelled","cancellationReason":"CUSTOMER_REQUESTED_SELLER_TO_CANCEL","statusQuantity":{"unitOfMeasurement":"EACH","amount":"1"}}]}},{"lineNumber":"2","orderLineStatuses":{"orderLineStatus":[{"status":"Cancelled","cancellationReason":"CUSTOMER_REQUESTED_SELLER_TO_CANCEL","statusQuantity":{"unitOfMeasurement":"EACH","amount":"3"}}]}}]}}}
