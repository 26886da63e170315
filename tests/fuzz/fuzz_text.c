// The text and time rules on any bytes: UTF-8 and control characters, purchase
// order numbers, URLs, line numbers, SKUs, ISO 8601, amounts and statuses, the
// excerpts and copies that reach messages, access tokens, carrier and reason
// lookups, and the JSON string writer. Checks: messages are clean text, the
// JSON writer's output reads back as the same string, a parsed date-time
// formats and parses back to the same second.
#include "cm_buf.h"
#include "cm_json.h"
#include "cm_status.h"
#include "cm_tables.h"
#include "cm_text.h"
#include "cm_time.h"
#include "cm_token.h"
#include "fuzz.h"

static void check_result(bool ok, const cm_error *e)
{
	if (!ok) {
		fuzz_check_error(e);
	}
}

static bool valid_text(cm_str s)
{
	cm_error e;

	fuzz_scoped_error(&e);
	return cm_check_text(&e, "t", s, 0, (size_t) -1);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	fuzz_in in = {data, size};
	unsigned min = fuzz_byte(&in) % 4, max = fuzz_byte(&in) % 80;
	cm_str s = {(const char *) in.p, in.n};
	cm_error e;
	char q[CM_QUOTE_MAX], copy[64];
	int64_t ms, units;
	cm_units_kind kind;

	fuzz_scoped_error(&e);
	check_result(cm_check_text(&e, "text", s, min, max), &e);
	fuzz_scoped_error(&e);
	check_result(cm_check_purchase_order_id(&e, "purchase_order_id", s), &e);
	fuzz_scoped_error(&e);
	check_result(cm_check_url(&e, "url", s), &e);
	fuzz_scoped_error(&e);
	check_result(cm_check_line_number(&e, "line_number", s), &e);
	fuzz_scoped_error(&e);
	check_result(cm_check_sku(&e, "sku", s), &e);
	fuzz_scoped_error(&e);
	check_result(cm_amount_parse(&e, "amount", s, &units), &e);
	fuzz_scoped_error(&e);
	check_result(cm_units_kind_parse(&e, "status", s, &kind), &e);

	fuzz_scoped_error(&e);
	if (cm_parse_iso8601(&e, "ship_date", s, &ms)) {
		char buf[CM_ISO8601_UTC_MAX];
		int64_t again;

		FUZZ_ASSERT(ms >= 0 && ms <= CM_MAX_UNIX_SECONDS * 1000 + 999);
		cm_format_iso8601_utc(buf, ms);
		FUZZ_ASSERT(strlen(buf) == 20);
		FUZZ_ASSERT(cm_parse_iso8601(&e, "again", (cm_str) {buf, 20}, &again) && again == ms / 1000 * 1000);
	} else {
		fuzz_check_error(&e);
	}

	/* everything that quotes input into a message or a path */
	cm_quote(q, s.ptr, s.len);
	FUZZ_ASSERT(fuzz_clean_text(q, sizeof(q)));
	cm_excerpt(q, s.ptr, s.len);
	FUZZ_ASSERT(fuzz_clean_text(q, sizeof(q)));
	cm_copy_text(copy, (size_t) max % sizeof(copy) + 1, s.ptr, s.len);
	FUZZ_ASSERT(fuzz_clean_text(copy, sizeof(copy)));
	if (valid_text(s)) {
		FUZZ_ASSERT(cm_utf8_trim(s.ptr, s.len) == s.len);
	}
	fuzz_scoped_error(&e);
	cm_at(&e, "lines", max, min ? "tracking" : NULL);
	cm_fail(&e, q, "got %s and %s", q, q);
	fuzz_check_error(&e);

	if (cm_token_valid(s.ptr, s.len)) {
		FUZZ_ASSERT(s.len && !memchr(s.ptr, '\r', s.len) && !memchr(s.ptr, '\n', s.len) && !memchr(s.ptr, ' ', s.len));
	}
	(void) cm_carrier_find(s);
	(void) cm_name_find(cm_cancel_reasons, s);
	(void) cm_name_find(cm_methods, s);

	/* the JSON string writer: any valid UTF-8 in (controls too), the same string out of a JSON parser */
	{
		bool utf8 = true;
		size_t i = 0;

		while (i < s.len && utf8) {
			size_t len = cm_utf8_char_len(s.ptr + i, s.len - i);
			utf8 = len != 0;
			i += len;
		}
		if (utf8) {
			cm_buf b = {0};
			char why[128];
			json_object *o;

			cm_buf_json_str(&b, s.ptr, s.len);
			FUZZ_ASSERT(!b.oom);
			o = cm_json_parse(b.data, b.len, why, sizeof(why));
			FUZZ_ASSERT(o && json_object_is_type(o, json_type_string));
			FUZZ_ASSERT((size_t) json_object_get_string_len(o) == s.len && memcmp(json_object_get_string(o), s.ptr, s.len) == 0);
			json_object_put(o);
			cm_buf_free(&b);
		}
	}
	return 0;
}
