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

zend_string *php_cm_keys[PHP_CM_KEY_COUNT];

void php_cm_keys_init(void)
{
#define PHP_CM_KEY_INIT(id, name) php_cm_keys[PHP_CM_KEY_##id] = zend_string_init_interned(name, sizeof(name) - 1, 1);
	PHP_CM_KEYS(PHP_CM_KEY_INIT)
#undef PHP_CM_KEY_INIT
}

#define K(id) PHP_CM_KEY_##id
#define KEY(id) php_cm_keys[K(id)]
#define NAME(id) ZSTR_VAL(KEY(id))

static const php_cm_key php_cm_shipment_keys[] = {
	K(PURCHASE_ORDER_ID), K(SELLER_ORDER_ID), K(SHIP_DATE), K(METHOD), K(TRACKING), K(LINES),
	K(INTENT_TO_CANCEL_OVERRIDE), PHP_CM_KEY_END
};
static const php_cm_key php_cm_tracking_keys[] = {K(CARRIER), K(NUMBER), K(URL), PHP_CM_KEY_END};
static const php_cm_key php_cm_ship_line_keys[] = {K(LINE_NUMBER), K(QUANTITY), K(TRACKING), PHP_CM_KEY_END};
static const php_cm_key php_cm_cancel_order_keys[] = {K(PURCHASE_ORDER_ID), K(LINES), PHP_CM_KEY_END};
static const php_cm_key php_cm_cancel_line_keys[] = {K(LINE_NUMBER), K(ORDERED), K(SHIPPED), K(CANCELLED), PHP_CM_KEY_END};

/* The value under key, or NULL when it is missing or null: null means "not given". */
static zval *php_cm_find(HashTable *ht, php_cm_key key)
{
	zval *zv = zend_hash_find_known_hash(ht, php_cm_keys[key]);

	if (zv) {
		ZVAL_DEREF(zv);
	}
	return zv && Z_TYPE_P(zv) != IS_NULL ? zv : NULL;
}
#define PHP_CM_FIND(ht, id) php_cm_find((ht), K(id))

static bool php_cm_wrong_type(cm_error *e, const char *name, const char *expected, zval *zv)
{
	return cm_fail(e, name, "must be %s, got %s", expected, zend_zval_type_name(zv));
}

/* Unknown keys are refused: a misspelt optional key would otherwise be silently ignored. */
static bool php_cm_only_keys(cm_error *e, HashTable *ht, const php_cm_key *keys)
{
	zend_string *key;
	zend_ulong index;

	ZEND_HASH_FOREACH_KEY(ht, index, key) {
		const php_cm_key *k;
		char name[CM_FIELD_MAX];
		smart_str list = {0};

		if (key) {
			for (k = keys; *k != PHP_CM_KEY_END; k++) {
				if (zend_string_equals(key, php_cm_keys[*k])) {
					break;
				}
			}
			if (*k != PHP_CM_KEY_END) {
				continue;
			}
			snprintf(name, sizeof(name), "%.*s", (int) MIN(ZSTR_LEN(key), 64), ZSTR_VAL(key));
		} else {
			snprintf(name, sizeof(name), ZEND_ULONG_FMT, index);
		}
		for (k = keys; *k != PHP_CM_KEY_END; k++) {
			smart_str_appends(&list, k == keys ? "" : ", ");
			smart_str_append(&list, php_cm_keys[*k]);
		}
		smart_str_0(&list);
		cm_fail(e, name, "is not a known key; expected %s", ZSTR_VAL(list.s));
		smart_str_free(&list);
		return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool php_cm_string(cm_error *e, const char *name, zval *zv, bool required, cm_str *out)
{
	out->ptr = NULL;
	out->len = 0;
	if (!zv) {
		return !required || cm_fail(e, name, "is required");
	}
	if (Z_TYPE_P(zv) != IS_STRING) {
		return php_cm_wrong_type(e, name, "a string", zv);
	}
	out->ptr = Z_STRVAL_P(zv);
	out->len = Z_STRLEN_P(zv);
	return true;
}
#define PHP_CM_STRING(e, ht, id, required, out) php_cm_string((e), NAME(id), PHP_CM_FIND((ht), id), (required), (out))

/* Magento keeps quantities as decimals, so 2.0 is taken as 2; 2.5 is refused. */
static bool php_cm_int(cm_error *e, const char *name, zval *zv, bool required, int64_t *out)
{
	if (!zv) {
		return !required || cm_fail(e, name, "is required");
	}
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
		return cm_fail(e, name, "must be a whole number, got %.15g", d);
	}
	return php_cm_wrong_type(e, name, "an int", zv);
}
#define PHP_CM_INT(e, ht, id, required, out) php_cm_int((e), NAME(id), PHP_CM_FIND((ht), id), (required), (out))

static bool php_cm_array(cm_error *e, const char *name, zval *zv, bool required, HashTable **out)
{
	*out = NULL;
	if (!zv) {
		return !required || cm_fail(e, name, "is required");
	}
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		return php_cm_wrong_type(e, name, "an array", zv);
	}
	*out = Z_ARRVAL_P(zv);
	return true;
}
#define PHP_CM_ARRAY(e, ht, id, required, out) php_cm_array((e), NAME(id), PHP_CM_FIND((ht), id), (required), (out))

static bool php_cm_bool(cm_error *e, const char *name, zval *zv, bool *out)
{
	if (!zv) {
		return true;
	}
	if (Z_TYPE_P(zv) != IS_TRUE && Z_TYPE_P(zv) != IS_FALSE) {
		return php_cm_wrong_type(e, name, "a bool", zv);
	}
	*out = Z_TYPE_P(zv) == IS_TRUE;
	return true;
}

/* lines: a non-empty list, short enough to convert. */
static bool php_cm_lines(cm_error *e, HashTable *ht, HashTable **out)
{
	if (!PHP_CM_ARRAY(e, ht, LINES, true, out)) {
		return false;
	}
	if (!zend_array_is_list(*out)) {
		return cm_fail(e, "lines", "must be a list (keys 0, 1, 2, ...)");
	}
	return cm_check_line_count(e, zend_hash_num_elements(*out));
}

/* Element i of lines as an array with known keys; leaves e in the scope of that line. */
static HashTable *php_cm_line(cm_error *e, zval *zv, size_t i, const php_cm_key *keys)
{
	cm_at(e, "lines", i, NULL);
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		php_cm_wrong_type(e, NULL, "an array", zv);
		return NULL;
	}
	return php_cm_only_keys(e, Z_ARRVAL_P(zv), keys) ? Z_ARRVAL_P(zv) : NULL;
}

/* A line number may be given as text or as an int; the core sees text. */
static bool php_cm_line_number(cm_error *e, HashTable *ht, char *buf, cm_str *out)
{
	zval *zv = PHP_CM_FIND(ht, LINE_NUMBER);

	if (zv && Z_TYPE_P(zv) == IS_LONG) {
		out->len = (size_t) snprintf(buf, 24, ZEND_LONG_FMT, Z_LVAL_P(zv));
		out->ptr = buf;
		return true;
	}
	if (zv && Z_TYPE_P(zv) != IS_STRING) {
		return php_cm_wrong_type(e, "line_number", "a string or an int", zv);
	}
	return php_cm_string(e, "line_number", zv, true, out);
}

/* A tracking object, read in the scope the caller set. */
static bool php_cm_tracking(cm_error *e, HashTable *ht, cm_tracking *t)
{
	return php_cm_only_keys(e, ht, php_cm_tracking_keys)
		&& PHP_CM_STRING(e, ht, CARRIER, true, &t->carrier)
		&& PHP_CM_STRING(e, ht, NUMBER, true, &t->number)
		&& PHP_CM_STRING(e, ht, URL, false, &t->url);
}

static bool php_cm_ship_date(cm_error *e, zval *zv, int64_t *epoch_ms)
{
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
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (!php_cm_only_keys(e, ht, php_cm_shipment_keys)
			|| !PHP_CM_STRING(e, ht, PURCHASE_ORDER_ID, true, &s->purchase_order_id)
			|| !PHP_CM_STRING(e, ht, SELLER_ORDER_ID, true, &s->seller_order_id)
			|| !php_cm_ship_date(e, PHP_CM_FIND(ht, SHIP_DATE), &s->ship_date_ms)
			|| !PHP_CM_STRING(e, ht, METHOD, false, &s->method)
			|| !php_cm_bool(e, "intent_to_cancel_override", PHP_CM_FIND(ht, INTENT_TO_CANCEL_OVERRIDE),
				&s->intent_to_cancel_override)
			|| !PHP_CM_ARRAY(e, ht, TRACKING, false, &tracking)
			|| !php_cm_lines(e, ht, &lines)) {
		return false;
	}
	if (tracking) {
		cm_at(e, "tracking", CM_NO_INDEX, NULL);
		if (!php_cm_tracking(e, tracking, &s->tracking)) {
			return false;
		}
		s->has_tracking = true;
	}
	s->nlines = zend_hash_num_elements(lines);
	s->lines = ecalloc(s->nlines, sizeof(*s->lines));
	in->numbers = ecalloc(s->nlines, sizeof(*in->numbers));

	ZEND_HASH_FOREACH_VAL(lines, zv) {
		cm_ship_line *l = &s->lines[i];
		HashTable *line, *line_tracking;

		if (!(line = php_cm_line(e, zv, i, php_cm_ship_line_keys))
				|| !php_cm_line_number(e, line, in->numbers[i], &l->line_number)
				|| !PHP_CM_INT(e, line, QUANTITY, true, &l->quantity)
				|| !PHP_CM_ARRAY(e, line, TRACKING, false, &line_tracking)) {
			return false;
		}
		if (line_tracking) {
			cm_at(e, "lines", i, "tracking");
			if (!php_cm_tracking(e, line_tracking, &l->tracking)) {
				return false;
			}
			l->has_tracking = true;
		}
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
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	c->reason.ptr = ZSTR_VAL(reason);
	c->reason.len = ZSTR_LEN(reason);
	if (!php_cm_only_keys(e, ht, php_cm_cancel_order_keys)
			|| !PHP_CM_STRING(e, ht, PURCHASE_ORDER_ID, true, &c->purchase_order_id)
			|| !php_cm_lines(e, ht, &lines)) {
		return false;
	}
	c->nlines = zend_hash_num_elements(lines);
	c->lines = ecalloc(c->nlines, sizeof(*c->lines));
	in->numbers = ecalloc(c->nlines, sizeof(*in->numbers));

	ZEND_HASH_FOREACH_VAL(lines, zv) {
		cm_cancel_line *l = &c->lines[i];
		HashTable *line;

		if (!(line = php_cm_line(e, zv, i, php_cm_cancel_line_keys))
				|| !php_cm_line_number(e, line, in->numbers[i], &l->line_number)
				|| !PHP_CM_INT(e, line, ORDERED, true, &l->ordered)
				|| !PHP_CM_INT(e, line, SHIPPED, false, &l->shipped)
				|| !PHP_CM_INT(e, line, CANCELLED, false, &l->cancelled)) {
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

/* Walmart wraps every repeated element: {"orderLines": {"orderLine": [...]}}.
 * path receives "<parent>.<outer>.<inner>", the scope of the list's elements. */
static HashTable *php_cm_walmart_list(cm_error *e, HashTable *parent, php_cm_key outer, php_cm_key inner, char *path)
{
	HashTable *wrapper;
	zval *zv;
	char name[64];

	if (!php_cm_array(e, ZSTR_VAL(php_cm_keys[outer]), php_cm_find(parent, outer), true, &wrapper)) {
		return NULL;
	}
	snprintf(name, sizeof(name), "%s.%s", ZSTR_VAL(php_cm_keys[outer]), ZSTR_VAL(php_cm_keys[inner]));
	zv = php_cm_find(wrapper, inner);
	if (!zv) {
		cm_fail(e, name, "is required");
		return NULL;
	}
	if (Z_TYPE_P(zv) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(zv))) {
		php_cm_wrong_type(e, name, "a list", zv);
		return NULL;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(zv)) == 0) {
		cm_fail(e, name, "must not be empty");
		return NULL;
	}
	cm_field_path(e, name, path);
	return Z_ARRVAL_P(zv);
}

/* Each element of a Walmart list must be an object; leaves e in its scope. */
static HashTable *php_cm_list_item(cm_error *e, zval *zv, const char *path, size_t i)
{
	cm_at(e, path, i, NULL);
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		php_cm_wrong_type(e, NULL, "an array", zv);
		return NULL;
	}
	return Z_ARRVAL_P(zv);
}

static bool php_cm_tally_bucket(cm_error *e, HashTable *bucket, cm_tally *tally)
{
	cm_str status;
	cm_units_kind kind;
	HashTable *quantity;
	zval *amount;
	int64_t units;

	if (!PHP_CM_STRING(e, bucket, STATUS, true, &status)
			|| !cm_units_kind_parse(e, "status", status, &kind)
			|| !PHP_CM_ARRAY(e, bucket, STATUS_QUANTITY, true, &quantity)) {
		return false;
	}
	amount = PHP_CM_FIND(quantity, AMOUNT);
	if (amount && Z_TYPE_P(amount) == IS_STRING) {
		cm_str s = {Z_STRVAL_P(amount), Z_STRLEN_P(amount)};
		if (!cm_amount_parse(e, "statusQuantity.amount", s, &units)) {
			return false;
		}
	} else if (!php_cm_int(e, "statusQuantity.amount", amount, true, &units)) {
		return false;
	}
	return cm_tally_add(e, "statusQuantity.amount", tally, kind, units);
}

const char *php_cm_order_status(HashTable *ht, cm_error *e)
{
	char lines_path[CM_FIELD_MAX];
	const char *status;
	HashTable *order = ht, *lines;
	cm_tally tally = {0};
	size_t i = 0;
	zval *zv;

	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if ((zv = PHP_CM_FIND(ht, ORDER)) && Z_TYPE_P(zv) == IS_ARRAY) {
		order = Z_ARRVAL_P(zv);
		cm_at(e, "order", CM_NO_INDEX, NULL);
	}
	if (!(lines = php_cm_walmart_list(e, order, K(ORDER_LINES), K(ORDER_LINE), lines_path))) {
		return NULL;
	}
	ZEND_HASH_FOREACH_VAL(lines, zv) {
		char buckets_path[CM_FIELD_MAX];
		HashTable *line, *buckets, *bucket;
		size_t j = 0;
		zval *bz;

		if (!(line = php_cm_list_item(e, zv, lines_path, i++))
				|| !(buckets = php_cm_walmart_list(e, line, K(ORDER_LINE_STATUSES), K(ORDER_LINE_STATUS), buckets_path))) {
			return NULL;
		}
		ZEND_HASH_FOREACH_VAL(buckets, bz) {
			if (!(bucket = php_cm_list_item(e, bz, buckets_path, j++))
					|| !php_cm_tally_bucket(e, bucket, &tally)) {
				return NULL;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();

	if (!(status = cm_tally_status(&tally))) {
		cm_at(e, NULL, CM_NO_INDEX, NULL);
		cm_fail(e, lines_path, "count no units at all");
	}
	return status;
}
