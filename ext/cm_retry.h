/* When and how to try again: the retry policy as a pure function of what an
 * exchange ended with, exponential backoff with full jitter, and the waits
 * Walmart's rate-limit headers ask for. Nothing here does I/O or keeps state. */
#ifndef CM_RETRY_H
#define CM_RETRY_H

#include <stdbool.h>
#include <stdint.h>

#define CM_BACKOFF_BASE_MS 200
#define CM_BACKOFF_CAP_MS 10000
#define CM_SETTLE_MS 2000 /* a request that timed out may still be applied: read no sooner */

/* What the transport saw (cm_http.c classifies libcurl's outcome into these). */
typedef enum {
	CM_SEEN_ANSWER,      /* an HTTP answer came, status and body complete */
	CM_SEEN_NOT_SENT,    /* no connection: nothing left this process */
	CM_SEEN_TIMEOUT,     /* sent, no complete answer in time */
	CM_SEEN_DROPPED,     /* sent, the connection closed without a (complete) answer */
	CM_SEEN_CUT          /* an answer began, but was cut short or larger than we read */
} cm_seen;

/* What an answer of status 2xx/4xx/5xx said, as far as the policy cares. */
typedef enum {
	CM_SAID_NOTHING,     /* no answer (see cm_seen) */
	CM_SAID_OK,          /* 2xx, readable, with what the operation needs */
	CM_SAID_UNREADABLE,  /* 2xx, but not JSON or without what the operation needs */
	CM_SAID_ALREADY,     /* 400: "the line already moved on" (a repeat of an applied request?) */
	CM_SAID_REJECTED,    /* another 4xx: Walmart refused the request itself */
	CM_SAID_UNAUTHORIZED,/* 401: the access token was refused */
	CM_SAID_RATE_LIMITED,/* 429 */
	CM_SAID_SERVER_ERROR /* 5xx */
} cm_said;

/* What a confirming read of the order showed (CM_SAID_OK reads only). */
typedef enum { CM_SHOWS_NOTHING, CM_SHOWS_ALL, CM_SHOWS_PART } cm_shows;

typedef enum { CM_EX_TOKEN, CM_EX_SEND, CM_EX_READ } cm_exchange;

typedef struct {
	cm_exchange exchange;
	bool mutating;           /* ship, cancel: never repeated without a read that shows it was not applied */
	cm_seen seen;
	cm_said said;
	cm_shows shows;          /* CM_EX_READ with CM_SAID_OK */
	bool reauthorized;       /* this exchange already ran again on a fresh token after a 401 */
	bool verifying;          /* the read is the verify_first read: nothing was sent in this call */
	bool send_timed_out;     /* a send of this call timed out: it is not sent again within the call */
	bool already;            /* the send the read confirms was answered CM_SAID_ALREADY */
} cm_outcome;

typedef enum {
	CM_NEXT_DONE,            /* success (after a read: reconciled) */
	CM_NEXT_REJECTED,        /* failed for good: Walmart refused it (or the credentials) */
	CM_NEXT_RETRY,           /* the same exchange again after a wait (a retry: budget permitting, else a retryable failure) */
	CM_NEXT_REAUTH,          /* drop the token, fetch a fresh one, the same exchange again (not a retry) */
	CM_NEXT_READ,            /* read the order now */
	CM_NEXT_READ_SETTLED,    /* read the order after the settle delay */
	CM_NEXT_SEND,            /* the verify_first read shows nothing: send (the first send of the call) */
	CM_NEXT_RESEND,          /* a read showed the send was not applied: send again after a wait (a retry) */
	CM_NEXT_UNCONFIRMED      /* may have been applied, and it cannot be known or sent again now */
} cm_next;

/* The whole retry policy. A failed read never leads to a send; a mutation is
 * sent again only after a read showed it was not applied, and not at all in
 * a call where its send timed out. The caller applies the budget (retries
 * and waiting): an exhausted RETRY of a read is UNCONFIRMED, of anything else
 * a retryable failure. */
cm_next cm_retry_decide(const cm_outcome *o);

/* A wait in [0, min(cap, base * 2^retry)] chosen by random (any 64-bit value). */
int64_t cm_backoff_ms(int retry, int64_t base_ms, int64_t cap_ms, uint64_t random);

/* What a 429 asks for: until the replenish time (epoch ms), else Retry-After
 * seconds, else -1. Never negative otherwise; saturates instead of overflowing. */
int64_t cm_rate_limit_wait_ms(int64_t replenish_at_ms, int64_t retry_after_s, int64_t now_ms);

/* a + b for non-negative a and b, saturating at INT64_MAX. */
static inline int64_t cm_add_sat(int64_t a, int64_t b)
{
	return a > INT64_MAX - b ? INT64_MAX : a + b;
}

/* xorshift64*: the jitter and correlation ids need variety, not secrecy. */
uint64_t cm_random_next(uint64_t *state);

#endif
