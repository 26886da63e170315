#include "cm_answer.h"
#include "cm_status.h"
#include "cm_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t cm_sat_add(int64_t a, int64_t b)
{
	int64_t r;

	return __builtin_add_overflow(a, b, &r) ? (b > 0 ? INT64_MAX : INT64_MIN) : r;
}

static int64_t cm_sat_sub(int64_t a, int64_t b)
{
	int64_t r;

	return __builtin_sub_overflow(a, b, &r) ? (b < 0 ? INT64_MAX : INT64_MIN) : r;
}

static int cm_str_cmp(cm_str a, cm_str b)
{
	int c = memcmp(a.ptr ? a.ptr : "", b.ptr ? b.ptr : "", a.len < b.len ? a.len : b.len);

	return c ? c : (a.len > b.len) - (a.len < b.len);
}

/* ---- errors ---- */

static void cm_answer_error_copy(cm_api_error *out, cm_doc err, cm_str code)
{
	cm_str field = cm_doc_str(cm_doc_get(err, "field"));
	cm_str description = cm_doc_str(cm_doc_get(err, "description"));

	if (!description.ptr) {
		description = cm_doc_str(cm_doc_get(err, "message"));
	}
	cm_copy_text(out->code, sizeof(out->code), code.ptr, code.len);
	cm_copy_text(out->field, sizeof(out->field), field.ptr ? field.ptr : "", field.len);
	cm_copy_text(out->description, sizeof(out->description), description.ptr ? description.ptr : "", description.len);
}

size_t cm_answer_errors(cm_doc body, cm_api_error *out, size_t max)
{
	cm_doc list = cm_doc_get(cm_doc_get(body, "errors"), "error");
	size_t n = 0, i, len;

	if (cm_doc_type_of(list) != CM_DOC_LIST) {
		list = cm_doc_get(body, "errors");
	}
	if (cm_doc_type_of(list) == CM_DOC_MISSING) {
		list = cm_doc_get(body, "error");
	}
	if (cm_doc_type_of(list) == CM_DOC_OBJECT) {
		/* a lone error, unwrapped */
		cm_str code = cm_doc_str(cm_doc_get(list, "code"));
		if (max == 0 || !code.ptr || code.len == 0) {
			return 0;
		}
		cm_answer_error_copy(&out[0], list, code);
		return 1;
	}
	if (cm_doc_type_of(list) != CM_DOC_LIST) {
		return 0;
	}
	len = cm_doc_length(list);
	for (i = 0; i < len && n < max; i++) {
		cm_doc err = cm_doc_at(list, i);
		cm_str code = cm_doc_str(cm_doc_get(err, "code"));

		if (!code.ptr || code.len == 0) {
			continue;
		}
		cm_answer_error_copy(&out[n++], err, code);
	}
	return n;
}

/* ---- the order walk ---- */

cm_doc cm_answer_order(cm_doc body, const char **scope)
{
	cm_doc order = cm_doc_get(body, "order");

	if (cm_doc_is_array(order)) {
		*scope = "order";
		return order;
	}
	*scope = NULL;
	return body;
}

/* parent.outer.inner: a non-empty list, or one element given as an object
 * (*single). Fails in e's scope, naming outer or "outer.inner". */
static bool cm_answer_list(cm_error *e, cm_doc parent, const char *outer, const char *path, const char *inner,
	cm_doc *list, size_t *count, bool *single)
{
	cm_doc wrapper = cm_doc_get(parent, outer);
	cm_doc_type type = cm_doc_type_of(wrapper);

	if (type == CM_DOC_MISSING) {
		return cm_fail(e, outer, "is required");
	}
	if (type != CM_DOC_LIST && type != CM_DOC_OBJECT) {
		return cm_fail(e, outer, "must be an array, got %s", cm_doc_type_name(type));
	}
	*list = cm_doc_get(wrapper, inner);
	type = cm_doc_type_of(*list);
	if (type == CM_DOC_MISSING) {
		return cm_fail(e, path, "is required");
	}
	if (type != CM_DOC_LIST && type != CM_DOC_OBJECT) {
		return cm_fail(e, path, "must be a list, got %s", cm_doc_type_name(type));
	}
	*single = type == CM_DOC_OBJECT;
	*count = cm_doc_length(*list);
	if (*count == 0) {
		return cm_fail(e, path, "must not be empty");
	}
	if (*single) {
		*count = 1;
	}
	return true;
}

static cm_doc cm_answer_item(cm_doc list, bool single, size_t i)
{
	return single ? list : cm_doc_at(list, i);
}

/* A statusQuantity.amount given as text or as a number. The messages never
 * show a number out of range: decoders write those differently (json-c clamps
 * integers to 64 bits, PHP turns them into floats), and the message must not
 * depend on the decoder. */
static bool cm_answer_amount(cm_error *e, const char *name, cm_doc v, int64_t *out)
{
	cm_doc_type type = cm_doc_type_of(v);
	int64_t i;
	double d;

	switch (type) {
		case CM_DOC_MISSING:
			return cm_fail(e, name, "is required");
		case CM_DOC_STRING:
			return cm_amount_parse(e, name, v.ops->string(v.node), out);
		case CM_DOC_INT:
			i = v.ops->integer(v.node);
			break;
		case CM_DOC_FLOAT:
			d = v.ops->number(v.node);
			if (d != d) {
				return cm_fail(e, name, "must be a whole number of units, got %.15g", d);
			}
			if (!(d > -1e18 && d < 1e18)) {
				goto range;
			}
			i = (int64_t) d;
			if ((double) i != d) {
				return cm_fail(e, name, "must be a whole number of units, got %.15g", d);
			}
			break;
		default:
			return cm_fail(e, name, "must be a whole number of units, got %s", cm_doc_type_name(type));
	}
	if (i < 0 || i > CM_AMOUNT_MAX) {
		goto range;
	}
	*out = i;
	return true;
range:
	return cm_fail(e, name, "must be a whole number of units from 0 to %lld", (long long) CM_AMOUNT_MAX);
}

/* One bucket of a line, checked in the scope the caller set. */
static bool cm_answer_bucket(cm_error *e, cm_doc bucket, cm_units_kind *kind, int64_t *units)
{
	cm_doc status = cm_doc_get(bucket, "status"), quantity = cm_doc_get(bucket, "statusQuantity");
	cm_doc_type type;

	if (!cm_doc_is_array(bucket)) {
		return cm_fail(e, NULL, "must be an array, got %s", cm_doc_type_name(cm_doc_type_of(bucket)));
	}
	type = cm_doc_type_of(status);
	if (type == CM_DOC_MISSING) {
		return cm_fail(e, "status", "is required");
	}
	if (type != CM_DOC_STRING) {
		return cm_fail(e, "status", "must be a string, got %s", cm_doc_type_name(type));
	}
	if (!cm_units_kind_parse(e, "status", status.ops->string(status.node), kind)) {
		return false;
	}
	type = cm_doc_type_of(quantity);
	if (type == CM_DOC_MISSING) {
		return cm_fail(e, "statusQuantity", "is required");
	}
	if (type != CM_DOC_LIST && type != CM_DOC_OBJECT) {
		return cm_fail(e, "statusQuantity", "must be an array, got %s", cm_doc_type_name(type));
	}
	return cm_answer_amount(e, "statusQuantity.amount", cm_doc_get(quantity, "amount"), units);
}

/* Called for every bucket of every line, once the bucket is known to be well formed. */
typedef void (*cm_bucket_fn)(void *ctx, size_t line_index, cm_doc line, cm_doc bucket, cm_units_kind kind, int64_t units);

/* Walks every bucket of the order in body, checking all of it; false (e
 * filled) on the first malformed part. *lines_path receives the lines' path
 * (CM_FIELD_MAX bytes). */
static bool cm_answer_walk(cm_doc body, cm_error *e, char *lines_path, cm_bucket_fn fn, void *ctx)
{
	const char *scope;
	cm_doc order = cm_answer_order(body, &scope), lines;
	size_t nlines, i;
	bool single;

	cm_at(e, scope, CM_NO_INDEX, NULL);
	cm_field_path(e, "orderLines.orderLine", lines_path);
	if (!cm_answer_list(e, order, "orderLines", "orderLines.orderLine", "orderLine", &lines, &nlines, &single)) {
		return false;
	}
	for (i = 0; i < nlines; i++) {
		char buckets_path[CM_FIELD_MAX];
		cm_doc line = cm_answer_item(lines, single, i), buckets;
		size_t nbuckets, j;
		bool bsingle;

		cm_at(e, lines_path, single ? CM_NO_INDEX : i, NULL);
		if (!cm_doc_is_array(line)) {
			return cm_fail(e, NULL, "must be an array, got %s", cm_doc_type_name(cm_doc_type_of(line)));
		}
		if (!cm_answer_list(e, line, "orderLineStatuses", "orderLineStatuses.orderLineStatus", "orderLineStatus",
				&buckets, &nbuckets, &bsingle)) {
			return false;
		}
		for (j = 0; j < nbuckets; j++) {
			cm_doc bucket = cm_answer_item(buckets, bsingle, j);
			cm_units_kind kind;
			int64_t units;

			if (!cm_answer_bucket(e, bucket, &kind, &units)) {
				/* the bucket's path is only formatted when it is wrong: the check again, in its scope */
				cm_field_path(e, "orderLineStatuses.orderLineStatus", buckets_path);
				cm_at(e, buckets_path, bsingle ? CM_NO_INDEX : j, NULL);
				return cm_answer_bucket(e, bucket, &kind, &units);
			}
			if (fn) {
				fn(ctx, i, line, bucket, kind, units);
			}
		}
	}
	return true;
}

static void cm_tally_bucket(void *ctx, size_t line_index, cm_doc line, cm_doc bucket, cm_units_kind kind, int64_t units)
{
	cm_error ignored;

	/* units are checked by the walk, so this cannot fail */
	cm_at(&ignored, NULL, CM_NO_INDEX, NULL);
	cm_tally_add(&ignored, "amount", ctx, kind, units);
}

const char *cm_answer_order_status(cm_doc body, cm_error *e)
{
	char lines_path[CM_FIELD_MAX];
	cm_tally tally = {0};
	const char *status;

	if (!cm_answer_walk(body, e, lines_path, cm_tally_bucket, &tally)) {
		return NULL;
	}
	if (!(status = cm_tally_status(&tally))) {
		cm_at(e, NULL, CM_NO_INDEX, NULL);
		cm_fail(e, lines_path, "count no units at all");
	}
	return status;
}

/* ---- already applied? ---- */

/* What one requested package or line wants, and what the order shows of it. */
typedef struct {
	cm_str line_number;
	cm_str tracking;       /* shipments: the package's tracking number */
	int64_t wanted;        /* shipments: units; cancellations: cancelled + open */
	int64_t before;        /* cancellations: units cancelled before the request */
	int64_t shown;
	size_t first;          /* its first position in the input */
} cm_want;

typedef struct {
	cm_want *wants;        /* sorted by line number, then tracking number */
	size_t n;
	cm_units_kind kind;
	bool by_tracking;
	/* the line the walk is in: its wants are [lo, hi) */
	size_t line_index;
	size_t lo, hi;
	char number_buf[24];
} cm_match;

static int cm_want_cmp(const void *pa, const void *pb)
{
	const cm_want *a = pa, *b = pb;
	int c = cm_str_cmp(a->line_number, b->line_number);

	if (c == 0) {
		c = cm_str_cmp(a->tracking, b->tracking);
	}
	if (c == 0) {
		c = (a->first > b->first) - (a->first < b->first);
	}
	return c;
}

/* The first of wants[lo, hi) not ordered before key (by line number, and by tracking when by_tracking). */
static size_t cm_match_lower(const cm_match *m, size_t lo, size_t hi, cm_str key, bool tracking)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cm_str_cmp(tracking ? m->wants[mid].tracking : m->wants[mid].line_number, key) < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

static size_t cm_match_upper(const cm_match *m, size_t lo, size_t hi, cm_str key, bool tracking)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cm_str_cmp(tracking ? m->wants[mid].tracking : m->wants[mid].line_number, key) <= 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/* A line's lineNumber as text: Walmart sends a string; a number is taken as its digits. */
static cm_str cm_line_number_of(cm_doc line, char *buf)
{
	cm_doc v = cm_doc_get(line, "lineNumber");
	cm_str s = {NULL, 0};

	if (cm_doc_type_of(v) == CM_DOC_STRING) {
		s = v.ops->string(v.node);
	} else if (cm_doc_type_of(v) == CM_DOC_INT) {
		s.len = (size_t) snprintf(buf, 24, "%lld", (long long) v.ops->integer(v.node));
		s.ptr = buf;
	}
	return s;
}

static void cm_match_bucket(void *ctx, size_t line_index, cm_doc line, cm_doc bucket, cm_units_kind kind, int64_t units)
{
	cm_match *m = ctx;
	size_t k, lo, hi;

	if (kind != m->kind) {
		return;
	}
	if (line_index != m->line_index) {
		cm_str number = cm_line_number_of(line, m->number_buf);

		m->line_index = line_index;
		m->lo = m->hi = 0;
		if (number.ptr) {
			m->lo = cm_match_lower(m, 0, m->n, number, false);
			m->hi = cm_match_upper(m, m->lo, m->n, number, false);
		}
	}
	lo = m->lo;
	hi = m->hi;
	if (lo == hi) {
		return;
	}
	if (m->by_tracking) {
		cm_str tracking = cm_doc_str(cm_doc_get(cm_doc_get(bucket, "trackingInfo"), "trackingNumber"));

		if (!tracking.ptr) {
			return;
		}
		lo = cm_match_lower(m, lo, hi, tracking, true);
		hi = cm_match_upper(m, lo, hi, tracking, true);
	}
	for (k = lo; k < hi; k++) {
		m->wants[k].shown = cm_sat_add(m->wants[k].shown, units);
	}
}

/* Sorts the wants (merging a package listed more than once into one that
 * wants the sum, at its first position), then walks the order once, counting
 * what it shows of each; false when the order cannot be read. */
static bool cm_match_order(cm_doc body, cm_match *m, bool merge)
{
	char lines_path[CM_FIELD_MAX];
	cm_error e = {0};
	size_t i, n = 0;

	if (m->n > 1) {
		qsort(m->wants, m->n, sizeof(*m->wants), cm_want_cmp);
	}
	for (i = 0; i < m->n; i++) {
		if (merge && n && cm_str_cmp(m->wants[n - 1].line_number, m->wants[i].line_number) == 0
				&& cm_str_cmp(m->wants[n - 1].tracking, m->wants[i].tracking) == 0) {
			m->wants[n - 1].wanted = cm_sat_add(m->wants[n - 1].wanted, m->wants[i].wanted);
			continue;
		}
		m->wants[n++] = m->wants[i];
	}
	m->n = n;
	m->line_index = (size_t) -1;
	return cm_answer_walk(body, &e, lines_path, cm_match_bucket, m);
}

static cm_shown cm_shown_unknown(char *line, size_t line_size)
{
	if (line_size) {
		line[0] = '\0';
	}
	return CM_SHOWN_PARTIAL;
}

/* The verdict over the wants: a want is applied when the order shows what it
 * wants, untouched when it shows no more than before, partial in between. */
static cm_shown cm_match_verdict(const cm_match *m, char *line, size_t line_size)
{
	size_t i, partial = (size_t) -1, missing = (size_t) -1;
	cm_str partial_line = {NULL, 0}, missing_line = {NULL, 0};
	bool all = true, any = false;

	for (i = 0; i < m->n; i++) {
		const cm_want *w = &m->wants[i];

		if (w->shown >= w->wanted) {
			any = true;
			continue;
		}
		all = false;
		if (w->shown > w->before) {
			any = true;
			if (w->first < partial) {
				partial = w->first;
				partial_line = w->line_number;
			}
		}
		if (w->first < missing) {
			missing = w->first;
			missing_line = w->line_number;
		}
	}
	if (line_size) {
		line[0] = '\0';
	}
	if (all) {
		return CM_SHOWN_YES;
	}
	if (!any) {
		return CM_SHOWN_NO;
	}
	if (!partial_line.ptr) {
		partial_line = missing_line;
	}
	if (line_size && partial_line.ptr) {
		cm_copy_text(line, line_size, partial_line.ptr, partial_line.len);
	}
	return CM_SHOWN_PARTIAL;
}

cm_shown cm_answer_shipment_shown(cm_doc body, const cm_shipment *s, char *line, size_t line_size)
{
	cm_match m = {0};
	cm_shown shown;
	size_t i, n = 0;

	m.kind = CM_UNITS_SHIPPED;
	m.by_tracking = true;
	if (s->nlines && !(m.wants = malloc(s->nlines * sizeof(*m.wants)))) {
		return cm_shown_unknown(line, line_size);
	}
	for (i = 0; i < s->nlines; i++) {
		cm_want w = {s->lines[i].line_number, cm_line_tracking(s, &s->lines[i])->number, s->lines[i].quantity, 0, 0, i};
		m.wants[n++] = w;
	}
	m.n = n;
	if (!cm_match_order(body, &m, true)) {
		free(m.wants);
		return cm_shown_unknown(line, line_size);
	}
	shown = cm_match_verdict(&m, line, line_size);
	free(m.wants);
	return shown;
}

cm_shown cm_answer_cancellation_shown(cm_doc body, const cm_cancellation *c, char *line, size_t line_size)
{
	cm_match m = {0};
	cm_shown shown;
	size_t i, n = 0;

	m.kind = CM_UNITS_CANCELLED;
	if (c->nlines && !(m.wants = malloc(c->nlines * sizeof(*m.wants)))) {
		return cm_shown_unknown(line, line_size);
	}
	for (i = 0; i < c->nlines; i++) {
		const cm_cancel_line *l = &c->lines[i];
		int64_t open = cm_sat_sub(cm_sat_sub(l->ordered, l->shipped), l->cancelled);

		if (open > 0) {
			cm_want w = {l->line_number, {NULL, 0}, cm_sat_add(l->cancelled, open), l->cancelled, 0, i};
			m.wants[n++] = w;
		}
	}
	m.n = n;
	if (!cm_match_order(body, &m, false)) {
		free(m.wants);
		return cm_shown_unknown(line, line_size);
	}
	shown = cm_match_verdict(&m, line, line_size);
	free(m.wants);
	return shown;
}

/* ---- intent to cancel ---- */

bool cm_answer_intent_to_cancel(cm_doc body)
{
	const char *scope;
	cm_doc order = cm_answer_order(body, &scope);
	cm_doc lines = cm_doc_get(cm_doc_get(order, "orderLines"), "orderLine");
	cm_doc_type type = cm_doc_type_of(lines);
	size_t i, n;

	if (type != CM_DOC_LIST && type != CM_DOC_OBJECT) {
		return false;
	}
	n = type == CM_DOC_OBJECT ? 1 : cm_doc_length(lines);
	for (i = 0; i < n; i++) {
		cm_doc v = cm_doc_get(cm_answer_item(lines, type == CM_DOC_OBJECT, i), "intentToCancel");

		switch (cm_doc_type_of(v)) {
			case CM_DOC_BOOL:
				if (v.ops->boolean(v.node)) {
					return true;
				}
				break;
			case CM_DOC_STRING: {
				cm_str s = v.ops->string(v.node);
				if (cm_str_ieq(s.ptr, s.len, "true")) {
					return true;
				}
				break;
			}
			default:
				break;
		}
	}
	return false;
}
