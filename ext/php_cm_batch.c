/* ChannelMgr\Client::syncBatch: many operations at once (cm_batch.c runs them),
 * each converted by the same functions as the single calls. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "php_channelmgr.h"
#include "php_cm.h"
#include "php_cm_client.h"
#include "cm_batch.h"

/* An operation's form in a batch: its "op" name, the other keys it takes, and how to convert it.
 * *prefix is what the error's field is relative to ("shipment." for a shipment's own fields). */
typedef bool (*php_cm_form_fn)(php_cm_op *o, HashTable *ht, bool verify_first, cm_error *e, const char **prefix);

static bool php_cm_form_ship(php_cm_op *o, HashTable *ht, bool verify_first, cm_error *e, const char **prefix)
{
	zval *v = zend_hash_str_find_deref(ht, "shipment", sizeof("shipment") - 1);

	if (!v || Z_TYPE_P(v) != IS_ARRAY) {
		return cm_fail(e, "shipment", "must be an array (the input of shipOrder)");
	}
	*prefix = "shipment.";
	return php_cm_op_ship(o, Z_ARRVAL_P(v), verify_first, e);
}

static bool php_cm_form_cancel(php_cm_op *o, HashTable *ht, bool verify_first, cm_error *e, const char **prefix)
{
	zval *order = zend_hash_str_find_deref(ht, "order", sizeof("order") - 1);
	zval *reason = zend_hash_str_find_deref(ht, "reason", sizeof("reason") - 1);

	if (!order || Z_TYPE_P(order) != IS_ARRAY) {
		return cm_fail(e, "order", "must be an array (the input of cancelOrder)");
	}
	if (!reason || Z_TYPE_P(reason) != IS_STRING) {
		return cm_fail(e, "reason", "must be a string");
	}
	if (php_cm_op_cancel(o, Z_ARRVAL_P(order), Z_STR_P(reason), verify_first, e)) {
		return true;
	}
	*prefix = strcmp(e->field, "reason") == 0 ? "" : "order.";
	return false;
}

static bool php_cm_form_acknowledge(php_cm_op *o, HashTable *ht, bool verify_first, cm_error *e, const char **prefix)
{
	zval *po = zend_hash_str_find_deref(ht, "purchase_order_id", sizeof("purchase_order_id") - 1);

	if (!po || Z_TYPE_P(po) != IS_STRING) {
		return cm_fail(e, "purchase_order_id", "must be a string");
	}
	return php_cm_op_order(o, CM_OP_ACKNOWLEDGE, Z_STR_P(po), e);
}

static bool php_cm_form_inventory(php_cm_op *o, HashTable *ht, bool verify_first, cm_error *e, const char **prefix)
{
	zval *sku = zend_hash_str_find_deref(ht, "sku", sizeof("sku") - 1);
	zval *quantity = zend_hash_str_find_deref(ht, "quantity", sizeof("quantity") - 1);
	zval *node = zend_hash_str_find_deref(ht, "ship_node", sizeof("ship_node") - 1);

	if (!sku || Z_TYPE_P(sku) != IS_STRING) {
		return cm_fail(e, "sku", "must be a string");
	}
	if (!quantity || Z_TYPE_P(quantity) != IS_LONG) {
		return cm_fail(e, "quantity", "must be an int");
	}
	if (node && Z_TYPE_P(node) != IS_STRING && Z_TYPE_P(node) != IS_NULL) {
		return cm_fail(e, "ship_node", "must be a string or null");
	}
	return php_cm_op_inventory(o, Z_STR_P(sku), Z_LVAL_P(quantity), node && Z_TYPE_P(node) == IS_STRING ? Z_STR_P(node) : NULL, e);
}

static const struct {
	const char *name;
	const char *const keys[4];  /* besides "op" */
	php_cm_form_fn convert;
} php_cm_forms[] = {
	{"ship", {"shipment", "verify_first", NULL}, php_cm_form_ship},
	{"cancel", {"order", "reason", "verify_first", NULL}, php_cm_form_cancel},
	{"acknowledge", {"purchase_order_id", NULL}, php_cm_form_acknowledge},
	{"inventory", {"sku", "quantity", "ship_node", NULL}, php_cm_form_inventory},
};

#define PHP_CM_FORM_COUNT (sizeof(php_cm_forms) / sizeof(php_cm_forms[0]))

/* The operation as the core runs it; false with e (its field relative to the operation, after *prefix) when it cannot run. */
static bool php_cm_batch_convert(php_cm_op *o, zval *zv, cm_error *e, const char **prefix)
{
	HashTable *ht;
	zval *kind, *verify;
	zend_string *key;
	size_t f;

	*prefix = "";
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		return cm_fail(e, NULL, "must be an array, got %s", zend_zval_type_name(zv));
	}
	ht = Z_ARRVAL_P(zv);
	kind = zend_hash_str_find_deref(ht, "op", 2);
	for (f = 0; kind && Z_TYPE_P(kind) == IS_STRING && f < PHP_CM_FORM_COUNT; f++) {
		if (zend_string_equals_cstr(Z_STR_P(kind), php_cm_forms[f].name, strlen(php_cm_forms[f].name))) {
			break;
		}
	}
	if (!kind || Z_TYPE_P(kind) != IS_STRING || f == PHP_CM_FORM_COUNT) {
		return cm_fail(e, "op", "must be one of ship, cancel, acknowledge, inventory");
	}
	ZEND_HASH_FOREACH_STR_KEY(ht, key) {
		const char *const *k = php_cm_forms[f].keys;
		while (*k && !(key && zend_string_equals_cstr(key, *k, strlen(*k)))) {
			k++;
		}
		if (!*k && !(key && zend_string_equals_literal(key, "op"))) {
			char name[CM_QUOTE_MAX];
			return cm_fail(e, key ? cm_excerpt(name, ZSTR_VAL(key), ZSTR_LEN(key)) : "0", "is not a known key of this operation");
		}
	} ZEND_HASH_FOREACH_END();
	verify = zend_hash_str_find_deref(ht, "verify_first", sizeof("verify_first") - 1);
	if (verify && Z_TYPE_P(verify) != IS_TRUE && Z_TYPE_P(verify) != IS_FALSE && Z_TYPE_P(verify) != IS_NULL) {
		return cm_fail(e, "verify_first", "must be a bool, got %s", zend_zval_type_name(verify));
	}
	return php_cm_forms[f].convert(o, ht, verify && Z_TYPE_P(verify) == IS_TRUE, e, prefix);
}

static bool php_cm_batch_options(HashTable *options, zend_long *concurrency, cm_error *e)
{
	zend_string *key;
	zval *zv;

	if (!options) {
		return true;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, zv) {
		ZVAL_DEREF(zv);
		if (!key || !zend_string_equals_literal(key, "concurrency")) {
			char name[CM_QUOTE_MAX];
			return cm_fail(e, key ? cm_excerpt(name, ZSTR_VAL(key), ZSTR_LEN(key)) : "0",
				"is not a known option; expected concurrency");
		}
		if (Z_TYPE_P(zv) == IS_LONG && Z_LVAL_P(zv) >= 1) {
			*concurrency = Z_LVAL_P(zv);
		} else if (Z_TYPE_P(zv) == IS_LONG) {
			return cm_fail(e, "concurrency", "must be a positive integer, got " ZEND_LONG_FMT, Z_LVAL_P(zv));
		} else {
			return cm_fail(e, "concurrency", "must be a positive integer, got %s", zend_zval_type_name(zv));
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

typedef struct {
	php_cm_op *ops;
	zval *results;
} php_cm_batch_ctx;

static void php_cm_batch_done(void *ctx, size_t index, cm_result *r)
{
	php_cm_batch_ctx *b = ctx;

	php_cm_result_to_array(r, &b->ops[index].op, &b->results[index]);
}

PHP_METHOD(ChannelMgr_Client, syncBatch)
{
	zval *operations, input, *zv;
	HashTable *options = NULL, *last_of_po;
	zend_string *key;
	zend_ulong index;
	zend_long concurrency = 8;
	size_t n, i = 0, valid = 0;
	php_cm_settings *s;
	php_cm_op *ops;
	const cm_operation **run;
	size_t *after;
	php_cm_batch_ctx ctx;
	cm_error e = {0};

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY(operations)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	if (!(s = php_cm_client_settings(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!php_cm_batch_options(options, &concurrency, &e)) {
		php_cm_throw_validation(&e);
		RETURN_THROWS();
	}

	php_cm_input_snapshot(s, operations, &input);
	n = zend_hash_num_elements(Z_ARRVAL(input));
	ops = ecalloc(n ? n : 1, sizeof(*ops));
	run = ecalloc(n ? n : 1, sizeof(*run));
	after = ecalloc(n ? n : 1, sizeof(*after));
	ctx = (php_cm_batch_ctx) {ops, ecalloc(n ? n : 1, sizeof(zval))};
	ALLOC_HASHTABLE(last_of_po);
	zend_hash_init(last_of_po, 8, NULL, NULL, 0);

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(input), zv) {
		const char *prefix;

		after[i] = CM_NO_INDEX;
		if (php_cm_batch_convert(&ops[i], zv, &e, &prefix)) {
			const cm_str po = ops[i].op.purchase_order_id;
			zval *prev, pos;

			run[i] = &ops[i].op;
			valid++;
			if (po.ptr) {
				/* operations on one purchase order run one after the other, in input order */
				if ((prev = zend_hash_str_find(last_of_po, po.ptr, po.len))) {
					after[i] = (size_t) Z_LVAL_P(prev);
				}
				ZVAL_LONG(&pos, (zend_long) i);
				zend_hash_str_update(last_of_po, po.ptr, po.len, &pos);
			}
		} else {
			char field[CM_FIELD_MAX];
			cm_result r;

			snprintf(field, sizeof(field), "%s%s", prefix, e.field);
			cm_result_invalid(&r, field, e.message);
			php_cm_result_to_array(&r, &ops[i].op, &ctx.results[i]);
		}
		i++;
	} ZEND_HASH_FOREACH_END();

	if (valid) {
		php_cm_call call;
		int slots = (int) MIN(MIN((zend_long) valid, concurrency), CM_BATCH_MAX_CONCURRENCY);
		cm_batch batch = {run, n, after, slots, php_cm_batch_done, &ctx};

		if (php_cm_call_begin(&call, s)) {
			if (php_cm_batch_handles(slots)) {
				cm_run_batch(&call.env, &call.cfg, CM_G(multi), CM_G(batch_handles), &batch);
			} else {
				zend_throw_exception(php_cm_exception_ce, "libcurl could not be initialised", 0);
			}
			php_cm_call_end(&call);
		}
	}

	if (!EG(exception)) {
		array_init_size(return_value, (uint32_t) n);
		i = 0;
		ZEND_HASH_FOREACH_KEY(Z_ARRVAL(input), index, key) {
			if (key) {
				zend_hash_update(Z_ARRVAL_P(return_value), key, &ctx.results[i]);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(return_value), index, &ctx.results[i]);
			}
			ZVAL_UNDEF(&ctx.results[i]);
			i++;
		} ZEND_HASH_FOREACH_END();
	}
	for (i = 0; i < n; i++) {
		zval_ptr_dtor(&ctx.results[i]);
		php_cm_op_free(&ops[i]);
	}
	zend_hash_destroy(last_of_po);
	FREE_HASHTABLE(last_of_po);
	efree(ctx.results);
	efree(after);
	efree(run);
	efree(ops);
	zval_ptr_dtor(&input);
}
