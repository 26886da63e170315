/* The data side of the core: Walmart's answers read through one walk (json-c
 * here; PHP arrays in tests/status_one_walker.phpt), "already applied?", the
 * customer's intent to cancel, the input rules, and fuzzing's regressions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cm_answer.h"
#include "cm_buf.h"
#include "cm_json.h"
#include "cm_payload.h"
#include "cm_status.h"
#include "cm_text.h"
#include "cm_time.h"
#include "cm_token.h"
#include "check.h"

static json_object *parse(const char *s)
{
	char why[128];
	return cm_json_parse(s, strlen(s), why, sizeof(why));
}

/* An order from "<line>:<status>:<amount>[:<tracking>]" buckets separated by spaces, wrapped in {"order": …}. */
static json_object *order_of(const char *spec)
{
	cm_buf b = {0};
	char line[16] = "";
	const char *p = spec;
	bool first_line = true, first_bucket = true;
	json_object *o;

	cm_buf_lit(&b, "{\"order\":{\"orderLines\":{\"orderLine\":[");
	while (*p) {
		char number[16], status[16], amount[24], tracking[32] = "";
		int n = 0;

		if (sscanf(p, "%15[^:]:%15[^: ]:%23[^: ]%n", number, status, amount, &n) != 3) {
			break;
		}
		p += n;
		if (*p == ':') {
			sscanf(p + 1, "%31[^ ]%n", tracking, &n);
			p += 1 + n;
		}
		while (*p == ' ') {
			p++;
		}
		if (strcmp(number, line) != 0) {
			if (!first_line) {
				cm_buf_lit(&b, "]}},");
			}
			first_line = false;
			first_bucket = true;
			snprintf(line, sizeof(line), "%s", number);
			cm_buf_lit(&b, "{\"lineNumber\":\"");
			cm_buf_append(&b, number, strlen(number));
			cm_buf_lit(&b, "\",\"orderLineStatuses\":{\"orderLineStatus\":[");
		}
		if (!first_bucket) {
			cm_buf_appendc(&b, ',');
		}
		first_bucket = false;
		cm_buf_lit(&b, "{\"status\":\"");
		cm_buf_append(&b, status, strlen(status));
		cm_buf_lit(&b, "\",\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"");
		cm_buf_append(&b, amount, strlen(amount));
		cm_buf_lit(&b, "\"}");
		if (tracking[0]) {
			cm_buf_lit(&b, ",\"trackingInfo\":{\"trackingNumber\":\"");
			cm_buf_append(&b, tracking, strlen(tracking));
			cm_buf_lit(&b, "\"}");
		}
		cm_buf_appendc(&b, '}');
	}
	cm_buf_lit(&b, first_line ? "]}}}" : "]}}]}}}");
	o = parse(b.data);
	cm_buf_free(&b);
	return o;
}

/* The status of a body, or "<field>: <message>". */
static const char *status_of(const char *body)
{
	static char out[CM_FIELD_MAX + CM_MESSAGE_MAX + 4];
	json_object *o = parse(body);
	cm_error e;
	const char *status;

	memset(&e, 0x5A, sizeof(e)); /* whatever was on the stack: the walk must not read it */
	if (!o) {
		return "(not JSON)";
	}
	status = cm_json_order_status(o, &e);
	if (status) {
		snprintf(out, sizeof(out), "%s", status);
	} else {
		snprintf(out, sizeof(out), "%s: %s", e.field, e.message);
	}
	json_object_put(o);
	return out;
}

static bool valid_utf8(const char *s)
{
	size_t i = 0, n = strlen(s);

	while (i < n) {
		size_t len = cm_utf8_char_len(s + i, n - i);
		if (len == 0 || cm_is_control(s + i, len)) {
			return false;
		}
		i += len;
	}
	return true;
}

/* ---- fuzzing's regressions ---- */

static void test_amount_above_max_fills_the_error(void)
{
	/* was: an uninitialised cm_error reached cm_fail -> SEGV in cm_field_path */
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":1000000000}}]}}]}}}"),
		"order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units from 0 to 999999999");
	CHECK_STR(status_of("{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":999999999}}]}}]}}"), "Shipped");
}

static void test_two_buckets_of_int64_max_are_refused_without_overflow(void)
{
	CHECK_STR(status_of("{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":["
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":9223372036854775807}},"
		"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":9223372036854775807}}]}}]}}"),
		"orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units from 0 to 999999999");
}

static void test_tally_saturates(void)
{
	cm_tally t = {0};
	cm_error e = {0};

	t.shipped = INT64_MAX - 10;
	CHECK(cm_tally_add(&e, "a", &t, CM_UNITS_SHIPPED, 999) && t.shipped == INT64_MAX);
	CHECK(cm_tally_add(&e, "a", &t, CM_UNITS_SHIPPED, CM_AMOUNT_MAX) && t.shipped == INT64_MAX);
	CHECK(!cm_tally_add(&e, "a", &t, CM_UNITS_SHIPPED, CM_AMOUNT_MAX + 1));
}

static void test_parse_null_writes_a_reason(void)
{
	char why[64];

	memset(why, 'X', sizeof(why));
	CHECK(cm_json_parse("null\n", 5, why, sizeof(why)) == NULL);
	CHECK_STR(why, "the answer is JSON null");
	memset(why, 'X', sizeof(why));
	CHECK(cm_json_parse("null", 4, why, sizeof(why)) == NULL && strcmp(why, "the answer is JSON null") == 0);
	memset(why, 'X', sizeof(why));
	CHECK(cm_json_parse("{}\n{}", 5, why, sizeof(why)) == NULL && strcmp(why, "unexpected data after the JSON value at byte 3") == 0);
	memset(why, 'X', sizeof(why));
	CHECK(cm_json_parse("", 0, why, sizeof(why)) == NULL && strcmp(why, "the JSON ends early") == 0);
}

static void test_huge_expires_in_is_clamped(void)
{
	cm_token_cache c = {0};

	/* was: now_ms + expires_in_s * 1000 overflowed, and the token arrived already expired */
	CHECK(cm_token_expiry(1000, INT64_MAX) == 1000 + (int64_t) CM_TOKEN_MAX_LIFE_S * 1000);
	CHECK(cm_token_expiry(1000, 900) == 1000 + 900000);
	CHECK(cm_token_expiry(1000, -5) == 1000);
	CHECK(cm_token_expiry(INT64_MAX - 5, 900) == INT64_MAX);
	CHECK_STR(cm_token_put(&c, "k", "tok", 3, INT64_MAX, 1764412800000), "tok");
	CHECK_STR(cm_token_get(&c, "k", 1764412800000, CM_TOKEN_EARLY_MS), "tok");
	cm_token_cache_free(&c);
}

static void test_token_valid(void)
{
	char big[CM_TOKEN_MAX_LEN + 1];

	memset(big, 'a', sizeof(big));
	CHECK(cm_token_valid("eyJraWQiOiJ.abc-_~+/=", 21));
	CHECK(!cm_token_valid("", 0));
	CHECK(!cm_token_valid("abc\r\nX-Injected: 1", 19));
	CHECK(!cm_token_valid("abc\n", 4));
	CHECK(!cm_token_valid("a b", 3));
	CHECK(!cm_token_valid("a\0b", 3));
	CHECK(!cm_token_valid("caf\xC3\xA9", 5));
	CHECK(!cm_token_valid("a\x7F", 2));
	CHECK(cm_token_valid(big, CM_TOKEN_MAX_LEN));
	CHECK(!cm_token_valid(big, CM_TOKEN_MAX_LEN + 1));
}

static void test_empty_error_code_is_no_error_in_a_list_or_alone(void)
{
	cm_api_error errs[CM_MAX_API_ERRORS];
	json_object *o;

	o = parse("{\"errors\":{\"error\":[{\"code\":\"\",\"description\":\"x\"},{\"code\":\"A\",\"description\":\"a\"}]}}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 1 && strcmp(errs[0].code, "A") == 0);
	json_object_put(o);
	o = parse("{\"error\":{\"code\":\"\",\"description\":\"x\"}}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 0);
	json_object_put(o);
	o = parse("{\"errors\":[{\"code\":\"\"}]}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 0);
	json_object_put(o);
	/* a lone error reads its description like a listed one: description, else message */
	o = parse("{\"error\":{\"code\":\"E\",\"message\":\"lone\"}}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 1 && strcmp(errs[0].description, "lone") == 0);
	json_object_put(o);
	o = parse("{\"error\":{\"code\":\"E\"}}");
	CHECK(cm_json_errors(o, errs, 0) == 0);
	json_object_put(o);
}

static void test_error_texts_are_valid_utf8(void)
{
	cm_api_error errs[CM_MAX_API_ERRORS];
	json_object *o;
	cm_buf b = {0};
	int i;

	o = parse("{\"errors\":[{\"code\":\"A\\u0000\\n\",\"field\":\"f\",\"description\":\"bad \xFF\xFE byte, caf\xC3\xA9\"}]}");
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 1);
	CHECK_STR(errs[0].code, "A  ");
	CHECK_STR(errs[0].description, "bad ?? byte, caf\xC3\xA9");
	json_object_put(o);

	/* a description longer than the field is cut between characters */
	cm_buf_lit(&b, "{\"errors\":[{\"code\":\"A\",\"description\":\"");
	for (i = 0; i < 600; i++) {
		cm_buf_lit(&b, "\xC3\xA9");
	}
	cm_buf_lit(&b, "\"}]}");
	o = parse(b.data);
	CHECK(cm_json_errors(o, errs, CM_MAX_API_ERRORS) == 1 && strlen(errs[0].description) == 1022 && valid_utf8(errs[0].description));
	json_object_put(o);
	cm_buf_free(&b);
}

static void test_excerpts_and_paths_are_valid_utf8(void)
{
	char q[CM_QUOTE_MAX], key[400];
	cm_error e = {0};
	int i;

	CHECK_STR(cm_excerpt(q, "ab\xFF" "c\n", 5), "ab?c?");
	for (i = 0; i < 100; i++) {
		memcpy(key + 2 * i, "\xC3\xA9", 2);
	}
	/* 40 characters and "...", never half of one */
	CHECK(strlen(cm_excerpt(q, key, 200)) == 83 && valid_utf8(q));
	CHECK(strlen(cm_quote(q, key, 200)) == 85 && valid_utf8(q));
	/* a path longer than CM_FIELD_MAX is cut between characters */
	for (i = 0; i < 130; i++) {
		memcpy(key + 3 * i, "\xE2\x82\xAC", 3);
	}
	key[390] = '\0';
	cm_at(&e, "lines", 7, "tracking");
	cm_fail(&e, key, "x");
	CHECK(strlen(e.field) <= CM_FIELD_MAX - 1 && strlen(e.field) > CM_FIELD_MAX - 4 && valid_utf8(e.field));
	/* and so is a message */
	cm_fail(&e, NULL, "%s%s%s", key, key, key);
	CHECK(strlen(e.message) <= CM_MESSAGE_MAX - 1 && valid_utf8(e.message));
}

static void test_copy_text(void)
{
	char small[5];

	CHECK_STR(cm_copy_text(small, sizeof(small), "abcdef", 6), "abcd");
	CHECK_STR(cm_copy_text(small, sizeof(small), "abc\xE2\x82\xAC", 6), "abc");  /* the euro sign does not fit */
	CHECK_STR(cm_copy_text(small, sizeof(small), "a\xC2\x85" "b", 4), "a b");  /* NEL, a C1 control */
	CHECK_STR(cm_copy_text(small, 1, "abc", 3), "");
}

/* ---- the one order walk ---- */

static void test_walk_amount_forms(void)
{
	const char *pre = "{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":";
	char body[512];

#define AMOUNT(a) (snprintf(body, sizeof(body), "%s%s}}]}}]}}}", pre, a), status_of(body))
	CHECK_STR(AMOUNT("2.0"), "Shipped");
	CHECK_STR(AMOUNT("\"2.0\""), "Shipped");
	CHECK_STR(AMOUNT("2"), "Shipped");
	CHECK_STR(AMOUNT("1E3"), "Shipped");
	CHECK_STR(AMOUNT("2.5"), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units, got 2.5");
	CHECK_STR(AMOUNT("-1"), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units from 0 to 999999999");
	CHECK_STR(AMOUNT("1e20"), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units from 0 to 999999999");
	CHECK_STR(AMOUNT("99999999999999999999"), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units from 0 to 999999999");
	CHECK_STR(AMOUNT("true"), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units, got bool");
	CHECK_STR(AMOUNT("null"), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"is required");
	CHECK_STR(AMOUNT("\" 1\""), "order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity.amount: "
		"must be a whole number of units, got \" 1\"");
#undef AMOUNT
}

static void test_walk_lines_given_as_an_object(void)
{
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":{\"lineNumber\":\"1\",\"orderLineStatuses\":{\"orderLineStatus\":"
		"{\"status\":\"Created\",\"statusQuantity\":{\"amount\":\"1\"}}}}}}}"), "Open");
	/* no index in the path of a lone line or bucket */
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":{\"lineNumber\":\"1\",\"orderLineStatuses\":{\"orderLineStatus\":"
		"{\"status\":\"Lost\",\"statusQuantity\":{\"amount\":\"1\"}}}}}}}"),
		"order.orderLines.orderLine.orderLineStatuses.orderLineStatus.status: "
		"must be one of Created, Acknowledged, Shipped, Delivered, Cancelled, Refund; got \"Lost\"");
}

static void test_walk_empty_and_malformed_lists(void)
{
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[]}}}"), "order.orderLines.orderLine: must not be empty");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":{}}}}"), "order.orderLines.orderLine: must not be empty");
	CHECK_STR(status_of("{\"orderLines\":{\"orderLine\":[]}}"), "orderLines.orderLine: must not be empty");
	CHECK_STR(status_of("{}"), "orderLines: is required");
	CHECK_STR(status_of("[]"), "orderLines: is required");
	CHECK_STR(status_of("{\"order\":{}}"), "order.orderLines: is required");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":7}}"), "order.orderLines: must be an array, got int");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{}}}"), "order.orderLines.orderLine: is required");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":\"none\"}}}"), "order.orderLines.orderLine: must be a list, got string");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[null]}}}"), "order.orderLines.orderLine.0: must be an array, got null");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[\"x\"]}}]}}}"),
		"order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0: must be an array, got string");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":1}]}}]}}}"),
		"order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.status: must be a string, got int");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Created\"}]}}]}}}"),
		"order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity: is required");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Created\",\"statusQuantity\":\"1\"}]}}]}}}"),
		"order.orderLines.orderLine.0.orderLineStatuses.orderLineStatus.0.statusQuantity: must be an array, got string");
	CHECK_STR(status_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Created\",\"statusQuantity\":{\"amount\":0}}]}}]}}}"),
		"order.orderLines.orderLine: count no units at all");
}

static void test_walk_body_or_order(void)
{
	json_object *o = order_of("1:Shipped:1 2:Created:1");

	CHECK_STR(cm_json_order_status(o, &(cm_error) {0}), "Partially Shipped");
	CHECK_STR(cm_json_order_status(cm_json_order(o), &(cm_error) {0}), "Partially Shipped");
	json_object_put(o);
}

/* ---- already applied? ---- */

static cm_shipment shipment_of(cm_ship_line *lines, size_t n, const char *tracking)
{
	cm_shipment s = {0};

	s.has_tracking = true;
	s.tracking.number = (cm_str) {tracking, strlen(tracking)};
	s.lines = lines;
	s.nlines = n;
	return s;
}

static void test_shipment_shown(void)
{
	json_object *o = order_of("1:Shipped:1:T1 1:Shipped:2:T2 1:Acknowledged:1 2:Shipped:1:T1 3:Acknowledged:4");
	cm_ship_line lines[3] = {
		{.line_number = S("1"), .quantity = 1},
		{.line_number = S("1"), .quantity = 2, .has_tracking = true, .tracking = {.number = S("T2")}},
		{.line_number = S("2"), .quantity = 1},
	};
	cm_shipment s = shipment_of(lines, 3, "T1");
	char line[16];

	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_YES && strcmp(line, "") == 0);
	CHECK(cm_json_shows_shipment(o, &s));
	lines[1].quantity = 3;                             /* T2 shows 2 of 3 */
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "1") == 0);
	CHECK(!cm_json_shows_shipment(o, &s));
	lines[1].quantity = 1;
	lines[1].tracking.number = S("T1");                /* T1 twice on line 1: 1 + 1 wanted, 1 shown */
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "1") == 0);
	s = shipment_of(lines, 3, "T9");                   /* nothing with T9 */
	lines[1].tracking.number = S("T8");
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_NO && strcmp(line, "") == 0);
	s = shipment_of(lines + 2, 1, "T1");               /* line 2 with T1: shown */
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_YES);
	lines[0] = (cm_ship_line) {.line_number = S("3"), .quantity = 1};
	s = shipment_of(lines, 1, "T1");                   /* line 3 has no shipped unit at all */
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_NO);
	/* line 2 in full, line 3 not at all: partial, naming the line not shown */
	lines[0] = (cm_ship_line) {.line_number = S("2"), .quantity = 1};
	lines[1] = (cm_ship_line) {.line_number = S("3"), .quantity = 1};
	s = shipment_of(lines, 2, "T1");
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "3") == 0);
	json_object_put(o);
}

static void test_shipment_shown_counts_delivered_and_refund(void)
{
	json_object *o = order_of("1:Delivered:1:T1 1:Refund:1:T1");
	cm_ship_line lines[1] = {{.line_number = S("1"), .quantity = 2}};
	cm_shipment s = shipment_of(lines, 1, "T1");
	char line[16];

	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_YES);
	json_object_put(o);
}

static void test_shown_of_an_unreadable_order_cannot_tell(void)
{
	json_object *o = order_of("1:Shipped:1:T1 2:Lost:1");
	cm_ship_line lines[1] = {{.line_number = S("1"), .quantity = 1}};
	cm_shipment s = shipment_of(lines, 1, "T1");
	cm_cancel_line cl[1] = {{S("1"), 1, 0, 0}};
	cm_cancellation c = {.lines = cl, .nlines = 1};
	char line[16] = "x";

	/* never NO: NO leads to sending again */
	CHECK(cm_json_shipment_shown(o, &s, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "") == 0);
	CHECK(cm_json_cancellation_shown(o, &c, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "") == 0);
	CHECK(cm_json_shipment_shown(NULL, &s, line, sizeof(line)) == CM_SHOWN_PARTIAL);
	json_object_put(o);
}

static void test_cancellation_shown(void)
{
	json_object *o = order_of("1:Cancelled:3 2:Cancelled:1 2:Acknowledged:2 3:Acknowledged:2 4:Cancelled:1 4:Acknowledged:1");
	cm_cancel_line lines[4] = {
		{S("1"), 3, 0, 0},   /* 3 open, 3 shown: applied */
		{S("2"), 3, 0, 0},   /* 3 open, 1 shown: partial */
		{S("3"), 2, 0, 0},   /* 2 open, 0 shown: not applied */
		{S("4"), 2, 0, 1},   /* 1 open, 1 cancelled before, 1 shown: not applied */
	};
	cm_cancellation c = {.lines = lines, .nlines = 1};
	char line[16];

	CHECK(cm_json_cancellation_shown(o, &c, line, sizeof(line)) == CM_SHOWN_YES);
	CHECK(cm_json_shows_cancellation(o, &c));
	c.lines = lines + 2;
	c.nlines = 2;
	CHECK(cm_json_cancellation_shown(o, &c, line, sizeof(line)) == CM_SHOWN_NO);
	c.lines = lines;
	c.nlines = 4;
	CHECK(cm_json_cancellation_shown(o, &c, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "2") == 0);
	lines[1] = (cm_cancel_line) {S("2"), 3, 0, 1};  /* 1 cancelled before: the 1 shown is not this request */
	CHECK(cm_json_cancellation_shown(o, &c, line, sizeof(line)) == CM_SHOWN_PARTIAL && strcmp(line, "2") == 0);
	c.nlines = 1;
	lines[0] = (cm_cancel_line) {S("1"), 3, 3, 0};  /* nothing open: nothing to show */
	CHECK(cm_json_cancellation_shown(o, &c, line, sizeof(line)) == CM_SHOWN_YES);
	json_object_put(o);
}

/* A json-c document that counts what the walk asks of it. */
static size_t doc_calls;
static cm_doc_ops counting_ops;
static const cm_doc_ops *json_ops;

static const void *count_member(const void *node, const char *name, size_t len)
{
	doc_calls++;
	return json_ops->member(node, name, len);
}

static const void *count_index(const void *node, size_t i)
{
	doc_calls++;
	return json_ops->index(node, i);
}

static void test_shipment_shown_is_one_pass(void)
{
	enum { N = 400 };
	cm_buf spec = {0};
	cm_ship_line *lines = calloc(N, sizeof(*lines));
	char (*numbers)[8] = calloc(N, sizeof(*numbers));
	json_object *o;
	cm_shipment s;
	cm_doc d;
	char line[16];
	size_t i, status_calls;
	cm_error e = {0};

	for (i = 0; i < N; i++) {
		char bucket[64];
		snprintf(numbers[i], sizeof(numbers[i]), "%zu", i + 1);
		snprintf(bucket, sizeof(bucket), "%zu:Shipped:1:T1 %zu:Acknowledged:1 ", i + 1, i + 1);
		cm_buf_append(&spec, bucket, strlen(bucket));
		lines[i] = (cm_ship_line) {.line_number = {numbers[i], strlen(numbers[i])}, .quantity = 1};
	}
	o = order_of(spec.data);
	s = shipment_of(lines, N, "T1");
	d = cm_json_doc(o);
	json_ops = d.ops;
	counting_ops = *d.ops;
	counting_ops.member = count_member;
	counting_ops.index = count_index;
	d.ops = &counting_ops;

	doc_calls = 0;
	CHECK_STR(cm_answer_order_status(d, &e), "Partially Shipped");
	status_calls = doc_calls;
	doc_calls = 0;
	CHECK(cm_answer_shipment_shown(d, &s, line, sizeof(line)) == CM_SHOWN_YES);
	/* one walk and a lookup per bucket, not one walk per line (was N * status_calls) */
	CHECK(doc_calls <= 2 * status_calls);
	json_object_put(o);
	cm_buf_free(&spec);
	free(lines);
	free(numbers);
}

/* ---- intent to cancel ---- */

static bool intent_of(const char *body)
{
	json_object *o = parse(body);
	bool intent = cm_json_intent_to_cancel(o);

	json_object_put(o);
	return intent;
}

static void test_intent_to_cancel(void)
{
	CHECK(intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\"},{\"lineNumber\":\"2\",\"intentToCancel\":true}]}}}"));
	CHECK(intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"intentToCancel\":\"true\"}]}}}"));
	CHECK(intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"intentToCancel\":\"TRUE\"}]}}}"));
	CHECK(intent_of("{\"orderLines\":{\"orderLine\":{\"intentToCancel\":true}}}"));             /* bare order, one line as an object */
	CHECK(!intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"intentToCancel\":false}]}}}"));
	CHECK(!intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"intentToCancel\":\"false\"}]}}}"));
	CHECK(!intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"intentToCancel\":1}]}}}"));
	CHECK(!intent_of("{\"order\":{\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\"}]}}}"));
	CHECK(!intent_of("{\"order\":{\"intentToCancel\":true}}"));
	CHECK(!cm_json_intent_to_cancel(NULL));
}

/* ---- input rules ---- */

static void test_customer_requested_needs_intent(void)
{
	cm_cancel_line lines[1] = {{S("1"), 2, 0, 0}};
	cm_cancellation c = {S("P-1"), lines, 1, S("customer_requested"), NULL, false};
	cm_error e = {0};

	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "reason") == 0
		&& strstr(e.message, "only for orders the customer asked to cancel") && strstr(e.message, "intentToCancel"));
	c.reason = S("CUSTOMER_REQUESTED_SELLER_TO_CANCEL");
	CHECK(!cm_cancellation_validate(&c, &e) && strcmp(e.field, "reason") == 0);
	c.intent_to_cancel = true;
	CHECK(cm_cancellation_validate(&c, &e) && strcmp(c.walmart_reason, "CUSTOMER_REQUESTED_SELLER_TO_CANCEL") == 0);
	c.intent_to_cancel = false;
	c.reason = S("out_of_stock");
	CHECK(cm_cancellation_validate(&c, &e));
}

static void test_sku_rules(void)
{
	cm_error e = {0};
	cm_buf b = {0};
	char emoji[205];
	int i;

	for (i = 0; i < 51; i++) {
		memcpy(emoji + 4 * i, "\xF0\x9F\x93\xA6", 4);
	}
	emoji[204] = '\0';
	CHECK(cm_check_sku(&e, "sku", S("TEE/RED/M")));
	CHECK(cm_check_sku(&e, "sku", S(": / ? # [ ] @ ! $ & ' ( ) * + , ; = { } %")));
	CHECK(cm_check_sku(&e, "sku", S("../a..b\\c")));
	CHECK(cm_check_sku(&e, "sku", (cm_str) {emoji, 200}));  /* 50 characters of 4 bytes */
	CHECK(!cm_check_sku(&e, "sku", (cm_str) {emoji, 204}) && strcmp(e.message, "must be at most 50 characters, got 51") == 0);
	CHECK(!cm_check_sku(&e, "sku", S("123456789012345678901234567890123456789012345678901"))
		&& strcmp(e.message, "must be at most 50 characters, got 51") == 0);
	CHECK(!cm_check_sku(&e, "sku", S("")) && strcmp(e.message, "must not be empty") == 0);
	CHECK(!cm_check_sku(&e, "sku", S("a\r\nb")));
	CHECK(!cm_check_sku(&e, "sku", S("a\0b")));
	CHECK(!cm_check_sku(&e, "sku", S("a\xFF")));
	CHECK(cm_inventory_payload(S("TEE/RED/M"), 3, &b, &e) && strcmp(b.data, "{\"sku\":\"TEE/RED/M\",\"quantity\":{\"unit\":\"EACH\",\"amount\":3}}") == 0);
	cm_buf_free(&b);
}

static const char *query(cm_str date, int64_t limit, cm_str cursor)
{
	static char out[CM_MAX_CURSOR + 64];
	cm_buf b = {0};
	cm_error e = {0};

	if (cm_released_query(&b, date, limit, cursor, &e)) {
		snprintf(out, sizeof(out), "%s", b.data);
	} else {
		snprintf(out, sizeof(out), "%s: %s", e.field, e.message);
	}
	cm_buf_free(&b);
	return out;
}

static void test_released_query(void)
{
	static char cursor[CM_MAX_CURSOR + 2];
	cm_str none = {NULL, 0};

	CHECK_STR(query(S("2026-11-22"), 5, none), "?limit=5&createdStartDate=2026-11-22");
	CHECK_STR(query(S("2020-03-16T10:30:15Z"), 5, none), "?limit=5&createdStartDate=2020-03-16T10:30:15Z");
	CHECK_STR(query(S("2020-03-16T12:30:15.250+02:00"), 5, none), "?limit=5&createdStartDate=2020-03-16T10:30:15Z");
	CHECK_STR(query(S("2020-03-16T05:30:15-0500"), 5, none), "?limit=5&createdStartDate=2020-03-16T10:30:15Z");
	CHECK_STR(query(S("2026-02-30"), 5, none),
		"created_start_date: must be a real day from 1970 to 9999, got 2026-02-30");
	CHECK_STR(query(S("1969-12-31"), 5, none), "created_start_date: must be a real day from 1970 to 9999, got 1969-12-31");
	CHECK_STR(query(S("2020-03-16T10:30:15"), 5, none),
		"created_start_date: must be a date like 2026-11-22 or an ISO 8601 date-time with a zone like 2026-11-22T10:30:15Z, got \"2020-03-16T10:30:15\"");
	CHECK_STR(query(S("yesterday\xFF"), 5, none),
		"created_start_date: must be a date like 2026-11-22 or an ISO 8601 date-time with a zone like 2026-11-22T10:30:15Z, got \"yesterday?\"");
	CHECK_STR(query(S("2026-11-22"), 0, none), "limit: must be between 1 and 200, got 0");

	/* a cursor up to 2048 bytes goes out whole */
	memset(cursor, 'a', sizeof(cursor));
	cursor[0] = '?';
	cursor[CM_MAX_CURSOR] = '\0';
	CHECK(strcmp(query(none, 0, (cm_str) {cursor, CM_MAX_CURSOR}), cursor) == 0);
	CHECK_STR(query(none, 0, (cm_str) {cursor, CM_MAX_CURSOR + 1}),
		"cursor: must be the nextCursor Walmart returned (it starts with '?', at most 2048 bytes)");
}

static void test_format_iso8601_utc(void)
{
	char buf[CM_ISO8601_UTC_MAX];

	CHECK_STR(cm_format_iso8601_utc(buf, 0), "1970-01-01T00:00:00Z");
	CHECK_STR(cm_format_iso8601_utc(buf, INT64_C(1764412800999)), "2025-11-29T10:40:00Z");
	CHECK_STR(cm_format_iso8601_utc(buf, INT64_C(1709164800000)), "2024-02-29T00:00:00Z");
	CHECK_STR(cm_format_iso8601_utc(buf, CM_MAX_UNIX_SECONDS * 1000 + 999), "9999-12-31T23:59:59Z");
	CHECK_STR(cm_format_iso8601_utc(buf, INT64_MAX), "9999-12-31T23:59:59Z");
	CHECK_STR(cm_format_iso8601_utc(buf, -1), "1970-01-01T00:00:00Z");
}

void test_data_suite(void)
{
	test_amount_above_max_fills_the_error();
	test_two_buckets_of_int64_max_are_refused_without_overflow();
	test_tally_saturates();
	test_parse_null_writes_a_reason();
	test_huge_expires_in_is_clamped();
	test_token_valid();
	test_empty_error_code_is_no_error_in_a_list_or_alone();
	test_error_texts_are_valid_utf8();
	test_excerpts_and_paths_are_valid_utf8();
	test_copy_text();
	test_walk_amount_forms();
	test_walk_lines_given_as_an_object();
	test_walk_empty_and_malformed_lists();
	test_walk_body_or_order();
	test_shipment_shown();
	test_shipment_shown_counts_delivered_and_refund();
	test_shown_of_an_unreadable_order_cannot_tell();
	test_cancellation_shown();
	test_shipment_shown_is_one_pass();
	test_intent_to_cancel();
	test_customer_requested_needs_intent();
	test_sku_rules();
	test_released_query();
	test_format_iso8601_utc();
}
