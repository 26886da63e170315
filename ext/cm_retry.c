#include "cm_retry.h"

/* A read of the order (after an ambiguous send, or verify_first). */
static cm_next cm_after_read(const cm_outcome *o)
{
	switch (o->said) {
		case CM_SAID_OK:
			if (o->shows == CM_SHOWS_ALL) {
				return CM_NEXT_DONE;
			}
			if (o->shows == CM_SHOWS_PART) {
				return CM_NEXT_UNCONFIRMED; /* part of it is there: never resent blindly */
			}
			if (o->verifying) {
				return CM_NEXT_SEND;
			}
			if (o->already) {
				return CM_NEXT_REJECTED; /* the lines moved on, and not by this request */
			}
			return o->send_timed_out ? CM_NEXT_UNCONFIRMED : CM_NEXT_RESEND;
		case CM_SAID_UNAUTHORIZED:
			return o->reauthorized ? CM_NEXT_RETRY : CM_NEXT_REAUTH;
		case CM_SAID_REJECTED:
			/* Walmart does not know the order: before anything was sent, that is the answer */
			return o->verifying ? CM_NEXT_REJECTED : CM_NEXT_RETRY;
		default:
			return CM_NEXT_RETRY; /* read again: only a successful read may lead to a send */
	}
}

/* The operation's own request. */
static cm_next cm_after_send(const cm_outcome *o)
{
	switch (o->said) {
		case CM_SAID_OK:
			return CM_NEXT_DONE;
		case CM_SAID_UNAUTHORIZED:
			/* refused at the gateway: nothing was applied; a fresh token once, then it is a retry like any other */
			return o->reauthorized ? CM_NEXT_RETRY : CM_NEXT_REAUTH;
		case CM_SAID_RATE_LIMITED:
			return CM_NEXT_RETRY;
		case CM_SAID_REJECTED:
			return CM_NEXT_REJECTED;
		case CM_SAID_ALREADY:
			return o->mutating ? CM_NEXT_READ : CM_NEXT_REJECTED;
		case CM_SAID_UNREADABLE:
		case CM_SAID_SERVER_ERROR:
			return o->mutating ? CM_NEXT_READ : CM_NEXT_RETRY; /* Walmart answered: it is done with it */
		case CM_SAID_NOTHING:
			break;
	}
	if (!o->mutating || o->seen == CM_SEEN_NOT_SENT) {
		return CM_NEXT_RETRY; /* nothing can have been applied twice */
	}
	/* sent, no answer: Walmart may still be applying it */
	return o->seen == CM_SEEN_CUT ? CM_NEXT_READ : CM_NEXT_READ_SETTLED;
}

cm_next cm_retry_decide(const cm_outcome *o)
{
	switch (o->exchange) {
		case CM_EX_READ:
			return cm_after_read(o);
		case CM_EX_SEND:
			return cm_after_send(o);
		case CM_EX_TOKEN:
			break;
	}
	if (o->said == CM_SAID_OK) {
		return CM_NEXT_DONE;
	}
	/* the token service refusing the client ID and secret is final; anything else may pass */
	return o->said == CM_SAID_UNAUTHORIZED || o->said == CM_SAID_REJECTED ? CM_NEXT_REJECTED : CM_NEXT_RETRY;
}

int64_t cm_backoff_ms(int retry, int64_t base_ms, int64_t cap_ms, uint64_t random)
{
	int64_t ceiling = base_ms;
	int i;

	for (i = 0; i < retry && ceiling < cap_ms; i++) {
		ceiling *= 2;
	}
	if (ceiling > cap_ms) {
		ceiling = cap_ms;
	}
	return ceiling > 0 ? (int64_t) (random % (uint64_t) (ceiling + 1)) : 0;
}

int64_t cm_rate_limit_wait_ms(int64_t replenish_at_ms, int64_t retry_after_s, int64_t now_ms)
{
	if (replenish_at_ms >= 0) {
		return replenish_at_ms > now_ms ? replenish_at_ms - now_ms : 0;
	}
	if (retry_after_s >= 0) {
		return retry_after_s > INT64_MAX / 1000 ? INT64_MAX : retry_after_s * 1000;
	}
	return -1;
}

uint64_t cm_random_next(uint64_t *state)
{
	uint64_t x = *state ? *state : UINT64_C(0x9E3779B97F4A7C15);

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * UINT64_C(0x2545F4914F6CDD1D);
}
