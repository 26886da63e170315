/* A Magento shipment or cancellation, validated and written as the JSON body
 * of Walmart's v3 Orders API (shared/walmart-api.md, sections 4 and 5). */
#ifndef CM_PAYLOAD_H
#define CM_PAYLOAD_H

#include "cm_buf.h"
#include "cm_core.h"

#define CM_MAX_LINES 1000
#define CM_MAX_QUANTITY 999999

typedef struct {
	cm_str carrier;
	cm_str number;
	cm_str url;                  /* optional */
	const char *walmart_carrier; /* set by validation; NULL: goes out as otherCarrier */
} cm_tracking;

typedef struct {
	cm_str line_number;
	int64_t quantity;
	bool has_tracking;           /* a package of its own */
	cm_tracking tracking;
} cm_ship_line;

typedef struct {
	cm_str purchase_order_id;
	cm_str seller_order_id;
	int64_t ship_date_ms;
	cm_str method;               /* optional; Standard */
	bool has_tracking;
	cm_tracking tracking;
	bool intent_to_cancel_override;
	cm_ship_line *lines;
	size_t nlines;
	const char *walmart_method;  /* set by validation */
} cm_shipment;

typedef struct {
	cm_str line_number;
	int64_t ordered;
	int64_t shipped;
	int64_t cancelled;
} cm_cancel_line;

typedef struct {
	cm_str purchase_order_id;
	cm_cancel_line *lines;
	size_t nlines;
	cm_str reason;
	const char *walmart_reason;  /* set by validation */
	bool intent_to_cancel;       /* the customer asked to cancel (Walmart shows intentToCancel) */
} cm_cancellation;

/* Check every value and resolve the Walmart spellings. The caller has checked
 * the shape: required fields are present (ptr != NULL) and typed. */
bool cm_shipment_validate(cm_shipment *s, cm_error *e);
bool cm_cancellation_validate(cm_cancellation *c, cm_error *e);

/* lines: 1 to CM_MAX_LINES entries; checked before a caller allocates per line. */
bool cm_check_line_count(cm_error *e, size_t n);

/* Validate, then append the compact JSON body to out. */
bool cm_shipment_payload(cm_shipment *s, cm_buf *out, cm_error *e);
bool cm_cancellation_payload(cm_cancellation *c, cm_buf *out, cm_error *e);

/* {"sku":…,"quantity":{"unit":"EACH","amount":N}} for PUT /v3/inventory; quantity 0 to CM_MAX_INVENTORY. */
#define CM_MAX_INVENTORY INT64_C(2147483647)
bool cm_inventory_payload(cm_str sku, int64_t quantity, cm_buf *out, cm_error *e);

/* The tracking a line ships with: its own, or the shipment's. */
static inline const cm_tracking *cm_line_tracking(const cm_shipment *s, const cm_ship_line *l)
{
	return l->has_tracking ? &l->tracking : &s->tracking;
}

/* A released-orders query: "?limit=N[&createdStartDate=…]" or a cursor Walmart
 * gave (up to CM_MAX_CURSOR bytes, appended as it is). created_start_date is a
 * date (2026-11-22, sent as given) or an ISO 8601 date-time with a zone
 * (2020-03-16T10:30:15Z, 2020-03-16T12:30:15.250+02:00), sent as Walmart's own
 * example writes it: UTC to the second, "…T10:30:15Z" (Walmart refuses
 * milliseconds, and no '+' ever reaches the query). */
#define CM_MAX_CURSOR 2048
bool cm_released_query(cm_buf *out, cm_str created_start_date, int64_t limit, cm_str cursor, cm_error *e);

#endif
