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
#include "cm_answer.h"
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
static const php_cm_key php_cm_cancel_order_keys[] = {K(PURCHASE_ORDER_ID), K(LINES), K(INTENT_TO_CANCEL), PHP_CM_KEY_END};
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
		char name[CM_QUOTE_MAX];
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
			/* the key becomes part of the field path: shown as valid UTF-8, cut between characters */
			cm_excerpt(name, ZSTR_VAL(key), ZSTR_LEN(key));
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
			|| !php_cm_bool(e, "intent_to_cancel", PHP_CM_FIND(ht, INTENT_TO_CANCEL), &c->intent_to_cancel)
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

/* The document view of PHP values. Nodes are dereferenced zvals. */

static const zval *php_cm_node_deref(const zval *zv)
{
	if (zv) {
		ZVAL_DEREF(zv);
	}
	return zv && Z_TYPE_P(zv) != IS_NULL && Z_TYPE_P(zv) != IS_UNDEF ? zv : NULL;
}

static cm_doc_type php_cm_node_type(const void *node)
{
	const zval *zv = node;

	switch (Z_TYPE_P(zv)) {
		case IS_FALSE:
		case IS_TRUE:
			return CM_DOC_BOOL;
		case IS_LONG:
			return CM_DOC_INT;
		case IS_DOUBLE:
			return CM_DOC_FLOAT;
		case IS_STRING:
			return CM_DOC_STRING;
		case IS_ARRAY:
			return zend_array_is_list(Z_ARRVAL_P(zv)) ? CM_DOC_LIST : CM_DOC_OBJECT;
		case IS_NULL:
		case IS_UNDEF:
			return CM_DOC_MISSING;
		default:
			return CM_DOC_OTHER;
	}
}

static const void *php_cm_node_member(const void *node, const char *name, size_t len)
{
	const zval *zv = node;

	return Z_TYPE_P(zv) == IS_ARRAY ? php_cm_node_deref(zend_hash_str_find(Z_ARRVAL_P(zv), name, len)) : NULL;
}

static size_t php_cm_node_length(const void *node)
{
	const zval *zv = node;

	return Z_TYPE_P(zv) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(zv)) : 0;
}

static const void *php_cm_node_index(const void *node, size_t i)
{
	const zval *zv = node;

	return Z_TYPE_P(zv) == IS_ARRAY ? php_cm_node_deref(zend_hash_index_find(Z_ARRVAL_P(zv), (zend_ulong) i)) : NULL;
}

static cm_str php_cm_node_string(const void *node)
{
	const zval *zv = node;
	cm_str s = {Z_STRVAL_P(zv), Z_STRLEN_P(zv)};

	return s;
}

static int64_t php_cm_node_integer(const void *node)
{
	return Z_LVAL_P((const zval *) node);
}

static double php_cm_node_number(const void *node)
{
	return Z_DVAL_P((const zval *) node);
}

static bool php_cm_node_boolean(const void *node)
{
	return Z_TYPE_P((const zval *) node) == IS_TRUE;
}

static const cm_doc_ops php_cm_doc_ops = {
	php_cm_node_type, php_cm_node_member, php_cm_node_length, php_cm_node_index,
	php_cm_node_string, php_cm_node_integer, php_cm_node_number, php_cm_node_boolean,
};

cm_doc php_cm_doc(const zval *zv)
{
	cm_doc d = {&php_cm_doc_ops, php_cm_node_deref(zv)};

	return d;
}

const char *php_cm_order_status(HashTable *ht, cm_error *e)
{
	zval order;

	ZVAL_ARR(&order, ht); /* a view: no reference is taken or released */
	return cm_answer_order_status(php_cm_doc(&order), e);
}
