// The payload builders on structures made from the fuzzer's bytes: shipments
// (lines, packages, tracking, carriers, methods), cancellations (quantities,
// reasons, intent to cancel), inventory updates and released-orders queries.
// Checks: a refusal names its field in clean text; every body built is JSON
// that reads back; a shipment's body, read as Walmart's order, shows that
// shipment as applied and counts as Shipped; a query holds only query bytes.
#include "cm_buf.h"
#include "cm_json.h"
#include "cm_payload.h"
#include "cm_status.h"
#include "fuzz.h"

#define MAX_FUZZ_LINES 24

static const char *const texts[] = {
	"1", "2", "10", "0", "01", "UPS", "ups", "FedEx", "Acme", "fedex", "Express", "oneday", "Fast", "T1", "T2",
	"https://track.example/1", "ftp://x", "fraud", "customer_requested", "CUSTOMER_REQUESTED_SELLER_TO_CANCEL",
	"out_of_stock", "4576930294354", "PO-1", "../x", "2026-11-22", "2020-03-16T10:30:15Z", "2020-03-16T12:30:15+02:00",
	"?limit=10&hasMoreElements=true&soIndex=31", "caf\xC3\xA9", "",
};

/* A string: one of the usual values, or bytes from the input. */
static cm_str text(fuzz_in *in, bool optional)
{
	unsigned pick = fuzz_byte(in);

	if (pick < 2 * sizeof(texts) / sizeof(texts[0])) {
		const char *t = texts[pick / 2];
		return (cm_str) {t, strlen(t)};
	}
	return fuzz_str(in, 80, optional);
}

static json_object *reparse(const cm_buf *b)
{
	char why[128];
	json_object *o;

	FUZZ_ASSERT(!b->oom && b->data);
	o = cm_json_parse(b->data, b->len, why, sizeof(why));
	FUZZ_ASSERT(o != NULL);
	return o;
}

static void fuzz_shipment(fuzz_in *in)
{
	cm_ship_line lines[MAX_FUZZ_LINES];
	cm_shipment s = {0};
	cm_buf b = {0};
	cm_error e;
	size_t i;

	s.purchase_order_id = text(in, false);
	s.seller_order_id = text(in, false);
	s.ship_date_ms = fuzz_int(in);
	s.method = text(in, true);
	s.has_tracking = fuzz_byte(in) & 1;
	s.tracking = (cm_tracking) {text(in, false), text(in, false), text(in, true), NULL};
	s.intent_to_cancel_override = fuzz_byte(in) & 1;
	s.nlines = fuzz_byte(in) % (MAX_FUZZ_LINES + 1);
	for (i = 0; i < s.nlines; i++) {
		lines[i] = (cm_ship_line) {text(in, false), fuzz_int(in), false, {{0}, {0}, {0}, NULL}};
		if (fuzz_byte(in) & 1) {
			lines[i].has_tracking = true;
			lines[i].tracking = (cm_tracking) {text(in, false), text(in, false), text(in, true), NULL};
		}
	}
	s.lines = lines;

	fuzz_dirty_error(&e);
	if (!cm_shipment_payload(&s, &b, &e)) {
		fuzz_check_error(&e);
	} else {
		json_object *body = reparse(&b);
		json_object *as_order = cm_json_get(body, "orderShipment");
		char line[32];
		cm_error e2;

		/* what we send, read back as Walmart's order: shipped, and this very shipment */
		FUZZ_ASSERT(as_order != NULL);
		fuzz_dirty_error(&e2);
		FUZZ_ASSERT(cm_json_order_status(as_order, &e2) && strcmp(cm_json_order_status(as_order, &e2), CM_STATUS_SHIPPED) == 0);
		FUZZ_ASSERT(cm_json_shipment_shown(as_order, &s, line, sizeof(line)) == CM_SHOWN_YES);
		json_object_put(body);
	}
	cm_buf_free(&b);
}

static void fuzz_cancellation(fuzz_in *in)
{
	cm_cancel_line lines[MAX_FUZZ_LINES];
	cm_cancellation c = {0};
	cm_buf b = {0};
	cm_error e;
	size_t i;
	bool earlier_cancellations = false;

	c.purchase_order_id = text(in, false);
	c.reason = text(in, true);
	c.intent_to_cancel = fuzz_byte(in) & 1;
	c.nlines = fuzz_byte(in) % (MAX_FUZZ_LINES + 1);
	for (i = 0; i < c.nlines; i++) {
		lines[i] = (cm_cancel_line) {text(in, false), fuzz_int(in), fuzz_int(in), fuzz_int(in)};
	}
	c.lines = lines;

	fuzz_dirty_error(&e);
	if (!cm_cancellation_payload(&c, &b, &e)) {
		fuzz_check_error(&e);
	} else {
		json_object *body = reparse(&b);
		json_object *as_order = cm_json_get(body, "orderCancellation");
		char line[32];
		cm_shown shown = cm_json_cancellation_shown(as_order, &c, line, sizeof(line));

		for (i = 0; i < c.nlines; i++) {
			earlier_cancellations = earlier_cancellations
				|| (lines[i].cancelled > 0 && lines[i].ordered - lines[i].shipped - lines[i].cancelled > 0);
		}
		FUZZ_ASSERT(strcmp(c.walmart_reason, "CUSTOMER_REQUESTED_SELLER_TO_CANCEL") != 0 || c.intent_to_cancel);
		/* read back as Walmart's order, it shows the open units cancelled: the whole request when
		 * no line being cancelled had units cancelled before; else those earlier units are missing */
		FUZZ_ASSERT(earlier_cancellations ? shown != CM_SHOWN_YES : shown == CM_SHOWN_YES);
		json_object_put(body);
	}
	cm_buf_free(&b);
}

static void fuzz_inventory(fuzz_in *in)
{
	cm_str sku = text(in, false);
	int64_t quantity = fuzz_int(in);
	cm_buf b = {0};
	cm_error e;

	fuzz_dirty_error(&e);
	if (!cm_inventory_payload(sku, quantity, &b, &e)) {
		fuzz_check_error(&e);
	} else {
		json_object *body = reparse(&b);
		json_object *got = cm_json_get(body, "sku");

		FUZZ_ASSERT(got && (size_t) json_object_get_string_len(got) == sku.len && memcmp(json_object_get_string(got), sku.ptr, sku.len) == 0);
		FUZZ_ASSERT(json_object_get_int64(cm_json_get(cm_json_get(body, "quantity"), "amount")) == quantity);
		json_object_put(body);
	}
	cm_buf_free(&b);
}

static void fuzz_query(fuzz_in *in)
{
	cm_str date = text(in, true), cursor = fuzz_byte(in) & 1 ? text(in, false) : (cm_str) {NULL, 0};
	int64_t limit = fuzz_int(in);
	cm_buf b = {0};
	cm_error e;
	size_t i;

	if (cursor.ptr && fuzz_byte(in) == 7) {
		/* now and then a cursor near the limit: '?' and the rest from the input, repeated */
		static char big[CM_MAX_CURSOR + 8];
		size_t len = CM_MAX_CURSOR - 4 + fuzz_byte(in) % 8;
		big[0] = '?';
		for (i = 1; i < len; i++) {
			big[i] = cursor.len ? cursor.ptr[i % cursor.len] : 'a';
		}
		cursor = (cm_str) {big, len};
	}
	fuzz_dirty_error(&e);
	if (!cm_released_query(&b, date, limit, cursor, &e)) {
		fuzz_check_error(&e);
	} else {
		FUZZ_ASSERT(!b.oom && b.len >= 2 && b.data[0] == '?' && b.len <= CM_MAX_CURSOR);
		for (i = 1; i < b.len; i++) {
			unsigned char ch = (unsigned char) b.data[i];
			FUZZ_ASSERT((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || strchr("-._~%&=+:,", ch));
		}
		if (!cursor.ptr) {
			FUZZ_ASSERT(!memchr(b.data, '+', b.len));
		}
	}
	cm_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	fuzz_in in = {data, size};

	switch (fuzz_byte(&in) % 4) {
		case 0:
			fuzz_shipment(&in);
			break;
		case 1:
			fuzz_cancellation(&in);
			break;
		case 2:
			fuzz_inventory(&in);
			break;
		default:
			fuzz_query(&in);
			break;
	}
	return 0;
}
