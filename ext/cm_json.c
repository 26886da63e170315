#include "cm_json.h"
#include "cm_status.h"

#include <stdio.h>
#include <string.h>

json_object *cm_json_parse(const char *s, size_t n, char *why, size_t why_size)
{
	json_tokener *tok = json_tokener_new();
	json_object *o;
	enum json_tokener_error err;

	if (!tok) {
		snprintf(why, why_size, "out of memory");
		return NULL;
	}
	o = json_tokener_parse_ex(tok, s, (int) n);
	err = json_tokener_get_error(tok);
	if (err == json_tokener_continue) {
		snprintf(why, why_size, "the JSON ends early");
	} else if (err != json_tokener_success) {
		snprintf(why, why_size, "%s at byte %zu", json_tokener_error_desc(err), json_tokener_get_parse_end(tok));
	} else if (json_tokener_get_parse_end(tok) != n) {
		/* trailing whitespace is fine, anything else is not */
		size_t i = json_tokener_get_parse_end(tok);
		while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) {
			i++;
		}
		if (i != n) {
			snprintf(why, why_size, "unexpected data after the JSON value at byte %zu", i);
			json_object_put(o);
			o = NULL;
		}
	}
	if (err != json_tokener_success) {
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	return o;
}

json_object *cm_json_get(json_object *o, const char *key)
{
	json_object *v = NULL;

	return o && json_object_is_type(o, json_type_object) && json_object_object_get_ex(o, key, &v) ? v : NULL;
}

const char *cm_json_string(json_object *o, const char *key)
{
	json_object *v = cm_json_get(o, key);

	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

/* o.outer.inner as an array, or NULL. */
static json_object *cm_json_list(json_object *o, const char *outer, const char *inner)
{
	json_object *v = cm_json_get(cm_json_get(o, outer), inner);

	return v && json_object_is_type(v, json_type_array) ? v : NULL;
}

static void cm_copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

size_t cm_json_errors(json_object *body, cm_api_error *out, size_t max)
{
	json_object *list = cm_json_list(body, "errors", "error");
	size_t n = 0, i, len;

	if (!list) {
		list = cm_json_get(body, "errors");
	}
	if (!list) {
		list = cm_json_get(body, "error");
	}
	if (!list) {
		return 0;
	}
	if (json_object_is_type(list, json_type_object)) {
		/* a lone error, unwrapped */
		cm_copy(out[0].code, sizeof(out[0].code), cm_json_string(list, "code"));
		cm_copy(out[0].field, sizeof(out[0].field), cm_json_string(list, "field"));
		cm_copy(out[0].description, sizeof(out[0].description), cm_json_string(list, "description"));
		return out[0].code[0] ? 1 : 0;
	}
	if (!json_object_is_type(list, json_type_array)) {
		return 0;
	}
	len = json_object_array_length(list);
	for (i = 0; i < len && n < max; i++) {
		json_object *err = json_object_array_get_idx(list, i);
		const char *code = cm_json_string(err, "code");
		const char *description = cm_json_string(err, "description");

		if (!code) {
			continue;
		}
		cm_copy(out[n].code, sizeof(out[n].code), code);
		cm_copy(out[n].field, sizeof(out[n].field), cm_json_string(err, "field"));
		cm_copy(out[n].description, sizeof(out[n].description), description ? description : cm_json_string(err, "message"));
		n++;
	}
	return n;
}

json_object *cm_json_order(json_object *body)
{
	json_object *order = cm_json_get(body, "order");

	if (order && json_object_is_type(order, json_type_object)) {
		return order;
	}
	return cm_json_get(body, "orderLines") ? body : NULL;
}

/* A statusQuantity.amount, as text ("2", "2.0") or a number. */
static bool cm_json_amount(json_object *bucket, int64_t *out)
{
	json_object *amount = cm_json_get(cm_json_get(bucket, "statusQuantity"), "amount");
	cm_error e = {0};

	if (amount && json_object_is_type(amount, json_type_string)) {
		cm_str s = {json_object_get_string(amount), (size_t) json_object_get_string_len(amount)};
		return cm_amount_parse(&e, "amount", s, out);
	}
	if (amount && json_object_is_type(amount, json_type_int)) {
		*out = json_object_get_int64(amount);
		return *out >= 0;
	}
	return false;
}

/* Calls fn for every bucket of every line; stops and fails on the first malformed one. */
typedef bool (*cm_bucket_fn)(void *ctx, json_object *line, json_object *bucket, cm_units_kind kind, int64_t units);

static bool cm_json_each_bucket(json_object *order, cm_error *e, cm_bucket_fn fn, void *ctx)
{
	json_object *lines = cm_json_list(order, "orderLines", "orderLine");
	size_t i, j, nlines;

	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (!lines || (nlines = json_object_array_length(lines)) == 0) {
		return cm_fail(e, "orderLines.orderLine", "must be a non-empty list");
	}
	for (i = 0; i < nlines; i++) {
		json_object *line = json_object_array_get_idx(lines, i);
		json_object *buckets = cm_json_list(line, "orderLineStatuses", "orderLineStatus");
		size_t nbuckets = buckets ? json_object_array_length(buckets) : 0;

		cm_at(e, "orderLines.orderLine", i, NULL);
		if (nbuckets == 0) {
			return cm_fail(e, "orderLineStatuses.orderLineStatus", "must be a non-empty list");
		}
		for (j = 0; j < nbuckets; j++) {
			json_object *bucket = json_object_array_get_idx(buckets, j);
			const char *status = cm_json_string(bucket, "status");
			cm_units_kind kind;
			int64_t units;

			if (!status || !cm_units_kind_parse(e, "orderLineStatuses.orderLineStatus.status", (cm_str) {status, strlen(status)}, &kind)) {
				return status ? false : cm_fail(e, "orderLineStatuses.orderLineStatus.status", "is required");
			}
			if (!cm_json_amount(bucket, &units)) {
				return cm_fail(e, "orderLineStatuses.orderLineStatus.statusQuantity.amount", "must be a whole number of units");
			}
			if (!fn(ctx, line, bucket, kind, units)) {
				return cm_fail(e, "orderLineStatuses.orderLineStatus.statusQuantity.amount", "is out of range");
			}
		}
	}
	return true;
}

static bool cm_tally_bucket(void *ctx, json_object *line, json_object *bucket, cm_units_kind kind, int64_t units)
{
	cm_error e;

	return cm_tally_add(&e, "amount", ctx, kind, units);
}

const char *cm_json_order_status(json_object *order, cm_error *e)
{
	cm_tally tally = {0};
	const char *status;

	if (!cm_json_each_bucket(order, e, cm_tally_bucket, &tally)) {
		return NULL;
	}
	if (!(status = cm_tally_status(&tally))) {
		cm_at(e, NULL, CM_NO_INDEX, NULL);
		cm_fail(e, "orderLines.orderLine", "count no units at all");
	}
	return status;
}

/* Units of one line, in one kind of status, optionally only those shipped with a tracking number. */
typedef struct {
	cm_str line_number;
	cm_units_kind kind;
	cm_str tracking_number;  /* ptr NULL: any */
	int64_t units;
} cm_line_count;

static bool cm_count_bucket(void *ctx, json_object *line, json_object *bucket, cm_units_kind kind, int64_t units)
{
	cm_line_count *c = ctx;
	const char *number = cm_json_string(line, "lineNumber");

	if (kind != c->kind || !number || !cm_str_eq((cm_str) {number, strlen(number)}, c->line_number)) {
		return true;
	}
	if (c->tracking_number.ptr) {
		const char *tracking = cm_json_string(cm_json_get(bucket, "trackingInfo"), "trackingNumber");
		if (!tracking || !cm_str_eq((cm_str) {tracking, strlen(tracking)}, c->tracking_number)) {
			return true;
		}
	}
	c->units += units;
	return true;
}

static int64_t cm_json_line_units(json_object *order, cm_str line_number, cm_units_kind kind, cm_str tracking)
{
	cm_line_count c = {line_number, kind, tracking, 0};
	cm_error e;

	return cm_json_each_bucket(order, &e, cm_count_bucket, &c) ? c.units : -1;
}

bool cm_json_shows_shipment(json_object *order, const cm_shipment *s)
{
	size_t i, j;

	for (i = 0; i < s->nlines; i++) {
		const cm_tracking *t = cm_line_tracking(s, &s->lines[i]);
		int64_t wanted = 0;

		/* every package (line + tracking number) once, with its quantities summed */
		for (j = 0; j < s->nlines; j++) {
			if (cm_str_eq(s->lines[j].line_number, s->lines[i].line_number)
					&& cm_str_eq(cm_line_tracking(s, &s->lines[j])->number, t->number)) {
				if (j < i) {
					break;
				}
				wanted += s->lines[j].quantity;
			}
		}
		if (j < i) {
			continue;
		}
		if (cm_json_line_units(order, s->lines[i].line_number, CM_UNITS_SHIPPED, t->number) < wanted) {
			return false;
		}
	}
	return true;
}

bool cm_json_shows_cancellation(json_object *order, const cm_cancellation *c)
{
	size_t i;

	for (i = 0; i < c->nlines; i++) {
		const cm_cancel_line *l = &c->lines[i];
		int64_t open = l->ordered - l->shipped - l->cancelled;

		if (open > 0 && cm_json_line_units(order, l->line_number, CM_UNITS_CANCELLED, (cm_str) {0}) < l->cancelled + open) {
			return false;
		}
	}
	return true;
}
