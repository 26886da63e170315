/* ChannelMgr\Client: configuration, the persistent handles, the logger, the
 * single calls, and the core's results as PHP arrays. The work itself is
 * cm_run (cm_walmart.c); syncBatch is php_cm_batch.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
#include "ext/random/php_random.h"
#include "ext/standard/md5.h"

#include "php_channelmgr.h"
#include "php_cm.h"
#include "php_cm_client.h"
#include "php_cm_json.h"
#include "cm_text.h"
#include "cm_status.h"

zend_class_entry *php_cm_client_ce;
static zend_object_handlers php_cm_client_handlers;

typedef struct {
	php_cm_settings s;
	zend_object std;
} php_cm_client;

static inline php_cm_client *php_cm_client_from(zend_object *obj)
{
	return (php_cm_client *) ((char *) obj - XtOffsetOf(php_cm_client, std));
}

static zend_object *php_cm_client_create(zend_class_entry *ce)
{
	php_cm_client *client = zend_object_alloc(sizeof(php_cm_client), ce);

	zend_object_std_init(&client->std, ce);
	object_properties_init(&client->std, ce);
	client->std.handlers = &php_cm_client_handlers;
	ZVAL_UNDEF(&client->s.logger);
	return &client->std;
}

static void php_cm_settings_release(php_cm_settings *s)
{
	zend_string **strings[] = {&s->base_url, &s->client_id, &s->client_secret, &s->service_name, &s->channel_type, &s->token_key};
	size_t i;

	for (i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		if (*strings[i]) {
			zend_string_release(*strings[i]);
			*strings[i] = NULL;
		}
	}
	zval_ptr_dtor(&s->logger);
	ZVAL_UNDEF(&s->logger);
}

static void php_cm_client_free(zend_object *obj)
{
	php_cm_settings_release(&php_cm_client_from(obj)->s);
	zend_object_std_dtor(obj);
}

static HashTable *php_cm_client_get_gc(zend_object *obj, zval **table, int *n)
{
	php_cm_settings *s = &php_cm_client_from(obj)->s;

	*table = Z_ISUNDEF(s->logger) ? NULL : &s->logger;
	*n = Z_ISUNDEF(s->logger) ? 0 : 1;
	return zend_std_get_properties(obj);
}

/* var_dump() and print_r() show the settings, never the secret. */
static HashTable *php_cm_client_debug_info(zend_object *obj, int *is_temp)
{
	const php_cm_settings *s = &php_cm_client_from(obj)->s;
	HashTable *info = zend_new_array(8);
	zval v;

	*is_temp = 1;
	if (!s->base_url) {
		return info;
	}
	ZVAL_STR_COPY(&v, s->base_url);
	zend_hash_str_add(info, "base_url", sizeof("base_url") - 1, &v);
	ZVAL_STR_COPY(&v, s->client_id);
	zend_hash_str_add(info, "client_id", sizeof("client_id") - 1, &v);
	ZVAL_STR_COPY(&v, s->service_name);
	zend_hash_str_add(info, "service_name", sizeof("service_name") - 1, &v);
	if (s->channel_type) {
		ZVAL_STR_COPY(&v, s->channel_type);
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_str_add(info, "channel_type", sizeof("channel_type") - 1, &v);
	ZVAL_LONG(&v, s->timeout_ms);
	zend_hash_str_add(info, "timeout_ms", sizeof("timeout_ms") - 1, &v);
	ZVAL_LONG(&v, s->connect_timeout_ms);
	zend_hash_str_add(info, "connect_timeout_ms", sizeof("connect_timeout_ms") - 1, &v);
	ZVAL_LONG(&v, s->max_retries);
	zend_hash_str_add(info, "max_retries", sizeof("max_retries") - 1, &v);
	ZVAL_LONG(&v, s->max_retry_wait_ms);
	zend_hash_str_add(info, "max_retry_wait_ms", sizeof("max_retry_wait_ms") - 1, &v);
	ZVAL_BOOL(&v, !Z_ISUNDEF(s->logger));
	zend_hash_str_add(info, "logger", sizeof("logger") - 1, &v);
	return info;
}

/* The config keys, in the order they are checked. */
static const char *const php_cm_config_keys[] = {
	"client_id", "client_secret", "base_url", "service_name", "channel_type", "timeout_ms", "connect_timeout_ms",
	"max_retries", "max_retry_wait_ms", "logger", NULL
};

static zval *php_cm_config(HashTable *config, const char *key)
{
	zval *zv = zend_hash_str_find_deref(config, key, strlen(key));

	return zv && Z_TYPE_P(zv) != IS_NULL ? zv : NULL;
}

/* A text setting; the value is quoted in errors only when it is not secret. */
static bool php_cm_config_text(cm_error *e, HashTable *config, const char *key, const char *fallback,
	size_t max_chars, zend_string **out)
{
	zval *zv = php_cm_config(config, key);
	cm_str s;

	if (!zv && !fallback) {
		return cm_fail(e, key, "is required");
	}
	if (zv && Z_TYPE_P(zv) != IS_STRING) {
		return cm_fail(e, key, "must be a string, got %s", zend_zval_type_name(zv));
	}
	s.ptr = zv ? Z_STRVAL_P(zv) : fallback;
	s.len = zv ? Z_STRLEN_P(zv) : strlen(fallback);
	if (!cm_check_text(e, key, s, 1, max_chars)) {
		return false;
	}
	*out = zv ? zend_string_copy(Z_STR_P(zv)) : zend_string_init(s.ptr, s.len, 0);
	return true;
}

static bool php_cm_config_long(cm_error *e, HashTable *config, const char *key, zend_long fallback,
	zend_long min, zend_long max, zend_long *out)
{
	zval *zv = php_cm_config(config, key);

	if (zv && Z_TYPE_P(zv) != IS_LONG) {
		return cm_fail(e, key, "must be an int, got %s", zend_zval_type_name(zv));
	}
	*out = zv ? Z_LVAL_P(zv) : fallback;
	if (*out < min || *out > max) {
		return cm_fail(e, key, "must be between " ZEND_LONG_FMT " and " ZEND_LONG_FMT ", got " ZEND_LONG_FMT, min, max, *out);
	}
	return true;
}

/* https:// anywhere; http:// only to this machine (127.0.0.0/8, ::1, localhost), for the emulator. */
static bool php_cm_check_base_url(cm_error *e, zend_string *url)
{
	const char *p = ZSTR_VAL(url), *host, *end;
	size_t len = ZSTR_LEN(url), host_len;
	bool https = len > 8 && cm_str_ieq(p, 8, "https://");

	if (!https && !(len > 7 && cm_str_ieq(p, 7, "http://"))) {
		return cm_fail(e, "base_url", "must be an https:// URL");
	}
	host = p + (https ? 8 : 7);
	if (strpbrk(host, " ?#@\\")) {
		return cm_fail(e, "base_url", "must be a plain https://host[:port][/path] URL, without query, fragment or user info");
	}
	if (*host == '[') {
		end = strchr(host, ']');
		host_len = end ? (size_t) (end + 1 - host) : 0;
	} else {
		host_len = strcspn(host, ":/");
	}
	if (host_len == 0) {
		return cm_fail(e, "base_url", "must name a host");
	}
	if (!https && !((host_len >= 4 && strncmp(host, "127.", 4) == 0 && strspn(host, "0123456789.") == host_len)
			|| (host_len == 5 && strncmp(host, "[::1]", 5) == 0)
			|| (host_len == 9 && cm_str_ieq(host, 9, "localhost")))) {
		return cm_fail(e, "base_url", "must be an https:// URL (http:// is only allowed to 127.0.0.0/8, ::1 or localhost)");
	}
	return true;
}

static bool php_cm_config_logger(cm_error *e, HashTable *config, zval *out)
{
	zval *zv = php_cm_config(config, "logger");

	if (!zv) {
		return true;
	}
	if (!(Z_TYPE_P(zv) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(zv)->function_table, "log", 3))
			&& !zend_is_callable(zv, 0, NULL)) {
		return cm_fail(e, "logger", "must be a PSR-3 logger (an object with log($level, $message, $context)) or a callable, got %s",
			zend_zval_type_name(zv));
	}
	ZVAL_COPY(out, zv);
	return true;
}

/* WM_CONSUMER.CHANNEL.TYPE: the id Walmart issues to solution providers; optional ("" or absent: not sent). */
static bool php_cm_config_channel_type(cm_error *e, HashTable *config, zend_string **out)
{
	zval *zv = php_cm_config(config, "channel_type");
	const char *fallback = CM_G(channel_type);

	if (!zv && (!fallback || !*fallback)) {
		return true;
	}
	if (zv && Z_TYPE_P(zv) == IS_STRING && Z_STRLEN_P(zv) == 0) {
		return true;
	}
	if (!php_cm_config_text(e, config, "channel_type", fallback, 100, out)) {
		return false;
	}
	if (strspn(ZSTR_VAL(*out), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.") != ZSTR_LEN(*out)) {
		zend_string_release(*out);
		*out = NULL;
		return cm_fail(e, "channel_type", "must be the channel type id Walmart issued (letters, digits, '-', '_', '.')");
	}
	return true;
}

static zend_string *php_cm_token_key(const php_cm_settings *client)
{
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	char hex[65];

	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) ZSTR_VAL(client->client_secret), ZSTR_LEN(client->client_secret));
	PHP_SHA256Final(digest, &ctx);
	make_digest_ex(hex, digest, sizeof(digest));
	return zend_strpprintf(0, "%s\n%s\n%s", ZSTR_VAL(client->base_url), ZSTR_VAL(client->client_id), hex);
}

PHP_METHOD(ChannelMgr_Client, __construct)
{
	php_cm_client *client = php_cm_client_from(Z_OBJ_P(ZEND_THIS));
	php_cm_settings s = {0};
	HashTable *config;
	zend_string *key;
	zend_ulong index;
	cm_error e = {0};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	if (client->s.base_url) {
		zend_throw_error(NULL, "Cannot call ChannelMgr\\Client::__construct() twice");
		RETURN_THROWS();
	}
	ZVAL_UNDEF(&s.logger);
	ZEND_HASH_FOREACH_KEY(config, index, key) {
		const char *const *k = php_cm_config_keys;
		while (*k && !(key && zend_string_equals_cstr(key, *k, strlen(*k)))) {
			k++;
		}
		if (!*k) {
			char name[CM_QUOTE_MAX];
			if (key) {
				cm_excerpt(name, ZSTR_VAL(key), ZSTR_LEN(key));
			} else {
				snprintf(name, sizeof(name), ZEND_ULONG_FMT, index);
			}
			cm_fail(&e, name, "is not a known key; expected client_id, client_secret, base_url, service_name, channel_type, "
				"timeout_ms, connect_timeout_ms, max_retries, max_retry_wait_ms, logger");
			goto invalid;
		}
	} ZEND_HASH_FOREACH_END();

	if (!php_cm_config_text(&e, config, "client_id", NULL, 256, &s.client_id)
			|| !php_cm_config_text(&e, config, "client_secret", NULL, 1024, &s.client_secret)
			|| !php_cm_config_text(&e, config, "base_url", CM_G(base_url), 512, &s.base_url)
			|| !php_cm_check_base_url(&e, s.base_url)
			|| !php_cm_config_text(&e, config, "service_name", CM_G(service_name), 100, &s.service_name)
			|| !php_cm_config_channel_type(&e, config, &s.channel_type)
			|| !php_cm_config_long(&e, config, "timeout_ms", CM_G(timeout_ms), 1, 600000, &s.timeout_ms)
			|| !php_cm_config_long(&e, config, "connect_timeout_ms", CM_G(connect_timeout_ms), 1, 600000, &s.connect_timeout_ms)
			|| !php_cm_config_long(&e, config, "max_retries", CM_G(max_retries), 0, 10, &s.max_retries)
			|| !php_cm_config_long(&e, config, "max_retry_wait_ms", 30000, 0, 600000, &s.max_retry_wait_ms)
			|| !php_cm_config_logger(&e, config, &s.logger)) {
		goto invalid;
	}
	if (ZSTR_VAL(s.base_url)[ZSTR_LEN(s.base_url) - 1] == '/') {
		zend_string *trimmed = zend_string_init(ZSTR_VAL(s.base_url), ZSTR_LEN(s.base_url) - 1, 0);
		zend_string_release(s.base_url);
		s.base_url = trimmed;
	}
	s.token_key = php_cm_token_key(&s);
	client->s = s;
	return;

invalid:
	php_cm_settings_release(&s);
	php_cm_throw_validation(&e);
	RETURN_THROWS();
}

/* The logger bridge: PSR-3 log($level, $message, $context), or a callable with the same parameters. */
static void php_cm_log(void *ctx, cm_log_level level, const char *message, const cm_log_entry *entry)
{
	static const char *const levels[] = {"debug", "warning", "error"};
	php_cm_log_ctx *c = &((php_cm_call *) ctx)->log;
	zval args[3], retval, *context = &args[2];

	if (c->failed || EG(exception)) {
		return;
	}
	ZVAL_STRING(&args[0], levels[level]);
	ZVAL_STRING(&args[1], message);
	array_init(context);
	add_assoc_string(context, "operation", (char *) entry->operation);
	add_assoc_string(context, "method", (char *) entry->method);
	add_assoc_string(context, "path", (char *) entry->path);
	add_assoc_long(context, "status", entry->status);
	if (level == CM_LOG_DEBUG) {
		add_assoc_double(context, "duration_ms", entry->duration_ms);
	}
	add_assoc_long(context, "attempt", entry->attempt);
	add_assoc_string(context, "correlation_id", (char *) entry->correlation_id);
	if (entry->wait_ms >= 0) {
		add_assoc_long(context, "wait_ms", (zend_long) entry->wait_ms);
	}
	if (entry->code) {
		add_assoc_string(context, "code", (char *) entry->code);
	}
	ZVAL_UNDEF(&retval);
	if (Z_TYPE_P(c->logger) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(c->logger)->function_table, "log", 3)) {
		zend_function *fn = zend_hash_str_find_ptr(&Z_OBJCE_P(c->logger)->function_table, "log", 3);
		zend_call_known_instance_method(fn, Z_OBJ_P(c->logger), &retval, 3, args);
	} else {
		call_user_function(NULL, NULL, c->logger, &retval, 3, args);
	}
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	if (EG(exception) && zend_is_unwind_exit(EG(exception))) {
		c->failed = true; /* exit() in the logger: it must end the script, not be swallowed */
	} else if (EG(exception)) {
		/* A failing logger must not cost the merchant the result. Not a PHP warning either:
		 * Magento's error handler would turn it into an exception and lose the result all the same. */
		zend_object *ex = EG(exception);
		zval rv, *msg;
		char line[512];

		GC_ADDREF(ex);
		zend_clear_exception();
		msg = zend_read_property_ex(ex->ce, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
		snprintf(line, sizeof(line), "channelmgr: the logger threw %s (%s); the rest of this call is not logged",
			ZSTR_VAL(ex->ce->name), Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "");
		php_log_err(line);
		OBJ_RELEASE(ex);
		c->failed = true;
	}
}

/* Walmart's answers decoded as json_decode($body, true) gives them (php_cm_json.c): the decoded order is
 * the result's order, shared, not copied; the core reads it through php_cm_doc(). */
static void *php_cm_decode(void *ctx, const char *s, size_t n, char *why, size_t why_size)
{
	zval *doc = emalloc(sizeof(zval));

	if (php_cm_json_decode(doc, s, n, why, why_size)) {
		if (Z_TYPE_P(doc) != IS_NULL) {
			return doc;
		}
		snprintf(why, why_size, "the answer is JSON null");
	}
	efree(doc); /* a failed decode leaves nothing in it */
	return NULL;
}

static cm_doc php_cm_decoded_root(const void *doc)
{
	return php_cm_doc(doc);
}

static void php_cm_decoded_release(void *doc)
{
	if (doc) {
		zval_ptr_dtor(doc);
		efree(doc);
	}
}

static const cm_decoder php_cm_decoder = {php_cm_decode, php_cm_decoded_root, php_cm_decoded_release, NULL};

/* A decoded value handed to the result (node NULL: null): moved out of the answer, which is released
 * next and not read again. Not copied: releasing the answer would then drop a reference to a live array,
 * and the engine records every such array as a possible cycle root for its collector to scan. */
static void php_cm_doc_take(cm_doc d, zval *out)
{
	if (d.node) {
		ZVAL_COPY_VALUE(out, (zval *) d.node);
		ZVAL_NULL((zval *) d.node);
	} else {
		ZVAL_NULL(out);
	}
}

/* out[key] = *v, out a new array without that key: the interned key, no lookup. */
static zend_always_inline void php_cm_put(zval *out, php_cm_key key, zval *v)
{
	zend_hash_add_new(Z_ARRVAL_P(out), php_cm_keys[key], v);
}

static zend_always_inline void php_cm_put_bool(zval *out, php_cm_key key, bool b)
{
	zval v;

	ZVAL_BOOL(&v, b);
	php_cm_put(out, key, &v);
}

static zend_always_inline void php_cm_put_long(zval *out, php_cm_key key, zend_long l)
{
	zval v;

	ZVAL_LONG(&v, l);
	php_cm_put(out, key, &v);
}

/* A string: a word Walmart's answers use (an interned one) when it is one; NULL: null. */
static void php_cm_put_string(zval *out, php_cm_key key, const char *s, size_t len)
{
	zval v;

	if (s) {
		ZVAL_STR(&v, php_cm_json_string_of(s, len));
	} else {
		ZVAL_NULL(&v);
	}
	php_cm_put(out, key, &v);
}

void php_cm_result_to_array(const cm_result *r, const cm_operation *op, zval *out)
{
	zval errors, v;
	size_t i;
	bool intent_to_cancel;

	array_init_size(out, 16);
	php_cm_put_bool(out, PHP_CM_KEY_OK, r->ok);
	php_cm_put_bool(out, PHP_CM_KEY_RETRYABLE, r->retryable);
	php_cm_put_long(out, PHP_CM_KEY_HTTP_STATUS, r->http_status);
	php_cm_put_long(out, PHP_CM_KEY_ATTEMPTS, r->attempts);
	array_init_size(&errors, (uint32_t) r->nerrors);
	for (i = 0; i < r->nerrors; i++) {
		zval err;
		array_init_size(&err, 3);
		php_cm_put_string(&err, PHP_CM_KEY_CODE, r->errors[i].code, strlen(r->errors[i].code));
		php_cm_put_string(&err, PHP_CM_KEY_FIELD, r->errors[i].field, strlen(r->errors[i].field));
		php_cm_put_string(&err, PHP_CM_KEY_DESCRIPTION, r->errors[i].description, strlen(r->errors[i].description));
		zend_hash_next_index_insert_new(Z_ARRVAL(errors), &err);
	}
	php_cm_put(out, PHP_CM_KEY_ERRORS, &errors);
	intent_to_cancel = r->order.node && cm_answer_intent_to_cancel(r->order);
	php_cm_doc_take(r->order, &v);
	php_cm_put(out, PHP_CM_KEY_ORDER, &v);
	php_cm_put_string(out, PHP_CM_KEY_ORDER_STATUS, r->order_status, r->order_status ? strlen(r->order_status) : 0);
	php_cm_put_bool(out, PHP_CM_KEY_INTENT_TO_CANCEL, intent_to_cancel);
	php_cm_put_string(out, PHP_CM_KEY_STATUS_DETAILS, r->status_details, strlen(r->status_details));
	php_cm_put_bool(out, PHP_CM_KEY_RECONCILED, r->reconciled);
	php_cm_put_bool(out, PHP_CM_KEY_UNCONFIRMED, r->unconfirmed);
	php_cm_put_string(out, PHP_CM_KEY_CORRELATION_ID, r->correlation_id, strlen(r->correlation_id));
	if (op->kind == CM_OP_RELEASED) {
		if (r->orders.node) {
			php_cm_doc_take(r->orders, &v);
		} else {
			array_init(&v);
		}
		php_cm_put(out, PHP_CM_KEY_ORDERS, &v);
		php_cm_put_string(out, PHP_CM_KEY_NEXT_CURSOR, r->next_cursor.ptr, r->next_cursor.len);
	} else if (op->kind == CM_OP_INVENTORY) {
		php_cm_put_string(out, PHP_CM_KEY_SKU, op->sku.ptr, op->sku.len);
		php_cm_put_long(out, PHP_CM_KEY_QUANTITY, (zend_long) op->quantity);
		php_cm_put_string(out, PHP_CM_KEY_SHIP_NODE, op->ship_node.ptr, op->ship_node.len);
	}
}

/* The process's libcurl handles, created on first use: after FPM forked, before any request. */
static bool php_cm_handles(void)
{
	if (!CM_G(share)) {
		CM_G(share) = curl_share_init();
		if (CM_G(share)) {
			curl_share_setopt(CM_G(share), CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
			curl_share_setopt(CM_G(share), CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
			curl_share_setopt(CM_G(share), CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
		}
	}
	if (!CM_G(curl)) {
		CM_G(curl) = cm_http_prepare(curl_easy_init(), CM_G(share));
	}
	if (!CM_G(rng)) {
		php_random_bytes_silent(&CM_G(rng), sizeof(CM_G(rng)));
	}
	return CM_G(curl) && CM_G(share);
}

bool php_cm_batch_handles(int n)
{
	int i;

	if (!CM_G(multi) && !(CM_G(multi) = curl_multi_init())) {
		return false;
	}
	/* a batch cut short by a bailout (a fatal error, a timeout) leaves handles attached */
	for (i = 0; i < CM_G(batch_handle_count); i++) {
		curl_multi_remove_handle(CM_G(multi), CM_G(batch_handles)[i]);
	}
	if (CM_G(batch_handle_count) < n) {
		CURL **grown = realloc(CM_G(batch_handles), (size_t) n * sizeof(CURL *));
		if (!grown) {
			return false;
		}
		CM_G(batch_handles) = grown;
		while (CM_G(batch_handle_count) < n) {
			if (!(grown[CM_G(batch_handle_count)] = cm_http_prepare(curl_easy_init(), CM_G(share)))) {
				return false;
			}
			CM_G(batch_handle_count)++;
		}
	}
	return true;
}

bool php_cm_call_begin(php_cm_call *call, php_cm_settings *s)
{
	if (CM_G(busy)) {
		zend_throw_exception(php_cm_exception_ce,
			"ChannelMgr\\Client cannot be called while another of its calls is running (from a logger, say)", 0);
		return false;
	}
	if (!php_cm_handles()) {
		zend_throw_exception(php_cm_exception_ce, "libcurl could not be initialised", 0);
		return false;
	}
	snprintf(call->user_agent, sizeof(call->user_agent), "channelmgr/%s", PHP_CHANNELMGR_VERSION);
	call->cfg = (cm_client_config) {
		ZSTR_VAL(s->base_url), ZSTR_VAL(s->client_id), ZSTR_VAL(s->client_secret), ZSTR_VAL(s->token_key),
		ZSTR_VAL(s->service_name), s->channel_type ? ZSTR_VAL(s->channel_type) : NULL, call->user_agent,
		(long) s->timeout_ms, (long) s->connect_timeout_ms, (int) s->max_retries, s->max_retry_wait_ms
	};
	call->log = (php_cm_log_ctx) {&s->logger, false};
	call->env = (cm_env) {.curl = CM_G(curl), .tokens = &CM_G(tokens), .rng = &CM_G(rng),
		.log = Z_ISUNDEF(s->logger) ? NULL : php_cm_log, .log_ctx = call, .decoder = &php_cm_decoder};
	CM_G(busy) = true;
	return true;
}

void php_cm_call_end(php_cm_call *call)
{
	CM_G(busy) = false;
}

/* A copy of v no user code can change: arrays copied with references resolved, the rest shared (immutable). */
static void php_cm_own(zval *v, zval *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_ARRAY) {
		HashTable *copy = zend_new_array(zend_hash_num_elements(Z_ARRVAL_P(v)));
		zend_string *key;
		zend_ulong index;
		zval *item, owned;

		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), index, key, item) {
			php_cm_own(item, &owned);
			if (key) {
				zend_hash_add_new(copy, key, &owned);
			} else {
				zend_hash_index_add_new(copy, index, &owned);
			}
		} ZEND_HASH_FOREACH_END();
		ZVAL_ARR(out, copy);
	} else {
		ZVAL_COPY(out, v);
	}
}

void php_cm_input_snapshot(const php_cm_settings *s, zval *input, zval *out)
{
	if (Z_ISUNDEF(s->logger)) {
		ZVAL_COPY(out, input); /* no user code runs during the call */
	} else {
		php_cm_own(input, out);
	}
}

php_cm_settings *php_cm_client_settings(zval *this_zv)
{
	php_cm_settings *s = &php_cm_client_from(Z_OBJ_P(this_zv))->s;

	if (!s->base_url) {
		zend_throw_error(NULL, "ChannelMgr\\Client is not configured");
		return NULL;
	}
	return s;
}

/* Runs one operation and returns its result array. */
static void php_cm_client_run(php_cm_settings *s, const cm_operation *op, zval *return_value)
{
	php_cm_call call;
	cm_result r;

	if (!php_cm_call_begin(&call, s)) {
		return;
	}
	cm_run(&call.env, &call.cfg, op, &r);
	php_cm_call_end(&call);
	php_cm_result_to_array(&r, op, return_value);
	cm_result_free(&r);
}

bool php_cm_op_ship(php_cm_op *o, HashTable *shipment, bool verify_first, cm_error *e)
{
	if (!php_cm_shipment_from_array(&o->ship, shipment, e) || !cm_shipment_validate(&o->ship.s, e)) {
		return false;
	}
	o->op = (cm_operation) {.kind = CM_OP_SHIP, .purchase_order_id = o->ship.s.purchase_order_id, .shipment = &o->ship.s,
		.verify_first = verify_first};
	return true;
}

bool php_cm_op_cancel(php_cm_op *o, HashTable *order, zend_string *reason, bool verify_first, cm_error *e)
{
	o->reason = zend_string_copy(reason);
	if (!php_cm_cancellation_from_array(&o->cancel, order, o->reason, e) || !cm_cancellation_validate(&o->cancel.c, e)) {
		return false;
	}
	o->op = (cm_operation) {.kind = CM_OP_CANCEL, .purchase_order_id = o->cancel.c.purchase_order_id,
		.cancellation = &o->cancel.c, .verify_first = verify_first};
	return true;
}

bool php_cm_op_order(php_cm_op *o, cm_op_kind kind, zend_string *purchase_order_id, cm_error *e)
{
	o->op = (cm_operation) {.kind = kind, .purchase_order_id = {ZSTR_VAL(purchase_order_id), ZSTR_LEN(purchase_order_id)}};
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	return cm_check_purchase_order_id(e, "purchase_order_id", o->op.purchase_order_id);
}

bool php_cm_op_inventory(php_cm_op *o, zend_string *sku, zend_long quantity, zend_string *ship_node, cm_error *e)
{
	cm_buf body = {0};
	bool ok;

	o->op = (cm_operation) {.kind = CM_OP_INVENTORY, .sku = {ZSTR_VAL(sku), ZSTR_LEN(sku)}, .quantity = quantity};
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (ship_node) {
		o->op.ship_node = (cm_str) {ZSTR_VAL(ship_node), ZSTR_LEN(ship_node)};
		if (!cm_check_text(e, "ship_node", o->op.ship_node, 1, 64)) {
			return false;
		}
	}
	/* validated here, so bad input throws before anything is sent */
	ok = cm_inventory_payload(o->op.sku, o->op.quantity, &body, e);
	cm_buf_free(&body);
	return ok;
}

void php_cm_op_free(php_cm_op *o)
{
	php_cm_shipment_free(&o->ship);
	php_cm_cancellation_free(&o->cancel);
	if (o->reason) {
		zend_string_release(o->reason);
		o->reason = NULL;
	}
}

/* The options of shipOrder and cancelOrder: ['verify_first' => bool]. */
static bool php_cm_call_options(HashTable *options, bool *verify_first, cm_error *e)
{
	zend_string *key;
	zval *zv;

	*verify_first = false;
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (!options) {
		return true;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, zv) {
		ZVAL_DEREF(zv);
		if (!key || !zend_string_equals_literal(key, "verify_first")) {
			char name[CM_QUOTE_MAX];
			return cm_fail(e, key ? cm_excerpt(name, ZSTR_VAL(key), ZSTR_LEN(key)) : "0",
				"is not a known option; expected verify_first");
		}
		if (Z_TYPE_P(zv) != IS_TRUE && Z_TYPE_P(zv) != IS_FALSE && Z_TYPE_P(zv) != IS_NULL) {
			return cm_fail(e, "verify_first", "must be a bool, got %s", zend_zval_type_name(zv));
		}
		*verify_first = Z_TYPE_P(zv) == IS_TRUE;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Runs o (converted by the caller, ok when it converted) or throws its validation error; frees it either way. */
static void php_cm_client_finish(php_cm_settings *s, php_cm_op *o, bool ok, const cm_error *e, zval *return_value)
{
	if (ok) {
		php_cm_client_run(s, &o->op, return_value);
	} else {
		php_cm_throw_validation(e);
	}
	php_cm_op_free(o);
}

PHP_METHOD(ChannelMgr_Client, shipOrder)
{
	zval *shipment, input;
	HashTable *options = NULL;
	php_cm_settings *s;
	php_cm_op o = {0};
	cm_error e;
	bool verify_first, ok;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY(shipment)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = php_cm_client_settings(ZEND_THIS))) {
		RETURN_THROWS();
	}
	php_cm_input_snapshot(s, shipment, &input);
	ok = php_cm_call_options(options, &verify_first, &e) && php_cm_op_ship(&o, Z_ARRVAL(input), verify_first, &e);
	php_cm_client_finish(s, &o, ok, &e, return_value);
	zval_ptr_dtor(&input);
}

PHP_METHOD(ChannelMgr_Client, cancelOrder)
{
	zval *order, input;
	zend_string *reason;
	HashTable *options = NULL;
	php_cm_settings *s;
	php_cm_op o = {0};
	cm_error e;
	bool verify_first, ok;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_ARRAY(order)
		Z_PARAM_STR(reason)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = php_cm_client_settings(ZEND_THIS))) {
		RETURN_THROWS();
	}
	php_cm_input_snapshot(s, order, &input);
	ok = php_cm_call_options(options, &verify_first, &e) && php_cm_op_cancel(&o, Z_ARRVAL(input), reason, verify_first, &e);
	php_cm_client_finish(s, &o, ok, &e, return_value);
	zval_ptr_dtor(&input);
}

static void php_cm_order_call(INTERNAL_FUNCTION_PARAMETERS, cm_op_kind kind)
{
	zend_string *po;
	php_cm_settings *s;
	php_cm_op o = {0};
	cm_error e;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(po)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = php_cm_client_settings(ZEND_THIS))) {
		RETURN_THROWS();
	}
	ok = php_cm_op_order(&o, kind, po, &e);
	php_cm_client_finish(s, &o, ok, &e, return_value);
}

PHP_METHOD(ChannelMgr_Client, acknowledgeOrder)
{
	php_cm_order_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CM_OP_ACKNOWLEDGE);
}

PHP_METHOD(ChannelMgr_Client, getOrder)
{
	php_cm_order_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CM_OP_GET_ORDER);
}

PHP_METHOD(ChannelMgr_Client, fetchReleasedOrders)
{
	HashTable *query = NULL;
	zval *zv;
	zend_string *key;
	cm_str date = {0}, cursor = {0};
	zend_long limit = 100;
	php_cm_settings *s;
	cm_buf q = {0};
	cm_error e = {0};
	cm_operation op = {0};

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(query)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = php_cm_client_settings(ZEND_THIS))) {
		RETURN_THROWS();
	}

	if (query) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(query, key, zv) {
			ZVAL_DEREF(zv);
			if (!key || !(zend_string_equals_literal(key, "created_start_date") || zend_string_equals_literal(key, "limit")
					|| zend_string_equals_literal(key, "cursor"))) {
				char name[CM_QUOTE_MAX];
				cm_fail(&e, key ? cm_excerpt(name, ZSTR_VAL(key), ZSTR_LEN(key)) : "0",
					"is not a known key; expected created_start_date, limit, cursor");
				goto invalid;
			}
			if (Z_TYPE_P(zv) == IS_NULL) {
				continue;
			}
			if (zend_string_equals_literal(key, "limit")) {
				if (Z_TYPE_P(zv) != IS_LONG) {
					cm_fail(&e, "limit", "must be an int, got %s", zend_zval_type_name(zv));
					goto invalid;
				}
				limit = Z_LVAL_P(zv);
			} else if (Z_TYPE_P(zv) != IS_STRING) {
				cm_fail(&e, ZSTR_VAL(key), "must be a string, got %s", zend_zval_type_name(zv));
				goto invalid;
			} else if (zend_string_equals_literal(key, "cursor")) {
				cursor = (cm_str) {Z_STRVAL_P(zv), Z_STRLEN_P(zv)};
			} else {
				date = (cm_str) {Z_STRVAL_P(zv), Z_STRLEN_P(zv)};
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (!cm_released_query(&q, date, limit, cursor, &e) || q.oom) {
		goto invalid;
	}
	op.kind = CM_OP_RELEASED;
	op.query = q.data;
	php_cm_client_run(s, &op, return_value); /* the query is ours: a logger cannot change it */
	cm_buf_free(&q);
	return;

invalid:
	cm_buf_free(&q);
	php_cm_throw_validation(&e);
	RETURN_THROWS();
}

PHP_METHOD(ChannelMgr_Client, updateInventory)
{
	zend_string *sku, *ship_node = NULL;
	zend_long quantity;
	php_cm_settings *s;
	php_cm_op o = {0};
	cm_error e;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(sku)
		Z_PARAM_LONG(quantity)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(ship_node)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = php_cm_client_settings(ZEND_THIS))) {
		RETURN_THROWS();
	}
	ok = php_cm_op_inventory(&o, sku, quantity, ship_node, &e);
	php_cm_client_finish(s, &o, ok, &e, return_value);
}

void php_cm_client_register(zend_class_entry *ce)
{
	php_cm_client_ce = ce;
	php_cm_client_ce->create_object = php_cm_client_create;
	memcpy(&php_cm_client_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	php_cm_client_handlers.offset = XtOffsetOf(php_cm_client, std);
	php_cm_client_handlers.free_obj = php_cm_client_free;
	php_cm_client_handlers.get_gc = php_cm_client_get_gc;
	php_cm_client_handlers.get_debug_info = php_cm_client_debug_info;
	php_cm_client_handlers.clone_obj = NULL;
}

void php_cm_globals_release(zend_channelmgr_globals *g)
{
	int i;

	for (i = 0; i < g->batch_handle_count; i++) {
		curl_easy_cleanup(g->batch_handles[i]);
	}
	free(g->batch_handles);
	g->batch_handles = NULL;
	g->batch_handle_count = 0;
	if (g->multi) {
		curl_multi_cleanup(g->multi);
		g->multi = NULL;
	}
	if (g->curl) {
		curl_easy_cleanup(g->curl);
		g->curl = NULL;
	}
	if (g->share) {
		curl_share_cleanup(g->share);
		g->share = NULL;
	}
	cm_token_cache_free(&g->tokens);
}
