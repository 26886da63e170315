--TEST--
cancel: Walmart's five reason codes match case-insensitively, and each has a short alias
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
foreach (['CUSTOMER_REQUESTED_SELLER_TO_CANCEL', 'seller_cancel_pricing_error', 'Seller_Cancel_Out_Of_Stock',
          'SELLER_CANCEL_FRAUD_STOP_SHIPMENT', 'SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE',
          'customer_requested', 'pricing_error', 'OUT_OF_STOCK', 'fraud', 'address_not_serviceable'] as $reason) {
    // intent_to_cancel: the customer asked, so every reason is allowed (customer_requested needs it)
    $json = channelmgr_cancellation_payload(sample_order(['intent_to_cancel' => true]), $reason);
    echo $reason, ' -> ', json_decode($json, true)['orderCancellation']['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'][0]['cancellationReason'], "\n";
}
?>
--EXPECT--
CUSTOMER_REQUESTED_SELLER_TO_CANCEL -> CUSTOMER_REQUESTED_SELLER_TO_CANCEL
seller_cancel_pricing_error -> SELLER_CANCEL_PRICING_ERROR
Seller_Cancel_Out_Of_Stock -> SELLER_CANCEL_OUT_OF_STOCK
SELLER_CANCEL_FRAUD_STOP_SHIPMENT -> SELLER_CANCEL_FRAUD_STOP_SHIPMENT
SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE -> SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE
customer_requested -> CUSTOMER_REQUESTED_SELLER_TO_CANCEL
pricing_error -> SELLER_CANCEL_PRICING_ERROR
OUT_OF_STOCK -> SELLER_CANCEL_OUT_OF_STOCK
fraud -> SELLER_CANCEL_FRAUD_STOP_SHIPMENT
address_not_serviceable -> SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE
