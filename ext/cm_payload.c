#include "cm_payload.h"
#include "cm_tables.h"
#include "cm_text.h"
#include "cm_time.h"

#include <stdio.h>
#include <string.h>

/* Checks a tracking object in the scope the caller set ("tracking" or "lines", i, "tracking"). */
static bool cm_validate_tracking(cm_tracking *t, cm_error *e)
{
	if (!cm_check_text(e, "carrier", t->carrier, 1, 100)
			|| !cm_check_text(e, "number", t->number, 1, 64)
			|| (t->url.ptr && !cm_check_url(e, "url", t->url))) {
		return false;
	}
	t->walmart_carrier = cm_carrier_find(t->carrier);
	if (!t->walmart_carrier && !t->url.ptr) {
		char q[CM_QUOTE_MAX];
		return cm_fail(e, "url", "is required for %s, which is not a Walmart carrier name (it is sent as otherCarrier)",
			cm_quote(q, t->carrier.ptr, t->carrier.len));
	}
	return true;
}

static bool cm_validate_quantity(cm_error *e, const char *name, int64_t v, int64_t min)
{
	if (v < min) {
		return cm_fail(e, name, "must be %s, got %lld", min ? "a positive integer" : "0 or more", (long long) v);
	}
	if (v > CM_MAX_QUANTITY) {
		return cm_fail(e, name, "must be at most %d, got %lld", CM_MAX_QUANTITY, (long long) v);
	}
	return true;
}

bool cm_check_line_count(cm_error *e, size_t n)
{
	if (n == 0) {
		return cm_fail(e, "lines", "must list at least one line");
	}
	if (n > CM_MAX_LINES) {
		return cm_fail(e, "lines", "must list at most %d lines, got %zu", CM_MAX_LINES, n);
	}
	return true;
}

bool cm_shipment_validate(cm_shipment *s, cm_error *e)
{
	size_t i;

	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (!cm_check_purchase_order_id(e, "purchase_order_id", s->purchase_order_id)
			|| !cm_check_text(e, "seller_order_id", s->seller_order_id, 1, 30)) {
		return false;
	}
	s->walmart_method = "Standard";
	if (s->method.ptr && !(s->walmart_method = cm_name_find(cm_methods, s->method))) {
		char q[CM_QUOTE_MAX], list[CM_NAME_LIST_MAX];
		return cm_fail(e, "method", "must be one of %s; got %s",
			cm_name_list(list, sizeof(list), cm_methods), cm_quote(q, s->method.ptr, s->method.len));
	}
	if (s->has_tracking) {
		cm_at(e, "tracking", CM_NO_INDEX, NULL);
		if (!cm_validate_tracking(&s->tracking, e)) {
			return false;
		}
		cm_at(e, NULL, CM_NO_INDEX, NULL);
	}
	if (!cm_check_line_count(e, s->nlines)) {
		return false;
	}
	for (i = 0; i < s->nlines; i++) {
		cm_ship_line *l = &s->lines[i];

		cm_at(e, "lines", i, NULL);
		if (!cm_check_line_number(e, "line_number", l->line_number)
				|| !cm_validate_quantity(e, "quantity", l->quantity, 1)) {
			return false;
		}
		if (l->has_tracking) {
			cm_at(e, "lines", i, "tracking");
			if (!cm_validate_tracking(&l->tracking, e)) {
				return false;
			}
		} else if (!s->has_tracking) {
			cm_at(e, NULL, CM_NO_INDEX, NULL);
			return cm_fail(e, "tracking", "is required, since lines.%zu has no tracking of its own", i);
		}
	}
	return true;
}

static void cm_write_tracking(cm_buf *b, const cm_tracking *t, const cm_shipment *s)
{
	cm_buf_lit(b, "\"trackingInfo\":{\"shipDateTime\":");
	cm_buf_append_int(b, s->ship_date_ms);
	if (t->walmart_carrier) {
		cm_buf_lit(b, ",\"carrierName\":{\"carrier\":");
		cm_buf_json_str(b, t->walmart_carrier, strlen(t->walmart_carrier));
	} else {
		cm_buf_lit(b, ",\"carrierName\":{\"otherCarrier\":");
		cm_buf_json_str(b, t->carrier.ptr, t->carrier.len);
	}
	cm_buf_lit(b, "},\"methodCode\":");
	cm_buf_json_str(b, s->walmart_method, strlen(s->walmart_method));
	cm_buf_lit(b, ",\"trackingNumber\":");
	cm_buf_json_str(b, t->number.ptr, t->number.len);
	if (t->url.ptr) {
		cm_buf_lit(b, ",\"trackingURL\":");
		cm_buf_json_str(b, t->url.ptr, t->url.len);
	}
	cm_buf_appendc(b, '}');
}

static void cm_write_status_quantity(cm_buf *b, int64_t amount)
{
	cm_buf_lit(b, "\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"");
	cm_buf_append_int(b, amount);
	cm_buf_lit(b, "\"}");
}

static bool cm_line_listed_before(const cm_shipment *s, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++) {
		if (cm_str_eq(s->lines[j].line_number, s->lines[i].line_number)) {
			return true;
		}
	}
	return false;
}

bool cm_shipment_payload(cm_shipment *s, cm_buf *out, cm_error *e)
{
	size_t i, j;
	bool first_line = true;

	if (!cm_shipment_validate(s, e)) {
		return false;
	}
	cm_buf_reserve(out, 64 + s->nlines * 400);
	cm_buf_lit(out, "{\"orderShipment\":{\"orderLines\":{\"orderLine\":[");
	for (i = 0; i < s->nlines; i++) {
		bool first_status = true;

		/* a line split over packages is one orderLine with one status per package, in input order */
		if (cm_line_listed_before(s, i)) {
			continue;
		}
		if (!first_line) {
			cm_buf_appendc(out, ',');
		}
		first_line = false;
		cm_buf_lit(out, "{\"lineNumber\":");
		cm_buf_json_str(out, s->lines[i].line_number.ptr, s->lines[i].line_number.len);
		cm_buf_lit(out, ",\"sellerOrderId\":");
		cm_buf_json_str(out, s->seller_order_id.ptr, s->seller_order_id.len);
		if (s->intent_to_cancel_override) {
			cm_buf_lit(out, ",\"intentToCancelOverride\":true");
		} else {
			cm_buf_lit(out, ",\"intentToCancelOverride\":false");
		}
		cm_buf_lit(out, ",\"orderLineStatuses\":{\"orderLineStatus\":[");
		for (j = i; j < s->nlines; j++) {
			const cm_ship_line *l = &s->lines[j];

			if (!cm_str_eq(l->line_number, s->lines[i].line_number)) {
				continue;
			}
			if (!first_status) {
				cm_buf_appendc(out, ',');
			}
			first_status = false;
			cm_buf_lit(out, "{\"status\":\"Shipped\",");
			cm_write_status_quantity(out, l->quantity);
			cm_buf_appendc(out, ',');
			cm_write_tracking(out, cm_line_tracking(s, l), s);
			cm_buf_appendc(out, '}');
		}
		cm_buf_lit(out, "]}}");
	}
	cm_buf_lit(out, "]}}}");
	return true;
}

bool cm_cancellation_validate(cm_cancellation *c, cm_error *e)
{
	int64_t open = 0;
	size_t i, j;

	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (!cm_check_purchase_order_id(e, "purchase_order_id", c->purchase_order_id) || !cm_check_line_count(e, c->nlines)) {
		return false;
	}
	for (i = 0; i < c->nlines; i++) {
		const cm_cancel_line *l = &c->lines[i];

		cm_at(e, "lines", i, NULL);
		if (!cm_check_line_number(e, "line_number", l->line_number)
				|| !cm_validate_quantity(e, "ordered", l->ordered, 1)
				|| !cm_validate_quantity(e, "shipped", l->shipped, 0)
				|| !cm_validate_quantity(e, "cancelled", l->cancelled, 0)) {
			return false;
		}
		if (l->shipped + l->cancelled > l->ordered) {
			return cm_fail(e, NULL, "shipped (%lld) plus cancelled (%lld) is more than ordered (%lld)",
				(long long) l->shipped, (long long) l->cancelled, (long long) l->ordered);
		}
		for (j = 0; j < i; j++) {
			if (cm_str_eq(c->lines[j].line_number, l->line_number)) {
				return cm_fail(e, "line_number", "line %.*s is listed twice (also at lines.%zu)",
					(int) l->line_number.len, l->line_number.ptr, j);
			}
		}
		open += l->ordered - l->shipped - l->cancelled;
	}
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (open == 0) {
		return cm_fail(e, "lines", "nothing left to cancel: every unit is already shipped or cancelled");
	}
	if (!c->reason.ptr || !(c->walmart_reason = cm_name_find(cm_cancel_reasons, c->reason))) {
		char q[CM_QUOTE_MAX], list[CM_NAME_LIST_MAX];
		return cm_fail(e, "reason", "must be one of %s; got %s",
			cm_name_list(list, sizeof(list), cm_cancel_reasons),
			cm_quote(q, c->reason.ptr ? c->reason.ptr : "", c->reason.len));
	}
	if (strcmp(c->walmart_reason, CM_REASON_CUSTOMER_REQUESTED) == 0 && !c->intent_to_cancel) {
		return cm_fail(e, "reason", "%s is only for orders the customer asked to cancel, which Walmart shows as "
			"intentToCancel on the order; give intent_to_cancel => true for such an order, or the seller's own reason",
			CM_REASON_CUSTOMER_REQUESTED);
	}
	return true;
}

bool cm_cancellation_payload(cm_cancellation *c, cm_buf *out, cm_error *e)
{
	size_t i;
	bool first = true;

	if (!cm_cancellation_validate(c, e)) {
		return false;
	}
	cm_buf_reserve(out, 64 + c->nlines * 200);
	cm_buf_lit(out, "{\"orderCancellation\":{\"orderLines\":{\"orderLine\":[");
	for (i = 0; i < c->nlines; i++) {
		const cm_cancel_line *l = &c->lines[i];
		int64_t open = l->ordered - l->shipped - l->cancelled;

		if (open == 0) {
			continue;
		}
		if (!first) {
			cm_buf_appendc(out, ',');
		}
		first = false;
		cm_buf_lit(out, "{\"lineNumber\":");
		cm_buf_json_str(out, l->line_number.ptr, l->line_number.len);
		cm_buf_lit(out, ",\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Cancelled\",\"cancellationReason\":");
		cm_buf_json_str(out, c->walmart_reason, strlen(c->walmart_reason));
		cm_buf_appendc(out, ',');
		cm_write_status_quantity(out, open);
		cm_buf_lit(out, "}]}}");
	}
	cm_buf_lit(out, "]}}}");
	return true;
}

bool cm_inventory_payload(cm_str sku, int64_t quantity, cm_buf *out, cm_error *e)
{
	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (!cm_check_sku(e, "sku", sku)) {
		return false;
	}
	if (quantity < 0 || quantity > CM_MAX_INVENTORY) {
		return cm_fail(e, "quantity", "must be between 0 and %lld, got %lld", (long long) CM_MAX_INVENTORY, (long long) quantity);
	}
	cm_buf_lit(out, "{\"sku\":");
	cm_buf_json_str(out, sku.ptr, sku.len);
	cm_buf_lit(out, ",\"quantity\":{\"unit\":\"EACH\",\"amount\":");
	cm_buf_append_int(out, quantity);
	cm_buf_lit(out, "}}");
	return true;
}

/* created_start_date as it goes into the query, into buf (CM_ISO8601_UTC_MAX bytes). */
static bool cm_start_date(cm_error *e, cm_str date, char *buf)
{
	char midnight[32];
	int64_t ms;
	size_t i;
	bool date_only = date.len == 10;

	for (i = 0; i < date.len && date_only; i++) {
		date_only = (i == 4 || i == 7) ? date.ptr[i] == '-' : date.ptr[i] >= '0' && date.ptr[i] <= '9';
	}
	if (date_only) {
		/* a real calendar day, checked by the date-time parser at midnight UTC */
		snprintf(midnight, sizeof(midnight), "%.10sT00:00:00Z", date.ptr);
		if (!cm_parse_iso8601(e, "created_start_date", (cm_str) {midnight, 20}, &ms)) {
			return cm_fail(e, "created_start_date", "must be a real day from 1970 to 9999, got %.10s", date.ptr);
		}
		memcpy(buf, date.ptr, 10);
		buf[10] = '\0';
		return true;
	}
	if (!cm_check_text(e, "created_start_date", date, 1, 64)
			|| !cm_parse_iso8601(e, "created_start_date", date, &ms)) {
		char q[CM_QUOTE_MAX];
		return cm_fail(e, "created_start_date", "must be a date like 2026-11-22 or an ISO 8601 date-time with a zone "
			"like 2026-11-22T10:30:15Z, got %s", cm_quote(q, date.ptr, date.len));
	}
	cm_format_iso8601_utc(buf, ms);
	return true;
}

bool cm_released_query(cm_buf *out, cm_str created_start_date, int64_t limit, cm_str cursor, cm_error *e)
{
	char date[CM_ISO8601_UTC_MAX];
	size_t i;

	cm_at(e, NULL, CM_NO_INDEX, NULL);
	if (cursor.ptr) {
		if (cursor.len < 2 || cursor.len > CM_MAX_CURSOR || cursor.ptr[0] != '?') {
			return cm_fail(e, "cursor", "must be the nextCursor Walmart returned (it starts with '?', at most %d bytes)",
				CM_MAX_CURSOR);
		}
		for (i = 1; i < cursor.len; i++) {
			unsigned char ch = (unsigned char) cursor.ptr[i];
			if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch && strchr("-._~%&=+:,", ch)))) {
				return cm_fail(e, "cursor", "must be the nextCursor Walmart returned: it has a character a query cannot hold at offset %zu", i);
			}
		}
		cm_buf_append(out, cursor.ptr, cursor.len);
		return true;
	}
	if (limit < 1 || limit > 200) {
		return cm_fail(e, "limit", "must be between 1 and 200, got %lld", (long long) limit);
	}
	if (created_start_date.ptr && !cm_start_date(e, created_start_date, date)) {
		return false;
	}
	cm_buf_lit(out, "?limit=");
	cm_buf_append_int(out, limit);
	if (created_start_date.ptr) {
		cm_buf_lit(out, "&createdStartDate=");
		cm_buf_append(out, date, strlen(date));
	}
	return true;
}
