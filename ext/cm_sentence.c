#include "cm_sentence.h"

#include <stdio.h>
#include <string.h>

/* What the merchant can do about a rejected field. */
static const struct {
	const char *field;
	const char *advice;
} cm_field_advice[] = {
	{"carrierName", "Choose a carrier Walmart supports (or give a tracking URL) and submit the shipment again."},
	{"methodCode", "Choose a shipping method Walmart supports and submit the shipment again."},
	{"trackingURL", "Add the tracking URL and submit the shipment again."},
	{"cancellationReason", "Choose another cancellation reason and cancel again."},
	{"purchaseOrderId", "Check the Walmart order number: Walmart does not know this order."},
};

/* Walmart's description, without the full stop our sentence adds. */
static int cm_trimmed_len(const char *s)
{
	size_t n = strnlen(s, 600);

	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' ')) {
		n--;
	}
	return (int) n;
}

static const char *cm_advice(const cm_sentence_facts *f, const char *field)
{
	size_t i;

	for (i = 0; i < sizeof(cm_field_advice) / sizeof(cm_field_advice[0]); i++) {
		if (strcmp(cm_field_advice[i].field, field) == 0) {
			return cm_field_advice[i].advice;
		}
	}
	return f->def->advice;
}

/* Why it failed, in a few words: "no answer in time", "HTTP 502: Bad gateway". */
static void cm_cause(char *out, size_t size, const cm_result *r)
{
	const char *code = r->nerrors ? r->errors[0].code : "";
	const char *description = r->nerrors ? r->errors[0].description : "";

	if (strcmp(code, "TIMEOUT") == 0) {
		snprintf(out, size, "no answer in time");
	} else if (strcmp(code, "CONNECTION_FAILED") == 0) {
		snprintf(out, size, "connection failed");
	} else if (strcmp(code, "RATE_LIMITED") == 0) {
		snprintf(out, size, "Walmart's rate limit");
	} else if (r->http_status) {
		snprintf(out, size, "HTTP %ld: %.600s", r->http_status, description);
	} else {
		snprintf(out, size, "%.600s", description);
	}
}

void cm_describe(cm_result *r, const cm_sentence_facts *f)
{
	const char *what = f->def->name, *code = r->nerrors ? r->errors[0].code : "";
	const char *description = r->nerrors ? r->errors[0].description : "";
	char after[32] = "", cause[700];

	if (r->attempts > 0) {
		snprintf(after, sizeof(after), " after %d attempt%s", r->attempts, r->attempts == 1 ? "" : "s");
	}
	cm_cause(cause, sizeof(cause), r);
	if (r->unconfirmed && f->partial_line && *f->partial_line) {
		snprintf(r->status_details, sizeof(r->status_details),
			"Walmart's order shows line %s of the %s only in part, so it was not sent again; check the order in Walmart "
			"Seller Center. " CM_SENTENCE_UNCONFIRMED,
			f->partial_line, what);
	} else if (r->unconfirmed) {
		snprintf(r->status_details, sizeof(r->status_details),
			"The %s could not be confirmed (%s)%s. " CM_SENTENCE_UNCONFIRMED, what, cause, after);
	} else if (strcmp(code, "UNAUTHORIZED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details),
			"Walmart refused the API credentials for the %s; check the client ID and secret in the Channel Manager "
			"settings, then retry.", what);
	} else if (f->rejected) {
		snprintf(r->status_details, sizeof(r->status_details), "Walmart rejected the %s: %.*s. %s",
			what, cm_trimmed_len(description), description, cm_advice(f, r->errors[0].field));
	} else if (strcmp(code, "RATE_LIMITED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details), "Walmart's rate limit held back the %s%s. %sRetry later.",
			what, after, f->def->mutating ? "Nothing was applied. " : "");
	} else if (strcmp(code, "TIMEOUT") == 0 || strcmp(code, "CONNECTION_FAILED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details), "The %s could not reach Walmart (%s)%s. %sRetry later.",
			what, cause, after, f->def->mutating ? "Nothing was applied. " : "");
	} else {
		snprintf(r->status_details, sizeof(r->status_details), "Walmart could not process the %s (%s)%s. %sRetry later.",
			what, cause, after, f->def->mutating ? "Nothing was applied. " : "");
	}
}
