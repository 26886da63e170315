#include "cm_status.h"
#include "cm_text.h"

static const struct {
	const char *name;
	cm_units_kind kind;
} cm_line_statuses[] = {
	{"Created", CM_UNITS_OPEN},
	{"Acknowledged", CM_UNITS_OPEN},
	{"Shipped", CM_UNITS_SHIPPED},
	{"Delivered", CM_UNITS_SHIPPED},
	{"Refund", CM_UNITS_SHIPPED},
	{"Cancelled", CM_UNITS_CANCELLED},
};

bool cm_units_kind_parse(cm_error *e, const char *field, cm_str status, cm_units_kind *out)
{
	char q[CM_QUOTE_MAX];
	size_t i;

	for (i = 0; i < sizeof(cm_line_statuses) / sizeof(cm_line_statuses[0]); i++) {
		if (cm_str_ieq(status.ptr, status.len, cm_line_statuses[i].name)) {
			*out = cm_line_statuses[i].kind;
			return true;
		}
	}
	return cm_fail(e, field, "must be one of Created, Acknowledged, Shipped, Delivered, Cancelled, Refund; got %s",
		cm_quote(q, status.ptr, status.len));
}

bool cm_amount_parse(cm_error *e, const char *field, cm_str amount, int64_t *out)
{
	char q[CM_QUOTE_MAX];
	int64_t v = 0;
	size_t i = 0;

	for (; i < amount.len && amount.ptr[i] >= '0' && amount.ptr[i] <= '9'; i++) {
		v = v * 10 + (amount.ptr[i] - '0');
		if (v > CM_AMOUNT_MAX) {
			goto bad;
		}
	}
	if (i == 0) {
		goto bad;
	}
	if (i < amount.len && amount.ptr[i] == '.') {
		for (i++; i < amount.len && amount.ptr[i] == '0'; i++);
	}
	if (i != amount.len) {
		goto bad;
	}
	*out = v;
	return true;
bad:
	return cm_fail(e, field, "must be a whole number of units, got %s", cm_quote(q, amount.ptr, amount.len));
}

bool cm_tally_add(cm_error *e, const char *field, cm_tally *t, cm_units_kind kind, int64_t units)
{
	int64_t *slot = kind == CM_UNITS_OPEN ? &t->open : kind == CM_UNITS_SHIPPED ? &t->shipped : &t->cancelled;

	if (units < 0 || units > CM_AMOUNT_MAX) {
		return cm_fail(e, field, "must be a whole number of units, got %lld", (long long) units);
	}
	/* bounded per bucket, and saturating: no count of buckets can overflow it */
	*slot = *slot > INT64_MAX - units ? INT64_MAX : *slot + units;
	return true;
}

const char *cm_tally_status(const cm_tally *t)
{
	if (t->shipped > 0) {
		return t->open > 0 ? CM_STATUS_PARTIALLY_SHIPPED : CM_STATUS_SHIPPED;
	}
	if (t->open > 0) {
		return CM_STATUS_OPEN;
	}
	return t->cancelled > 0 ? CM_STATUS_CANCELED : NULL;
}
