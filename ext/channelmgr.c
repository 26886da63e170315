#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include <curl/curl.h>
#include <json-c/json_c_version.h>

#include "php_channelmgr.h"
#include "php_cm.h"
#include "php_cm_json.h"
#include "channelmgr_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(channelmgr)

zend_class_entry *php_cm_exception_ce;
zend_class_entry *php_cm_validation_exception_ce;

/* A timeout of 0 means "none" to libcurl; a hung Walmart call must never hang a worker. */
static ZEND_INI_MH(OnUpdatePositiveMs)
{
	zend_long v = zend_ini_parse_quantity_warn(new_value, entry->name);

	if (v <= 0) {
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("channelmgr.base_url", "https://marketplace.walmartapis.com", PHP_INI_ALL, OnUpdateString,
		base_url, zend_channelmgr_globals, channelmgr_globals)
	STD_PHP_INI_ENTRY("channelmgr.service_name", "Walmart Marketplace", PHP_INI_ALL, OnUpdateString,
		service_name, zend_channelmgr_globals, channelmgr_globals)
	STD_PHP_INI_ENTRY("channelmgr.channel_type", "", PHP_INI_ALL, OnUpdateString,
		channel_type, zend_channelmgr_globals, channelmgr_globals)
	STD_PHP_INI_ENTRY("channelmgr.timeout_ms", "15000", PHP_INI_ALL, OnUpdatePositiveMs,
		timeout_ms, zend_channelmgr_globals, channelmgr_globals)
	STD_PHP_INI_ENTRY("channelmgr.connect_timeout_ms", "3000", PHP_INI_ALL, OnUpdatePositiveMs,
		connect_timeout_ms, zend_channelmgr_globals, channelmgr_globals)
	STD_PHP_INI_ENTRY("channelmgr.max_retries", "3", PHP_INI_ALL, OnUpdateLongGEZero,
		max_retries, zend_channelmgr_globals, channelmgr_globals)
PHP_INI_END()

void php_cm_throw_validation(const cm_error *e)
{
	zend_object *ex = zend_throw_exception_ex(php_cm_validation_exception_ce, 0, "%s: %s", e->field, e->message);

	zend_update_property_string(php_cm_validation_exception_ce, ex, "field", sizeof("field") - 1, e->field);
}

PHP_METHOD(ChannelMgr_ValidationException, getField)
{
	zval rv, *field;

	ZEND_PARSE_PARAMETERS_NONE();
	field = zend_read_property(php_cm_validation_exception_ce, Z_OBJ_P(ZEND_THIS), "field", sizeof("field") - 1, 0, &rv);
	RETURN_COPY_DEREF(field);
}

/* The core writes with malloc; the engine gets its own copy. */
static void php_cm_return_buf(zval *return_value, cm_buf *buf)
{
	if (buf->oom) {
		cm_buf_free(buf);
		zend_throw_exception(php_cm_exception_ce, "out of memory while writing the payload", 0);
		return;
	}
	RETVAL_STRINGL(buf->data, buf->len);
	cm_buf_free(buf);
}

PHP_FUNCTION(channelmgr_shipment_payload)
{
	HashTable *ht;
	php_cm_shipment in;
	cm_buf buf = {0};
	cm_error e;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(ht)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_cm_shipment_from_array(&in, ht, &e) || !cm_shipment_payload(&in.s, &buf, &e)) {
		php_cm_shipment_free(&in);
		cm_buf_free(&buf);
		php_cm_throw_validation(&e);
		RETURN_THROWS();
	}
	php_cm_shipment_free(&in);
	php_cm_return_buf(return_value, &buf);
}

PHP_FUNCTION(channelmgr_cancellation_payload)
{
	HashTable *ht;
	zend_string *reason;
	php_cm_cancellation in;
	cm_buf buf = {0};
	cm_error e;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ARRAY_HT(ht)
		Z_PARAM_STR(reason)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_cm_cancellation_from_array(&in, ht, reason, &e) || !cm_cancellation_payload(&in.c, &buf, &e)) {
		php_cm_cancellation_free(&in);
		cm_buf_free(&buf);
		php_cm_throw_validation(&e);
		RETURN_THROWS();
	}
	php_cm_cancellation_free(&in);
	php_cm_return_buf(return_value, &buf);
}

PHP_FUNCTION(channelmgr_inventory_payload)
{
	zend_string *sku;
	zend_long quantity;
	cm_buf buf = {0};
	cm_error e;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(sku)
		Z_PARAM_LONG(quantity)
	ZEND_PARSE_PARAMETERS_END();

	if (!cm_inventory_payload((cm_str) {ZSTR_VAL(sku), ZSTR_LEN(sku)}, quantity, &buf, &e)) {
		cm_buf_free(&buf);
		php_cm_throw_validation(&e);
		RETURN_THROWS();
	}
	php_cm_return_buf(return_value, &buf);
}

PHP_FUNCTION(channelmgr_order_status)
{
	HashTable *ht;
	const char *status;
	cm_error e;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(ht)
	ZEND_PARSE_PARAMETERS_END();

	if (!(status = php_cm_order_status(ht, &e))) {
		php_cm_throw_validation(&e);
		RETURN_THROWS();
	}
	RETURN_STRING(status);
}

static PHP_GINIT_FUNCTION(channelmgr)
{
#if defined(COMPILE_DL_CHANNELMGR) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(channelmgr_globals, 0, sizeof(*channelmgr_globals));
}

PHP_MINIT_FUNCTION(channelmgr)
{
	REGISTER_INI_ENTRIES();
	php_cm_keys_init();
	php_cm_json_startup();
	php_cm_exception_ce = register_class_ChannelMgr_Exception(spl_ce_RuntimeException);
	php_cm_validation_exception_ce = register_class_ChannelMgr_ValidationException(php_cm_exception_ce);
	php_cm_client_register(register_class_ChannelMgr_Client());
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	return SUCCESS;
}

static PHP_GSHUTDOWN_FUNCTION(channelmgr)
{
	php_cm_globals_release(channelmgr_globals);
}

PHP_MSHUTDOWN_FUNCTION(channelmgr)
{
	/* handles go before the library they belong to; GSHUTDOWN would come after it */
	php_cm_globals_release(ZEND_MODULE_GLOBALS_BULK(channelmgr));
	curl_global_cleanup();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

PHP_RINIT_FUNCTION(channelmgr)
{
#if defined(ZTS) && defined(COMPILE_DL_CHANNELMGR)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	CM_G(busy) = false; /* a call cut short by a fatal error (a bailout) must not lock the worker out */
	return SUCCESS;
}

PHP_MINFO_FUNCTION(channelmgr)
{
	curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

	php_info_print_table_start();
	php_info_print_table_row(2, "channelmgr support", "enabled");
	php_info_print_table_row(2, "Version", PHP_CHANNELMGR_VERSION);
	php_info_print_table_row(2, "libcurl version", curl->version);
	php_info_print_table_row(2, "libcurl SSL", curl->ssl_version ? curl->ssl_version : "none");
	php_info_print_table_row(2, "json-c version", json_c_version());
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep channelmgr_deps[] = {
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry channelmgr_module_entry = {
	STANDARD_MODULE_HEADER_EX, NULL,
	channelmgr_deps,
	"channelmgr",
	ext_functions,
	PHP_MINIT(channelmgr),
	PHP_MSHUTDOWN(channelmgr),
	PHP_RINIT(channelmgr),
	NULL,
	PHP_MINFO(channelmgr),
	PHP_CHANNELMGR_VERSION,
	PHP_MODULE_GLOBALS(channelmgr),
	PHP_GINIT(channelmgr),
	PHP_GSHUTDOWN(channelmgr),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_CHANNELMGR
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(channelmgr)
#endif
