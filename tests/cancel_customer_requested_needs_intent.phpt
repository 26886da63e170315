--TEST--
cancel: CUSTOMER_REQUESTED_SELLER_TO_CANCEL (customer_requested) needs intent_to_cancel => true; without it, a ValidationException on reason says why
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
cancel_error(sample_order(), 'customer_requested');
cancel_error(sample_order(['intent_to_cancel' => false]), 'CUSTOMER_REQUESTED_SELLER_TO_CANCEL');
cancel_error(sample_order(['intent_to_cancel' => null]), 'customer_requested');
$json = channelmgr_cancellation_payload(sample_order(['intent_to_cancel' => true]), 'customer_requested');
echo json_decode($json, true)['orderCancellation']['orderLines']['orderLine'][0]['orderLineStatuses']['orderLineStatus'][0]['cancellationReason'], "\n";
// the seller's own reasons do not depend on it
echo strlen(channelmgr_cancellation_payload(sample_order(['intent_to_cancel' => false]), 'out_of_stock')) > 0 ? "out_of_stock: ok\n" : '';
?>
--EXPECT--
reason | reason: CUSTOMER_REQUESTED_SELLER_TO_CANCEL is only for orders the customer asked to cancel, which Walmart shows as intentToCancel on the order; give intent_to_cancel => true for such an order, or the seller's own reason
reason | reason: CUSTOMER_REQUESTED_SELLER_TO_CANCEL is only for orders the customer asked to cancel, which Walmart shows as intentToCancel on the order; give intent_to_cancel => true for such an order, or the seller's own reason
reason | reason: CUSTOMER_REQUESTED_SELLER_TO_CANCEL is only for orders the customer asked to cancel, which Walmart shows as intentToCancel on the order; give intent_to_cancel => true for such an order, or the seller's own reason
CUSTOMER_REQUESTED_SELLER_TO_CANCEL
out_of_stock: ok
