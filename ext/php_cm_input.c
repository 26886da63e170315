/* PHP arrays in, core structs out. Types and the shape of the arrays are
 * checked here, where they are visible; values are checked by the core. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"

#include <math.h>
#include <time.h>

#include "php_cm.h"
#include "cm_status.h"
#include "cm_text.h"
#include "cm_time.h"

static const char *const php_cm_shipment_keys[] = {
	"purchase_order_id", "seller_order_id", "ship_date", "method", "tracking", "lines", "intent_to_cancel_override", NULL
};
static const char *const php_cm_tracking_keys[] = {"carrier", "number", "url", NULL};
static const char *const php_cm_ship_line_keys[] = {"line_number", "quantity", "tracking", NULL};
static const char *const php_cm_cancel_order_keys[] = {"purchase_order_id", "lines", NULL};
static const char *const php_cm_cancel_line_keys[] = {"line_number", "ordered", "shipped", "cancelled", NULL};

static const char *php_cm_field(char *buf, const char *prefix, const char *key)
{
	snprintf(buf, CM_FIELD_MAX, "%s%s", prefix, key);
	return buf;
}

/* The value under key, or NULL when it is missing or null: null means "not given". */
static zval *php_cm_find(HashTable *ht, const char *key)
{
	zval *zv = zend_hash_str_find_deref(ht, key, strlen(key));

	return zv && Z_TYPE_P(zv) != IS_NULL ? zv : NULL;
}

static bool php_cm_missing(cm_error *e, const char *prefix, const char *key)
{
	char field[CM_FIELD_MAX];

	return cm_fail(e, php_cm_field(field, prefix, key), "is required");
}

static bool php_cm_wrong_type(cm_error *e, const char *field, const char *expected, zval *zv)
{
	return cm_fail(e, field, "must be %s, got %s", expected, zend_zval_type_name(zv));
}

/* Unknown keys are refused: a misspelt optional key would otherwise be silently ignored. */
static bool php_cm_only_keys(cm_error *e, HashTable *ht, const char *prefix, const char *const *keys)
{
	zend_string *key;
	zend_ulong index;

	ZEND_HASH_FOREACH_KEY(ht, index, key) {
		const char *const *k;
		char field[CM_FIELD_MAX];
		smart_str list = {0};

		if (key) {
			for (k = keys; *k; k++) {
				if (zend_string_equals_cstr(key, *k, strlen(*k))) {
					break;
				}
			}
			if (*k) {
				continue;
			}
			snprintf(field, sizeof(field), "%s%.*s", prefix, (int) MIN(ZSTR_LEN(key), 64), ZSTR_VAL(key));
		} else {
			snprintf(field, sizeof(field), "%s" ZEND_ULONG_FMT, prefix, index);
		}
		for (k = keys; *k; k++) {
			if (k != keys) {
				smart_str_appends(&list, ", ");
			}
			smart_str_appends(&list, *k);
		}
		smart_str_0(&list);
		cm_fail(e, field, "is not a known key; expected %s", ZSTR_VAL(list.s));
		smart_str_free(&list);
		return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool php_cm_get_string(cm_error *e, HashTable *ht, const char *prefix, const char *key, bool required, cm_str *out)
{
	char field[CM_FIELD_MAX];
	zval *zv = php_cm_find(ht, key);

	out->ptr = NULL;
	out->len = 0;
	if (!zv) {
		return !required || php_cm_missing(e, prefix, key);
	}
	if (Z_TYPE_P(zv) != IS_STRING) {
		return php_cm_wrong_type(e, php_cm_field(field, prefix, key), "a string", zv);
	}
	out->ptr = Z_STRVAL_P(zv);
	out->len = Z_STRLEN_P(zv);
	return true;
}

/* Magento keeps quantities as decimals, so 2.0 is taken as 2; 2.5 is refused. */
static bool php_cm_to_int(cm_error *e, const char *field, zval *zv, int64_t *out)
{
	if (Z_TYPE_P(zv) == IS_LONG) {
		*out = Z_LVAL_P(zv);
		return true;
	}
	if (Z_TYPE_P(zv) == IS_DOUBLE) {
		double d = Z_DVAL_P(zv);
		if (zend_finite(d) && d == floor(d) && fabs(d) < 1e15) {
			*out = (int64_t) d;
			return true;
		}
		return cm_fail(e, field, "must be a whole number, got %.15g", d);
	}
	return php_cm_wrong_type(e, field, "an int", zv);
}

static bool php_cm_get_int(cm_error *e, HashTable *ht, const char *prefix, const char *key, bool required, int64_t *out)
{
	char field[CM_FIELD_MAX];
	zval *zv = php_cm_find(ht, key);

	if (!zv) {
		return !required || php_cm_missing(e, prefix, key);
	}
	return php_cm_to_int(e, php_cm_field(field, prefix, key), zv, out);
}

static bool php_cm_get_bool(cm_error *e, HashTable *ht, const char *prefix, const char *key, bool *out)
{
	char field[CM_FIELD_MAX];
	zval *zv = php_cm_find(ht, key);

	if (!zv) {
		return true;
	}
	if (Z_TYPE_P(zv) != IS_TRUE && Z_TYPE_P(zv) != IS_FALSE) {
		return php_cm_wrong_type(e, php_cm_field(field, prefix, key), "a bool", zv);
	}
	*out = Z_TYPE_P(zv) == IS_TRUE;
	return true;
}

static bool php_cm_get_array(cm_error *e, HashTable *ht, const char *prefix, const char *key, bool required, HashTable **out)
{
	char field[CM_FIELD_MAX];
	zval *zv = php_cm_find(ht, key);

	*out = NULL;
	if (!zv) {
		return !required || php_cm_missing(e, prefix, key);
	}
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		return php_cm_wrong_type(e, php_cm_field(field, prefix, key), "an array", zv);
	}
	*out = Z_ARRVAL_P(zv);
	return true;
}

static bool php_cm_get_lines(cm_error *e, HashTable *ht, HashTable **out)
{
	if (!php_cm_get_array(e, ht, "", "lines", true, out)) {
		return false;
	}
	if (!zend_array_is_list(*out)) {
		return cm_fail(e, "lines", "must be a list (keys 0, 1, 2, ...)");
	}
	if (zend_hash_num_elements(*out) == 0) {
		return cm_fail(e, "lines", "must list at least one line");
	}
	if (zend_hash_num_elements(*out) > CM_MAX_LINES) {
		return cm_fail(e, "lines", "must list at most %d lines, got %u", CM_MAX_LINES, zend_hash_num_elements(*out));
	}
	return true;
}

static bool php_cm_line_array(cm_error *e, zval *zv, size_t i, const char *const *keys, char *prefix)
{
	char field[CM_FIELD_MAX];

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		return php_cm_wrong_type(e, cm_path(field, "lines", i, NULL), "an array", zv);
	}
	snprintf(prefix, CM_FIELD_MAX, "lines.%zu.", i);
	return php_cm_only_keys(e, Z_ARRVAL_P(zv), prefix, keys);
}

/* A line number may be given as text or as an int; the core sees text. */
static bool php_cm_get_line_number(cm_error *e, HashTable *ht, const char *prefix, char *buf, cm_str *out)
{
	char field[CM_FIELD_MAX];
	zval *zv = php_cm_find(ht, "line_number");

	if (!zv) {
		return php_cm_missing(e, prefix, "line_number");
	}
	if (Z_TYPE_P(zv) == IS_LONG) {
		out->len = (size_t) snprintf(buf, 24, ZEND_LONG_FMT, Z_LVAL_P(zv));
		out->ptr = buf;
		return true;
	}
	if (Z_TYPE_P(zv) != IS_STRING) {
		return php_cm_wrong_type(e, php_cm_field(field, prefix, "line_number"), "a string or an int", zv);
	}
	out->ptr = Z_STRVAL_P(zv);
	out->len = Z_STRLEN_P(zv);
	return true;
}

static bool php_cm_tracking(cm_error *e, HashTable *ht, const char *prefix, cm_tracking *t)
{
	return php_cm_only_keys(e, ht, prefix, php_cm_tracking_keys)
		&& php_cm_get_string(e, ht, prefix, "carrier", true, &t->carrier)
		&& php_cm_get_string(e, ht, prefix, "number", true, &t->number)
		&& php_cm_get_string(e, ht, prefix, "url", false, &t->url);
}

static bool php_cm_ship_date(cm_error *e, HashTable *ht, int64_t *epoch_ms)
{
	zval *zv = php_cm_find(ht, "ship_date");

	if (!zv) {
		return cm_check_unix_seconds(e, "ship_date", (int64_t) time(NULL), epoch_ms);
	}
	if (Z_TYPE_P(zv) == IS_LONG) {
		return cm_check_unix_seconds(e, "ship_date", Z_LVAL_P(zv), epoch_ms);
	}
	if (Z_TYPE_P(zv) == IS_STRING) {
		cm_str s = {Z_STRVAL_P(zv), Z_STRLEN_P(zv)};
		return cm_check_text(e, "ship_date", s, 1, 64) && cm_parse_iso8601(e, "ship_date", s, epoch_ms);
	}
	return php_cm_wrong_type(e, "ship_date", "Unix seconds (int) or an ISO 8601 string", zv);
}

bool php_cm_shipment_from_array(php_cm_shipment *in, HashTable *ht, cm_error *e)
{
	cm_shipment *s = &in->s;
	HashTable *tracking, *lines;
	zval *zv;
	size_t i = 0;

	memset(in, 0, sizeof(*in));
	if (!php_cm_only_keys(e, ht, "", php_cm_shipment_keys)
			|| !php_cm_get_string(e, ht, "", "purchase_order_id", true, &s->purchase_order_id)
			|| !php_cm_get_string(e, ht, "", "seller_order_id", true, &s->seller_order_id)
			|| !php_cm_ship_date(e, ht, &s->ship_date_ms)
			|| !php_cm_get_string(e, ht, "", "method", false, &s->method)
			|| !php_cm_get_array(e, ht, "", "tracking", false, &tracking)
			|| (tracking && !php_cm_tracking(e, tracking, "tracking.", &s->tracking))
			|| !php_cm_get_bool(e, ht, "", "intent_to_cancel_override", &s->intent_to_cancel_override)
			|| !php_cm_get_lines(e, ht, &lines)) {
		return false;
	}
	s->has_tracking = tracking != NULL;
	s->nlines = zend_hash_num_elements(lines);
	s->lines = ecalloc(s->nlines, sizeof(*s->lines));
	in->numbers = ecalloc(s->nlines, sizeof(*in->numbers));

	ZEND_HASH_FOREACH_VAL(lines, zv) {
		cm_ship_line *l = &s->lines[i];
		char prefix[CM_FIELD_MAX], tprefix[CM_FIELD_MAX];
		HashTable *line, *line_tracking;

		if (!php_cm_line_array(e, zv, i, php_cm_ship_line_keys, prefix)) {
			return false;
		}
		line = Z_ARRVAL_P(Z_ISREF_P(zv) ? Z_REFVAL_P(zv) : zv);
		snprintf(tprefix, sizeof(tprefix), "%stracking.", prefix);
		if (!php_cm_get_line_number(e, line, prefix, in->numbers[i], &l->line_number)
				|| !php_cm_get_int(e, line, prefix, "quantity", true, &l->quantity)
				|| !php_cm_get_array(e, line, prefix, "tracking", false, &line_tracking)
				|| (line_tracking && !php_cm_tracking(e, line_tracking, tprefix, &l->tracking))) {
			return false;
		}
		l->has_tracking = line_tracking != NULL;
		i++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

void php_cm_shipment_free(php_cm_shipment *in)
{
	if (in->s.lines) {
		efree(in->s.lines);
	}
	if (in->numbers) {
		efree(in->numbers);
	}
}

bool php_cm_cancellation_from_array(php_cm_cancellation *in, HashTable *ht, zend_string *reason, cm_error *e)
{
	cm_cancellation *c = &in->c;
	HashTable *lines;
	zval *zv;
	size_t i = 0;

	memset(in, 0, sizeof(*in));
	c->reason.ptr = ZSTR_VAL(reason);
	c->reason.len = ZSTR_LEN(reason);
	if (!php_cm_only_keys(e, ht, "", php_cm_cancel_order_keys)
			|| !php_cm_get_string(e, ht, "", "purchase_order_id", true, &c->purchase_order_id)
			|| !php_cm_get_lines(e, ht, &lines)) {
		return false;
	}
	c->nlines = zend_hash_num_elements(lines);
	c->lines = ecalloc(c->nlines, sizeof(*c->lines));
	in->numbers = ecalloc(c->nlines, sizeof(*in->numbers));

	ZEND_HASH_FOREACH_VAL(lines, zv) {
		cm_cancel_line *l = &c->lines[i];
		char prefix[CM_FIELD_MAX];
		HashTable *line;

		if (!php_cm_line_array(e, zv, i, php_cm_cancel_line_keys, prefix)) {
			return false;
		}
		line = Z_ARRVAL_P(Z_ISREF_P(zv) ? Z_REFVAL_P(zv) : zv);
		if (!php_cm_get_line_number(e, line, prefix, in->numbers[i], &l->line_number)
				|| !php_cm_get_int(e, line, prefix, "ordered", true, &l->ordered)
				|| !php_cm_get_int(e, line, prefix, "shipped", false, &l->shipped)
				|| !php_cm_get_int(e, line, prefix, "cancelled", false, &l->cancelled)) {
			return false;
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

void php_cm_cancellation_free(php_cm_cancellation *in)
{
	if (in->c.lines) {
		efree(in->c.lines);
	}
	if (in->numbers) {
		efree(in->numbers);
	}
}

/* Walmart wraps every repeated element: {"orderLines": {"orderLine": [...]}}. */
static bool php_cm_walmart_list(cm_error *e, HashTable *parent, const char *prefix, const char *outer,
	const char *inner, char *path, HashTable **list)
{
	HashTable *wrapper;
	zval *zv;

	if (!php_cm_get_array(e, parent, prefix, outer, true, &wrapper)) {
		return false;
	}
	snprintf(path, CM_FIELD_MAX, "%s%s.%s", prefix, outer, inner);
	if (!(zv = php_cm_find(wrapper, inner))) {
		return cm_fail(e, path, "is required");
	}
	if (Z_TYPE_P(zv) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(zv))) {
		return php_cm_wrong_type(e, path, "a list", zv);
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(zv)) == 0) {
		return cm_fail(e, path, "must not be empty");
	}
	*list = Z_ARRVAL_P(zv);
	return true;
}

/* Each element of a Walmart list must be an object; prefix becomes "<path>.<i>.". */
static HashTable *php_cm_list_item(cm_error *e, zval *zv, const char *path, size_t i, char *prefix)
{
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		php_cm_wrong_type(e, cm_path(prefix, path, i, NULL), "an array", zv);
		return NULL;
	}
	snprintf(prefix, CM_FIELD_MAX, "%s.%zu.", path, i);
	return Z_ARRVAL_P(zv);
}

static bool php_cm_tally_bucket(cm_error *e, HashTable *bucket, const char *prefix, cm_tally *tally)
{
	char field[CM_FIELD_MAX];
	cm_str status;
	cm_units_kind kind;
	HashTable *quantity;
	zval *amount;
	int64_t units;

	if (!php_cm_get_string(e, bucket, prefix, "status", true, &status)
			|| !cm_units_kind_parse(e, php_cm_field(field, prefix, "status"), status, &kind)
			|| !php_cm_get_array(e, bucket, prefix, "statusQuantity", true, &quantity)) {
		return false;
	}
	snprintf(field, sizeof(field), "%sstatusQuantity.amount", prefix);
	if (!(amount = php_cm_find(quantity, "amount"))) {
		return cm_fail(e, field, "is required");
	}
	if (Z_TYPE_P(amount) == IS_STRING) {
		cm_str s = {Z_STRVAL_P(amount), Z_STRLEN_P(amount)};
		if (!cm_amount_parse(e, field, s, &units)) {
			return false;
		}
	} else if (!php_cm_to_int(e, field, amount, &units)) {
		return false;
	}
	return cm_tally_add(e, field, tally, kind, units);
}

const char *php_cm_order_status(HashTable *ht, cm_error *e)
{
	char lines_path[CM_FIELD_MAX];
	const char *root = "", *status;
	HashTable *order = ht, *lines;
	cm_tally tally = {0};
	size_t i = 0;
	zval *zv;

	if ((zv = php_cm_find(ht, "order")) && Z_TYPE_P(zv) == IS_ARRAY) {
		order = Z_ARRVAL_P(zv);
		root = "order.";
	}
	if (!php_cm_walmart_list(e, order, root, "orderLines", "orderLine", lines_path, &lines)) {
		return NULL;
	}
	ZEND_HASH_FOREACH_VAL(lines, zv) {
		char line_prefix[CM_FIELD_MAX], buckets_path[CM_FIELD_MAX];
		HashTable *line, *buckets, *bucket;
		size_t j = 0;
		zval *bz;

		if (!(line = php_cm_list_item(e, zv, lines_path, i++, line_prefix))
				|| !php_cm_walmart_list(e, line, line_prefix, "orderLineStatuses", "orderLineStatus", buckets_path, &buckets)) {
			return NULL;
		}
		ZEND_HASH_FOREACH_VAL(buckets, bz) {
			char bucket_prefix[CM_FIELD_MAX];

			if (!(bucket = php_cm_list_item(e, bz, buckets_path, j++, bucket_prefix))
					|| !php_cm_tally_bucket(e, bucket, bucket_prefix, &tally)) {
				return NULL;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();

	if (!(status = cm_tally_status(&tally))) {
		cm_fail(e, lines_path, "count no units at all");
	}
	return status;
}
