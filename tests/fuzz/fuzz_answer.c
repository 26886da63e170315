// The answer parser, with the fuzzer playing Walmart: any body goes through
// cm_json_parse, the error list, the order and its status, "already applied?"
// for shipments and cancellations taken from the order itself, and the intent
// to cancel. Checks: every failure explains itself in clean text, error texts
// are clean, and the shown checks agree with the status walk.
// options: -max_len=65536 -dict=tests/fuzz/fuzz_answer.dict
#include "cm_json.h"
#include "fuzz.h"

#define MAX_WANTS 16

/* What a merchant could have sent for this order: its first lines, each with
 * the tracking number of its first bucket and a quantity taken from the order. */
typedef struct {
	cm_ship_line ship[MAX_WANTS];
	cm_cancel_line cancel[MAX_WANTS];
	char numbers[MAX_WANTS][24];
	size_t n;
} wants;

static void wants_of(json_object *order, wants *w)
{
	json_object *lines = cm_json_get(cm_json_get(order, "orderLines"), "orderLine");
	size_t i, n = lines && json_object_is_type(lines, json_type_array) ? json_object_array_length(lines) : 0;

	w->n = 0;
	for (i = 0; i < n && w->n < MAX_WANTS; i++) {
		json_object *line = json_object_array_get_idx(lines, i);
		json_object *buckets = cm_json_get(cm_json_get(line, "orderLineStatuses"), "orderLineStatus");
		json_object *first = buckets && json_object_is_type(buckets, json_type_array) ? json_object_array_get_idx(buckets, 0) : NULL;
		const char *number = cm_json_string(line, "lineNumber");
		const char *tracking = cm_json_string(cm_json_get(first, "trackingInfo"), "trackingNumber");
		int64_t units = (int64_t) (i % 3) + 1;
		size_t k = w->n;

		snprintf(w->numbers[k], sizeof(w->numbers[k]), "%s", number ? number : "1");
		w->ship[k] = (cm_ship_line) {.line_number = {w->numbers[k], strlen(w->numbers[k])}, .quantity = units, .has_tracking = true,
			.tracking = {.number = {tracking ? tracking : "T", tracking ? strlen(tracking) : 1}}};
		w->cancel[k] = (cm_cancel_line) {w->ship[k].line_number, units + (int64_t) (i % 2), (int64_t) (i % 2), 0};
		w->n++;
	}
}

static void check_shown(cm_shown shown, const char *line, size_t size, bool readable)
{
	FUZZ_ASSERT(shown == CM_SHOWN_NO || shown == CM_SHOWN_YES || shown == CM_SHOWN_PARTIAL);
	FUZZ_ASSERT(fuzz_clean_text(line, size));
	if (!readable) {
		/* an unreadable order can never say "not applied": that would lead to a resend */
		FUZZ_ASSERT(shown == CM_SHOWN_PARTIAL && line[0] == '\0');
	} else if (shown == CM_SHOWN_PARTIAL) {
		FUZZ_ASSERT(line[0] != '\0');
	} else {
		FUZZ_ASSERT(line[0] == '\0');
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char why[160];
	cm_api_error errs[CM_MAX_API_ERRORS];
	cm_error e;
	json_object *body;
	const char *status;
	size_t n, i;
	bool readable;
	wants w;

	memset(why, 0xA5, sizeof(why));
	body = cm_json_parse((const char *) data, size, why, sizeof(why));
	if (!body) {
		FUZZ_ASSERT(fuzz_clean_text(why, sizeof(why)) && why[0]);
		return 0;
	}

	n = cm_json_errors(body, errs, CM_MAX_API_ERRORS);
	FUZZ_ASSERT(n <= CM_MAX_API_ERRORS);
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT(errs[i].code[0] != '\0');
		FUZZ_ASSERT(fuzz_clean_text(errs[i].code, sizeof(errs[i].code)));
		FUZZ_ASSERT(fuzz_clean_text(errs[i].field, sizeof(errs[i].field)));
		FUZZ_ASSERT(fuzz_clean_text(errs[i].description, sizeof(errs[i].description)));
	}
	FUZZ_ASSERT(cm_json_errors(body, errs, 0) == 0);

	fuzz_dirty_error(&e);
	status = cm_json_order_status(body, &e);
	if (!status) {
		fuzz_check_error(&e);
	}
	/* readable: the walk went through (an order that counts no unit is readable, just empty) */
	readable = status || strcmp(e.message, "count no units at all") == 0;
	/* the order alone reads the same, only its paths lose "order." (unless it
	 * holds an "order" of its own: only one wrapper is ever taken off) */
	if (cm_json_order(body) && !cm_json_get(cm_json_order(body), "order")) {
		cm_error e2;
		fuzz_dirty_error(&e2);
		FUZZ_ASSERT((cm_json_order_status(cm_json_order(body), &e2) == NULL) == (status == NULL));
	}

	wants_of(cm_json_order(body), &w);
	{
		char line[32];
		cm_shipment s = {.has_tracking = true, .tracking = {.number = {"T", 1}}, .lines = w.ship, .nlines = w.n};
		cm_cancellation c = {.lines = w.cancel, .nlines = w.n};
		cm_shown shown;

		memset(line, 0xA5, sizeof(line));
		shown = cm_json_shipment_shown(body, &s, line, sizeof(line));
		check_shown(shown, line, sizeof(line), readable);
		FUZZ_ASSERT(cm_json_shows_shipment(body, &s) == (shown == CM_SHOWN_YES));
		memset(line, 0xA5, sizeof(line));
		shown = cm_json_cancellation_shown(body, &c, line, sizeof(line));
		check_shown(shown, line, sizeof(line), readable);
		FUZZ_ASSERT(cm_json_shows_cancellation(body, &c) == (shown == CM_SHOWN_YES));
		/* a tiny line buffer still gets a terminated, whole-character name */
		memset(line, 0xA5, sizeof(line));
		cm_json_shipment_shown(body, &s, line, 2);
		FUZZ_ASSERT(fuzz_clean_text(line, 2));
	}

	(void) cm_json_intent_to_cancel(body);
	json_object_put(body);
	return 0;
}
