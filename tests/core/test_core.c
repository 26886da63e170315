/* Unit tests of the plain-C core, built without PHP under ASan and UBSan
 * (make core-test). Each check counts as one test. */
#include <stdio.h>
#include <string.h>

#include "cm_buf.h"
#include "cm_payload.h"
#include "cm_status.h"
#include "cm_tables.h"
#include "cm_text.h"
#include "cm_time.h"
#include "cm_http.h"
#include "cm_json.h"
#include "cm_retry.h"
#include "cm_token.h"
#include "cm_walmart.h"
#include "check.h"

int cm_test_passed, cm_test_failed;

void check(bool ok, const char *what, const char *file, int line)
{
	if (ok) {
		cm_test_passed++;
	} else {
		cm_test_failed++;
		printf("FAIL %s:%d: %s\n", file, line, what);
	}
}

void check_str(const char *got, const char *want, const char *file, int line)
{
	bool ok = got && strcmp(got, want) == 0;
	if (!ok) {
		printf("  got:  %s\n  want: %s\n", got ? got : "(null)", want);
	}
	check(ok, want, file, line);
}

static const char *json_of(const char *s, size_t n)
{
	static cm_buf b;
	cm_buf_free(&b);
	cm_buf_json_str(&b, s, n);
	return b.data;
}

static void test_buf(void)
{
	cm_buf b = {0};

	CHECK_STR(json_of("a\"b\\c/d", 7), "\"a\\\"b\\\\c/d\"");
	CHECK_STR(json_of("\b\f\n\r\t\x01\x1f", 7), "\"\\b\\f\\n\\r\\t\\u0001\\u001f\"");
	CHECK_STR(json_of("caf\xC3\xA9 \xE2\x82\xAC", 9), "\"caf\xC3\xA9 \xE2\x82\xAC\"");
	CHECK_STR(json_of("a\xE2\x80\xA8" "b\xE2\x80\xA9", 8), "\"a\\u2028b\\u2029\"");
	CHECK_STR(json_of("", 0), "\"\"");
	CHECK_STR(json_of("x\0y", 3), "\"x\\u0000y\"");

	cm_buf_append_int(&b, 0);
	cm_buf_appendc(&b, ' ');
	cm_buf_append_int(&b, INT64_MIN);
	cm_buf_appendc(&b, ' ');
	cm_buf_append_int(&b, INT64_MAX);
	CHECK_STR(b.data, "0 -9223372036854775808 9223372036854775807");
	cm_buf_free(&b);

	for (int i = 0; i < 1000; i++) {
		cm_buf_lit(&b, "0123456789");
	}
	CHECK(b.len == 10000 && !b.oom && b.data[b.len] == '\0');
	cm_buf_free(&b);
	json_of("", 0);
}

static bool text_ok(const char *s, size_t n, size_t min, size_t max, cm_error *e)
{
	return cm_check_text(e, "f", (cm_str) {s, n}, min, max);
}

static void test_text(void)
{
	cm_error e = {0};

	CHECK(text_ok("caf\xC3\xA9", 5, 1, 4, &e));
	CHECK(!text_ok("caf\xC3\xA9", 5, 1, 3, &e) && strcmp(e.message, "must be at most 3 characters, got 4") == 0);
	CHECK(!text_ok("", 0, 1, 3, &e) && strcmp(e.message, "must not be empty") == 0);
	CHECK(!text_ok("\xC0\x80", 2, 1, 9, &e) && strstr(e.message, "valid UTF-8"));        /* overlong NUL */
	CHECK(!text_ok("\xED\xA0\x80", 3, 1, 9, &e) && strstr(e.message, "valid UTF-8"));    /* surrogate */
	CHECK(!text_ok("\xF4\x90\x80\x80", 4, 1, 9, &e) && strstr(e.message, "valid UTF-8")); /* > U+10FFFF */
	CHECK(!text_ok("ab\xE2\x82", 4, 1, 9, &e) && strcmp(e.message, "must be valid UTF-8 (invalid byte 0xE2 at offset 2)") == 0);
	CHECK(text_ok("\xF0\x9F\x93\xA6", 4, 1, 1, &e));                                     /* one emoji, one character */
	CHECK(!text_ok("a\tb", 3, 1, 9, &e) && strcmp(e.message, "must not contain control characters (found one at character 2)") == 0);
	CHECK(!text_ok("a\x7f", 2, 1, 9, &e));
	CHECK(!text_ok("\xC2\x85", 2, 1, 9, &e));                                            /* NEL, a C1 control */
	CHECK(!text_ok("\xE2\x80\xA8", 3, 1, 9, &e));                                        /* LINE SEPARATOR */
	CHECK(text_ok("\xC2\xA0", 2, 1, 9, &e));                                             /* NBSP is text */

	CHECK(cm_check_purchase_order_id(&e, "po", S("4576930294354")));
	CHECK(cm_check_purchase_order_id(&e, "po", S("AB_c-9")));
	CHECK(!cm_check_purchase_order_id(&e, "po", S("")) && strcmp(e.message, "must not be empty") == 0);
	CHECK(!cm_check_purchase_order_id(&e, "po", S("../x")) && strcmp(e.field, "po") == 0);
	CHECK(!cm_check_purchase_order_id(&e, "po", S("a\0b")));
	CHECK(!cm_check_purchase_order_id(&e, "po", S("12345678901234567890123456789012345678901234567890123456789012345")));
	CHECK(cm_check_purchase_order_id(&e, "po", S("1234567890123456789012345678901234567890123456789012345678901234")));

	CHECK(cm_check_url(&e, "u", S("https://example.com/track?n=1")));
	CHECK(cm_check_url(&e, "u", S("HTTP://example.com")));
	CHECK(!cm_check_url(&e, "u", S("ftp://example.com")));
	CHECK(!cm_check_url(&e, "u", S("https://")));
	CHECK(!cm_check_url(&e, "u", S("https:///path")));
	CHECK(!cm_check_url(&e, "u", S("https://a b")));

	CHECK(cm_check_line_number(&e, "l", S("1")));
	CHECK(cm_check_line_number(&e, "l", S("123456789")));
	CHECK(!cm_check_line_number(&e, "l", S("0")));
	CHECK(!cm_check_line_number(&e, "l", S("01")));
	CHECK(!cm_check_line_number(&e, "l", S("-1")));
	CHECK(!cm_check_line_number(&e, "l", S("1234567890")));
	CHECK(!cm_check_line_number(&e, "l", S("")));

	{
		char q[CM_QUOTE_MAX];
		CHECK_STR(cm_quote(q, "a\nb\xFF", 4), "\"a?b?\"");
		CHECK_STR(cm_quote(q, "0123456789012345678901234567890123456789XYZ", 43),
			"\"0123456789012345678901234567890123456789...\"");
	}
}

static void test_time(void)
{
	cm_error e = {0};
	int64_t ms = -1;

	CHECK(cm_parse_iso8601(&e, "d", S("2025-11-29T10:40:00Z"), &ms) && ms == INT64_C(1764412800000));
	CHECK(cm_parse_iso8601(&e, "d", S("2025-11-29T11:40:00+01:00"), &ms) && ms == INT64_C(1764412800000));
	CHECK(cm_parse_iso8601(&e, "d", S("2025-11-29T05:40:00-0500"), &ms) && ms == INT64_C(1764412800000));
	CHECK(cm_parse_iso8601(&e, "d", S("2025-11-29T12:40:00+02"), &ms) && ms == INT64_C(1764412800000));
	CHECK(cm_parse_iso8601(&e, "d", S("2025-11-29T10:40:00.250Z"), &ms) && ms == INT64_C(1764412800250));
	CHECK(cm_parse_iso8601(&e, "d", S("2025-11-29 10:40:00.123456789z"), &ms) && ms == INT64_C(1764412800123));
	CHECK(cm_parse_iso8601(&e, "d", S("1970-01-01T00:00:00Z"), &ms) && ms == 0);
	CHECK(cm_parse_iso8601(&e, "d", S("2024-02-29T00:00:00Z"), &ms) && ms == INT64_C(1709164800000));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-02-29T00:00:00Z"), &ms) && strstr(e.message, "not a valid date"));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-11-29T10:40:00"), &ms) && strstr(e.message, "time zone offset or Z"));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-11-29"), &ms));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-11-29T24:00:00Z"), &ms));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-11-29T10:40:00+24:00"), &ms));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-11-29T10:40:00Zjunk"), &ms));
	CHECK(!cm_parse_iso8601(&e, "d", S("1969-12-31T23:59:59Z"), &ms));
	CHECK(!cm_parse_iso8601(&e, "d", S("2025-11-29T10:40:00.Z"), &ms));
	CHECK(cm_check_unix_seconds(&e, "d", CM_MAX_UNIX_SECONDS, &ms) && ms == CM_MAX_UNIX_SECONDS * 1000);
	CHECK(!cm_check_unix_seconds(&e, "d", CM_MAX_UNIX_SECONDS + 1, &ms));
	CHECK(!cm_check_unix_seconds(&e, "d", -1, &ms));
	CHECK(!cm_check_unix_seconds(&e, "d", INT64_MIN, &ms));
}

static void test_tables(void)
{
	char list[CM_NAME_LIST_MAX];
	size_t n = 0;
	const cm_name *c;

	CHECK_STR(cm_carrier_find(S("fedex")), "FedEx");
	CHECK_STR(cm_carrier_find(S("DHL ECOMMERCE - US")), "DHL Ecommerce - US");
	CHECK_STR(cm_carrier_find(S("usps")), "USPS");
	CHECK(cm_carrier_find(S("Acme Couriers")) == NULL);
	CHECK(cm_carrier_find(S("UP")) == NULL);
	CHECK(cm_carrier_find(S("UPSX")) == NULL);
	for (c = cm_carriers; c->name; c++) {
		n += cm_carrier_find((cm_str) {c->name, strlen(c->name)}) == c->walmart;
	}
	CHECK(n == 85);
	CHECK_STR(cm_name_find(cm_methods, S("oneday")), "OneDay");
	CHECK_STR(cm_name_find(cm_cancel_reasons, S("Fraud")), "SELLER_CANCEL_FRAUD_STOP_SHIPMENT");
	CHECK_STR(cm_name_list(list, sizeof(list), cm_methods), "Standard, Express, OneDay, Freight, WhiteGlove, Value");
	CHECK_STR(cm_name_list(list, 20, cm_methods), "Standard, Express");
}

static cm_shipment sample_shipment(cm_ship_line *lines, size_t n)
{
	cm_shipment s = {0};

	s.purchase_order_id = S("4576930294354");
	s.seller_order_id = S("000000123");
	s.ship_date_ms = INT64_C(1764412800000);
	s.has_tracking = true;
	s.tracking.carrier = S("ups");
	s.tracking.number = S("1Z999AA10123456784");
	s.tracking.url = S("https://www.ups.com/track?tracknum=1Z999AA10123456784");
	s.lines = lines;
	s.nlines = n;
	return s;
}

static void test_shipment(void)
{
	cm_ship_line lines[3] = {{.line_number = S("1"), .quantity = 2}};
	cm_shipment s = sample_shipment(lines, 1);
	cm_buf b = {0};
	cm_error e = {0};

	CHECK(cm_shipment_payload(&s, &b, &e));
	CHECK_STR(b.data, "{\"orderShipment\":{\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\",\"sellerOrderId\":\"000000123\","
		"\"intentToCancelOverride\":false,\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Shipped\","
		"\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"2\"},\"trackingInfo\":{\"shipDateTime\":1764412800000,"
		"\"carrierName\":{\"carrier\":\"UPS\"},\"methodCode\":\"Standard\",\"trackingNumber\":\"1Z999AA10123456784\","
		"\"trackingURL\":\"https://www.ups.com/track?tracknum=1Z999AA10123456784\"}}]}}]}}}");
	cm_buf_free(&b);

	/* line 1 split over two packages, line 2 in the first */
	lines[0] = (cm_ship_line) {.line_number = S("1"), .quantity = 1};
	lines[1] = (cm_ship_line) {.line_number = S("2"), .quantity = 3};
	lines[2] = (cm_ship_line) {S("1"), 1, true, {S("Acme"), S("A-2"), S("http://acme.test/A-2"), NULL}};
	s = sample_shipment(lines, 3);
	s.tracking.url = (cm_str) {0};
	s.method = S("express");
	s.intent_to_cancel_override = true;
	CHECK(cm_shipment_payload(&s, &b, &e));
	CHECK_STR(b.data, "{\"orderShipment\":{\"orderLines\":{\"orderLine\":["
		"{\"lineNumber\":\"1\",\"sellerOrderId\":\"000000123\",\"intentToCancelOverride\":true,\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"1\"},\"trackingInfo\":{\"shipDateTime\":1764412800000,"
		"\"carrierName\":{\"carrier\":\"UPS\"},\"methodCode\":\"Express\",\"trackingNumber\":\"1Z999AA10123456784\"}},"
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"1\"},\"trackingInfo\":{\"shipDateTime\":1764412800000,"
		"\"carrierName\":{\"otherCarrier\":\"Acme\"},\"methodCode\":\"Express\",\"trackingNumber\":\"A-2\",\"trackingURL\":\"http://acme.test/A-2\"}}]}},"
		"{\"lineNumber\":\"2\",\"sellerOrderId\":\"000000123\",\"intentToCancelOverride\":true,\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"3\"},\"trackingInfo\":{\"shipDateTime\":1764412800000,"
		"\"carrierName\":{\"carrier\":\"UPS\"},\"methodCode\":\"Express\",\"trackingNumber\":\"1Z999AA10123456784\"}}]}}]}}}");
	cm_buf_free(&b);

	s = sample_shipment(lines, 3);
	s.has_tracking = false;
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.field, "tracking") == 0
		&& strcmp(e.message, "is required, since lines.0 has no tracking of its own") == 0);
	lines[0].quantity = -2;
	s = sample_shipment(lines, 3);
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.field, "lines.0.quantity") == 0
		&& strcmp(e.message, "must be a positive integer, got -2") == 0);
	lines[0].quantity = 1000000;
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.message, "must be at most 999999, got 1000000") == 0);
	lines[0].quantity = 1;
	lines[2].tracking.url = (cm_str) {0};
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.field, "lines.2.tracking.url") == 0);
	s.nlines = 0;
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.field, "lines") == 0);
	s = sample_shipment(lines, 1);
	s.seller_order_id = S("1234567890123456789012345678901");
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.field, "seller_order_id") == 0);
	s = sample_shipment(lines, 1);
	s.method = S("Fast");
	CHECK(!cm_shipment_validate(&s, &e) && strcmp(e.field, "method") == 0);
}

static void test_cancellation(void)
{
	cm_cancel_line lines[3] = {
		{S("1"), 3, 1, 0},
		{S("2"), 1, 0, 1},
		{S("3"), 2, 0, 0},
	};
	cm_cancellation c = {S("P-1"), lines, 3, S("out_of_stock"), NULL, false};
	cm_buf b = {0};
	cm_error e = {0};

	CHECK(cm_cancellation_payload(&c, &b, &e));
	CHECK_STR(b.data, "{\"orderCancellation\":{\"orderLines\":{\"orderLine\":["
		"{\"lineNumber\":\"1\",\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Cancelled\",\"cancellationReason\":\"SELLER_CANCEL_OUT_OF_STOCK\","
		"\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"2\"}}]}},"
		"{\"lineNumber\":\"3\",\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Cancelled\",\"cancellationReason\":\"SELLER_CANCEL_OUT_OF_STOCK\","
		"\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"2\"}}]}}]}}}");
	cm_buf_free(&b);

	lines[0].shipped = 3;
	lines[2].cancelled = 2;
	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "lines") == 0 && strstr(e.message, "nothing left to cancel"));
	lines[0].shipped = 3;
	lines[0].cancelled = 1;
	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "lines.0") == 0
		&& strcmp(e.message, "shipped (3) plus cancelled (1) is more than ordered (3)") == 0);
	lines[0].cancelled = 0;
	lines[2].line_number = S("1");
	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "lines.2.line_number") == 0
		&& strcmp(e.message, "line 1 is listed twice (also at lines.0)") == 0);
	lines[2] = (cm_cancel_line) {S("3"), 2, 0, 0};
	c.reason = S("SELLER_CANCEL_PRICING_ERROR");
	CHECK(cm_cancellation_validate(&c, &e) && strcmp(c.walmart_reason, "SELLER_CANCEL_PRICING_ERROR") == 0);
	c.reason = S("because");
	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "reason") == 0);
	lines[1].ordered = 0;
	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "lines.1.ordered") == 0);
}

static void test_status(void)
{
	cm_error e = {0};
	cm_units_kind k;
	int64_t n;
	cm_tally t = {0};

	CHECK(cm_units_kind_parse(&e, "s", S("Acknowledged"), &k) && k == CM_UNITS_OPEN);
	CHECK(cm_units_kind_parse(&e, "s", S("Refund"), &k) && k == CM_UNITS_SHIPPED);
	CHECK(cm_units_kind_parse(&e, "s", S("cancelled"), &k) && k == CM_UNITS_CANCELLED);
	CHECK(!cm_units_kind_parse(&e, "s", S("Lost"), &k));
	CHECK(cm_amount_parse(&e, "a", S("12"), &n) && n == 12);
	CHECK(cm_amount_parse(&e, "a", S("2.000"), &n) && n == 2);
	CHECK(!cm_amount_parse(&e, "a", S("2.5"), &n));
	CHECK(!cm_amount_parse(&e, "a", S("-1"), &n));
	CHECK(!cm_amount_parse(&e, "a", S(""), &n));
	CHECK(!cm_amount_parse(&e, "a", S("99999999999999999999"), &n));

	CHECK(cm_tally_status(&t) == NULL);
	cm_tally_add(&e, "a", &t, CM_UNITS_OPEN, 2);
	CHECK_STR(cm_tally_status(&t), "Open");
	cm_tally_add(&e, "a", &t, CM_UNITS_CANCELLED, 1);
	CHECK_STR(cm_tally_status(&t), "Open");
	cm_tally_add(&e, "a", &t, CM_UNITS_SHIPPED, 1);
	CHECK_STR(cm_tally_status(&t), "Partially Shipped");
	t.open = 0;
	CHECK_STR(cm_tally_status(&t), "Shipped");
	t.shipped = 0;
	CHECK_STR(cm_tally_status(&t), "Canceled");
	CHECK(!cm_tally_add(&e, "a", &t, CM_UNITS_OPEN, -1));
}

static void test_retry(void)
{
	uint64_t state = 42, seen_max = 0;
	bool within = true;
	int i;

	CHECK(cm_backoff_ms(0, 200, 10000, 0) == 0);
	CHECK(cm_backoff_ms(0, 200, 10000, 200) == 200);
	CHECK(cm_backoff_ms(0, 200, 10000, 201) == 0);        /* within [0, 200] */
	CHECK(cm_backoff_ms(3, 200, 10000, 1600) == 1600);    /* ceiling 200 * 2^3 */
	CHECK(cm_backoff_ms(30, 200, 10000, 10000) == 10000); /* capped, no overflow */
	CHECK(cm_backoff_ms(62, 200, 10000, UINT64_MAX) <= 10000);
	for (i = 0; i < 1000; i++) {
		uint64_t v = (uint64_t) cm_backoff_ms(2, 200, 10000, cm_random_next(&state));
		within = within && v <= 800;
		seen_max = v > seen_max ? v : seen_max;
	}
	CHECK(within);
	CHECK(seen_max > 600); /* full jitter spreads over the range */
	CHECK(cm_rate_limit_wait_ms(1500, 7, 1000) == 500);   /* the replenish time wins */
	CHECK(cm_rate_limit_wait_ms(900, -1, 1000) == 0);     /* already replenished */
	CHECK(cm_rate_limit_wait_ms(-1, 2, 1000) == 2000);
	CHECK(cm_rate_limit_wait_ms(-1, -1, 1000) == -1);
	CHECK(cm_rate_limit_wait_ms(-1, INT64_MAX, 0) == INT64_MAX);
	CHECK(cm_http_parse_int(" 1764412800000\r\n", 16) == INT64_C(1764412800000));
	CHECK(cm_http_parse_int("12", 2) == 12);
	CHECK(cm_http_parse_int("", 0) == -1);
	CHECK(cm_http_parse_int("Wed, 21 Oct 2026 07:28:00 GMT", 29) == -1);
	CHECK(cm_http_parse_int("-5", 2) == -1);
	CHECK(cm_http_parse_int("99999999999999999999999", 23) == INT64_MAX); /* saturates */
}

static void test_token_cache(void)
{
	cm_token_cache c = {0};
	const char *kept;

	CHECK(cm_token_get(&c, "k1", 0, CM_TOKEN_EARLY_MS) == NULL);
	kept = cm_token_put(&c, "k1", "tokenAxx", 6, 900, 1000);
	CHECK_STR(kept, "tokenA");
	CHECK_STR(cm_token_get(&c, "k1", 1000, CM_TOKEN_EARLY_MS), "tokenA");
	CHECK(cm_token_get(&c, "k1", 1000 + 840000 - 1, CM_TOKEN_EARLY_MS) != NULL); /* usable until a minute before expiry */
	CHECK(cm_token_get(&c, "k1", 1000 + 840000, CM_TOKEN_EARLY_MS) == NULL);
	CHECK(cm_token_get(&c, "k2", 1000, CM_TOKEN_EARLY_MS) == NULL);
	CHECK_STR(cm_token_put(&c, "k2", "tokenB", 6, 30, 1000), "tokenB"); /* short-lived: kept for this call... */
	CHECK(cm_token_get(&c, "k2", 1000, CM_TOKEN_EARLY_MS) == NULL);                        /* ...never served from the cache */
	CHECK_STR(cm_token_get(&c, "k2", 1000, 0), "tokenB");                                  /* but to the call that fetched it */
	cm_token_put(&c, "k1", "tokenC", 6, 900, 2000);
	CHECK_STR(cm_token_get(&c, "k1", 2000, CM_TOKEN_EARLY_MS), "tokenC");
	cm_token_drop(&c, "k1");
	CHECK(cm_token_get(&c, "k1", 2000, CM_TOKEN_EARLY_MS) == NULL);
	cm_token_cache_free(&c);
	CHECK(c.head == NULL);
}

static json_object *parse(const char *s)
{
	char why[128];
	return cm_json_parse(s, strlen(s), why, sizeof(why));
}

static void test_json(void)
{
	cm_api_error errs[CM_MAX_API_ERRORS];
	cm_error e = {0};
	char why[128];
	json_object *o;

	CHECK(cm_json_parse("{\"a\":", 5, why, sizeof(why)) == NULL && strcmp(why, "the JSON ends early") == 0);
	CHECK(cm_json_parse("{} x", 4, why, sizeof(why)) == NULL && strstr(why, "unexpected data"));
	CHECK(cm_json_parse("", 0, why, sizeof(why)) == NULL);
	o = parse("{}  \n");
	CHECK(o != NULL);
	json_object_put(o);

	o = parse("{\"errors\":{\"error\":[{\"code\":\"A.GMP_ORDER_API\",\"field\":\"data\",\"description\":\"d1\"},{\"code\":\"B\"}]}}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 2 && strcmp(errs[0].code, "A.GMP_ORDER_API") == 0
		&& strcmp(errs[0].description, "d1") == 0 && strcmp(errs[1].field, "") == 0);
	CHECK(cm_json_errors(o, errs, 1) == 1);
	json_object_put(o);
	o = parse("{\"errors\":[{\"code\":\"C\",\"message\":\"simplified shape\",\"field\":\"sku\"}]}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 1 && strcmp(errs[0].description, "simplified shape") == 0);
	json_object_put(o);
	o = parse("{\"errors\":{\"error\":{\"code\":\"D\",\"description\":\"unwrapped\"}}}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 0); /* errors.error must be a list... */
	json_object_put(o);
	o = parse("{\"error\":{\"code\":\"E\",\"description\":\"lone\"}}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 1 && strcmp(errs[0].code, "E") == 0); /* ...a lone one may be bare */
	json_object_put(o);
	o = parse("[1,2]");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 0 && cm_json_order(o) == NULL);
	json_object_put(o);

	o = parse("{\"order\":{\"orderLines\":{\"orderLine\":["
		"{\"lineNumber\":\"1\",\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":\"1\"},\"trackingInfo\":{\"trackingNumber\":\"T1\"}},"
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":2},\"trackingInfo\":{\"trackingNumber\":\"T2\"}},"
		"{\"status\":\"Acknowledged\",\"statusQuantity\":{\"amount\":\"1\"}}]}},"
		"{\"lineNumber\":\"2\",\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Cancelled\",\"statusQuantity\":{\"amount\":\"2.0\"}}]}}]}}}");
	CHECK_STR(cm_json_order_status(cm_json_order(o), &e), "Partially Shipped");
	{
		cm_ship_line lines[2] = {{.line_number = S("1"), .quantity = 1}, {.line_number = S("1"), .quantity = 2,
			.has_tracking = true, .tracking = {.number = S("T2")}}};
		cm_shipment s = {.has_tracking = true, .tracking = {.number = S("T1")}, .lines = lines, .nlines = 2};
		CHECK(cm_json_shows_shipment(cm_json_order(o), &s));
		lines[1].quantity = 3;
		CHECK(!cm_json_shows_shipment(cm_json_order(o), &s));  /* T2 has 2, not 3 */
		lines[1].quantity = 1;
		lines[1].tracking.number = S("T1");                     /* T1 twice: 1 + 1 wanted, 1 shipped */
		CHECK(!cm_json_shows_shipment(cm_json_order(o), &s));
	}
	{
		cm_cancel_line lines[2] = {{S("2"), 2, 0, 0}, {S("1"), 4, 3, 0}};
		cm_cancellation c = {.lines = lines, .nlines = 1};
		CHECK(cm_json_shows_cancellation(cm_json_order(o), &c));
		c.nlines = 2;                                           /* line 1 still has an open unit */
		CHECK(!cm_json_shows_cancellation(cm_json_order(o), &c));
	}
	json_object_put(o);

	o = parse("{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Lost\",\"statusQuantity\":{\"amount\":\"1\"}}]}}]}}");
	CHECK(cm_json_order_status(cm_json_order(o), &e) == NULL && strcmp(e.field, "orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status") == 0);
	json_object_put(o);
	o = parse("{\"orderLines\":{\"orderLine\":[]}}");
	CHECK(cm_json_order_status(cm_json_order(o), &e) == NULL && strcmp(e.field, "orderLines.orderLine") == 0);
	json_object_put(o);
}

static void test_queries(void)
{
	cm_buf b = {0};
	cm_error e = {0};

	CHECK(cm_released_query(&b, (cm_str) {0}, 100, (cm_str) {0}, &e) && strcmp(b.data, "?limit=100") == 0);
	cm_buf_free(&b);
	CHECK(cm_released_query(&b, S("2026-11-22"), 5, (cm_str) {0}, &e) && strcmp(b.data, "?limit=5&createdStartDate=2026-11-22") == 0);
	cm_buf_free(&b);
	CHECK(cm_released_query(&b, (cm_str) {0}, 0, S("?limit=2&poIndex=4&createdEndDate=2019-09-17T18:47:03.703Z"), &e)
		&& strcmp(b.data, "?limit=2&poIndex=4&createdEndDate=2019-09-17T18:47:03.703Z") == 0);
	cm_buf_free(&b);
	CHECK(!cm_released_query(&b, (cm_str) {0}, 201, (cm_str) {0}, &e) && strcmp(e.field, "limit") == 0);
	CHECK(!cm_released_query(&b, S("2026-11-22 00:00"), 5, (cm_str) {0}, &e) && strcmp(e.field, "created_start_date") == 0);
	CHECK(!cm_released_query(&b, (cm_str) {0}, 5, S("limit=2"), &e) && strcmp(e.field, "cursor") == 0);
	CHECK(!cm_released_query(&b, (cm_str) {0}, 5, S("?a=1#frag"), &e));
	CHECK(!cm_released_query(&b, (cm_str) {0}, 5, S("?a=1\r\nX: y"), &e));
	CHECK(!cm_released_query(&b, (cm_str) {0}, 5, S("?a=\0"), &e));
	CHECK(!cm_released_query(&b, (cm_str) {0}, 5, S("?/../v3/token"), &e));
	cm_buf_free(&b);

	CHECK(cm_check_sku(&e, "sku", S("MUG BLUE+1")));
	CHECK(cm_check_sku(&e, "sku", S("a.b")));
	CHECK(cm_check_sku(&e, "sku", S("a..b"))); /* Walmart allows reserved characters: the query encodes them */
	CHECK(cm_check_sku(&e, "sku", S("TEE/RED/M")));
	CHECK(!cm_check_sku(&e, "sku", S("a\0b")));
	CHECK(cm_inventory_payload(S("S\"1"), 5, &b, &e) && strcmp(b.data, "{\"sku\":\"S\\\"1\",\"quantity\":{\"unit\":\"EACH\",\"amount\":5}}") == 0);
	cm_buf_free(&b);
	CHECK(!cm_inventory_payload(S("S"), -1, &b, &e) && strcmp(e.field, "quantity") == 0);
	cm_buf_free(&b);
}

int main(void)
{
	test_buf();
	test_text();
	test_time();
	test_tables();
	test_shipment();
	test_cancellation();
	test_status();
	test_retry();
	test_token_cache();
	test_json();
	test_queries();
	test_data_suite();
	test_engine_suite();
	printf("core: %d passed, %d failed\n", cm_test_passed, cm_test_failed);
	return cm_test_failed ? 1 : 0;
}
