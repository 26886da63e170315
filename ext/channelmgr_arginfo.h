/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ded5abd8077961c8706b6096666475582762bc32 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_shipment_payload, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, shipment, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_cancellation_payload, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_inventory_payload, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, sku, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, quantity, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_order_status, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, walmartOrder, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_ValidationException_getField, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ChannelMgr_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_Client_shipOrder, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, shipment, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_Client_cancelOrder, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_Client_acknowledgeOrder, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, purchaseOrderId, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_ChannelMgr_Client_getOrder arginfo_class_ChannelMgr_Client_acknowledgeOrder

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_Client_fetchReleasedOrders, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_Client_updateInventory, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, sku, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, quantity, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, shipNode, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_Client_syncBatch, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, operations, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_FUNCTION(channelmgr_shipment_payload);
ZEND_FUNCTION(channelmgr_cancellation_payload);
ZEND_FUNCTION(channelmgr_inventory_payload);
ZEND_FUNCTION(channelmgr_order_status);
ZEND_METHOD(ChannelMgr_ValidationException, getField);
ZEND_METHOD(ChannelMgr_Client, __construct);
ZEND_METHOD(ChannelMgr_Client, shipOrder);
ZEND_METHOD(ChannelMgr_Client, cancelOrder);
ZEND_METHOD(ChannelMgr_Client, acknowledgeOrder);
ZEND_METHOD(ChannelMgr_Client, getOrder);
ZEND_METHOD(ChannelMgr_Client, fetchReleasedOrders);
ZEND_METHOD(ChannelMgr_Client, updateInventory);
ZEND_METHOD(ChannelMgr_Client, syncBatch);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(channelmgr_shipment_payload, arginfo_channelmgr_shipment_payload)
	ZEND_FE(channelmgr_cancellation_payload, arginfo_channelmgr_cancellation_payload)
	ZEND_FE(channelmgr_inventory_payload, arginfo_channelmgr_inventory_payload)
	ZEND_FE(channelmgr_order_status, arginfo_channelmgr_order_status)
	ZEND_FE_END
};


static const zend_function_entry class_ChannelMgr_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_ChannelMgr_ValidationException_methods[] = {
	ZEND_ME(ChannelMgr_ValidationException, getField, arginfo_class_ChannelMgr_ValidationException_getField, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ChannelMgr_Client_methods[] = {
	ZEND_ME(ChannelMgr_Client, __construct, arginfo_class_ChannelMgr_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, shipOrder, arginfo_class_ChannelMgr_Client_shipOrder, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, cancelOrder, arginfo_class_ChannelMgr_Client_cancelOrder, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, acknowledgeOrder, arginfo_class_ChannelMgr_Client_acknowledgeOrder, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, getOrder, arginfo_class_ChannelMgr_Client_getOrder, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, fetchReleasedOrders, arginfo_class_ChannelMgr_Client_fetchReleasedOrders, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, updateInventory, arginfo_class_ChannelMgr_Client_updateInventory, ZEND_ACC_PUBLIC)
	ZEND_ME(ChannelMgr_Client, syncBatch, arginfo_class_ChannelMgr_Client_syncBatch, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_ChannelMgr_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ChannelMgr", "Exception", class_ChannelMgr_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_ChannelMgr_ValidationException(zend_class_entry *class_entry_ChannelMgr_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ChannelMgr", "ValidationException", class_ChannelMgr_ValidationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_ChannelMgr_Exception);

	zval property_field_default_value;
	ZVAL_EMPTY_STRING(&property_field_default_value);
	zend_string *property_field_name = zend_string_init("field", sizeof("field") - 1, 1);
	zend_declare_typed_property(class_entry, property_field_name, &property_field_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_field_name);

	return class_entry;
}

static zend_class_entry *register_class_ChannelMgr_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "ChannelMgr", "Client", class_ChannelMgr_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
