/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: cb208e474e3bc9a676127798c4c47a28d32b828b */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_shipment_payload, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, shipment, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_cancellation_payload, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, reason, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_channelmgr_order_status, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, walmartOrder, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_ChannelMgr_ValidationException_getField, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(channelmgr_shipment_payload);
ZEND_FUNCTION(channelmgr_cancellation_payload);
ZEND_FUNCTION(channelmgr_order_status);
ZEND_METHOD(ChannelMgr_ValidationException, getField);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(channelmgr_shipment_payload, arginfo_channelmgr_shipment_payload)
	ZEND_FE(channelmgr_cancellation_payload, arginfo_channelmgr_cancellation_payload)
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
