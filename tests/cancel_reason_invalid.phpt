--TEST--
cancel: any other reason is refused, listing the accepted values
--EXTENSIONS--
channelmgr
--FILE--
<?php
require __DIR__ . '/inc/payload.inc';
cancel_error(sample_order(), 'The item is out of stock.');
cancel_error(sample_order(), '');
cancel_error(sample_order(), "fraud\n");
?>
--EXPECT--
reason | reason: must be one of CUSTOMER_REQUESTED_SELLER_TO_CANCEL, SELLER_CANCEL_PRICING_ERROR, SELLER_CANCEL_OUT_OF_STOCK, SELLER_CANCEL_FRAUD_STOP_SHIPMENT, SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE, customer_requested, pricing_error, out_of_stock, fraud, address_not_serviceable; got "The item is out of stock."
reason | reason: must be one of CUSTOMER_REQUESTED_SELLER_TO_CANCEL, SELLER_CANCEL_PRICING_ERROR, SELLER_CANCEL_OUT_OF_STOCK, SELLER_CANCEL_FRAUD_STOP_SHIPMENT, SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE, customer_requested, pricing_error, out_of_stock, fraud, address_not_serviceable; got ""
reason | reason: must be one of CUSTOMER_REQUESTED_SELLER_TO_CANCEL, SELLER_CANCEL_PRICING_ERROR, SELLER_CANCEL_OUT_OF_STOCK, SELLER_CANCEL_FRAUD_STOP_SHIPMENT, SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE, customer_requested, pricing_error, out_of_stock, fraud, address_not_serviceable; got "fraud?"
