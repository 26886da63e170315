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

static int passed, failed;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
#define S(lit) ((cm_str) {(lit), sizeof(lit) - 1})

static void check(bool ok, const char *what, const char *file, int line)
{
	if (ok) {
		passed++;
	} else {
		failed++;
		printf("FAIL %s:%d: %s\n", file, line, what);
	}
}

static void check_str(const char *got, const char *want, const char *file, int line)
{
	bool ok = got && strcmp(got, want) == 0;
	if (!ok) {
		printf("  got:  %s\n  want: %s\n", got ? got : "(null)", want);
	}
	check(ok, want, file, line);
}
#define CHECK_STR(got, want) check_str((got), (want), __FILE__, __LINE__)

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
	cm_cancellation c = {S("P-1"), lines, 3, S("out_of_stock"), NULL};
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

int main(void)
{
	test_buf();
	test_text();
	test_time();
	test_tables();
	test_shipment();
	test_cancellation();
	test_status();
	printf("core: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
