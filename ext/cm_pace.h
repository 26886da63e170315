/* Pacing by Walmart's token buckets: what x-current-token-count and
 * x-next-replenish-time last said about an endpoint (a cm_pace, kept per
 * credentials in the token cache), and whether a request may go now.
 * Pure functions of their arguments; times are epoch milliseconds. */
#ifndef CM_PACE_H
#define CM_PACE_H

#include "cm_token.h"

typedef enum {
	CM_PACE_GO,      /* send now */
	CM_PACE_SLEEP,   /* not before *until */
	CM_PACE_WAIT     /* after another request to the endpoint is answered */
} cm_pace_verdict;

/* Whether a request to the endpoint may go at now, with in_flight requests to
 * it (and in_flight_total to any endpoint) still out. A remembered count is
 * valid until its replenish time; after that the bucket counts as refilled
 * but unknown, and one request learns it again. */
cm_pace_verdict cm_pace_check(cm_pace *p, int in_flight, int in_flight_total, int64_t now, int64_t *until);

/* Learns from an answer (status 0: none came): its token-bucket headers, and
 * after a 429 a pause of every request to the endpoint until the wait it asked
 * for (or a short one when it named none), at most CM_PACE_MAX_PAUSE_MS: a
 * process does not stay silenced for longer on one answer's word. */
#define CM_PACE_MAX_PAUSE_MS INT64_C(3600000)
void cm_pace_learn(cm_pace *p, long status, int64_t token_count, int64_t replenish_at_ms, int64_t retry_after_s, int64_t now);

#endif
