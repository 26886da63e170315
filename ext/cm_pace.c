#include "cm_pace.h"
#include "cm_retry.h"

/* The bucket as last described, or refilled-but-unknown once its replenish time passed. */
static void cm_pace_expire(cm_pace *p, int64_t now)
{
	if (p->tokens_left >= 0 && p->replenish_at_ms <= now) {
		p->tokens_left = -1;
	}
}

cm_pace_verdict cm_pace_check(cm_pace *p, int in_flight, int in_flight_total, int64_t now, int64_t *until)
{
	if (p->paused_until_ms > now) {
		*until = p->paused_until_ms; /* after a 429 every request to the endpoint waits */
		return CM_PACE_SLEEP;
	}
	cm_pace_expire(p, now);
	if (p->tokens_left == -1) {
		/* one request learns whether and how this endpoint is limited */
		return in_flight > 0 ? CM_PACE_WAIT : CM_PACE_GO;
	}
	if (p->tokens_left >= 0 && p->tokens_left - in_flight <= 0) {
		if (in_flight_total > 0 && in_flight > 0) {
			return CM_PACE_WAIT; /* an answer still out may say more */
		}
		*until = p->replenish_at_ms;
		return CM_PACE_SLEEP;
	}
	return CM_PACE_GO;
}

void cm_pace_learn(cm_pace *p, long status, int64_t token_count, int64_t replenish_at_ms, int64_t retry_after_s, int64_t now)
{
	if (token_count >= 0) {
		p->tokens_left = token_count;
		/* a count without a replenish time is good for one second, Walmart's shortest refill */
		p->replenish_at_ms = replenish_at_ms >= 0 ? replenish_at_ms : cm_add_sat(now, 1000);
	} else if (status && (p->tokens_left == -1 || p->replenish_at_ms <= now)) {
		p->tokens_left = -2; /* Walmart sends no bucket headers here */
	}
	if (status == 429) {
		int64_t wait = cm_rate_limit_wait_ms(replenish_at_ms, retry_after_s, now);
		int64_t resume = cm_add_sat(now, wait < 0 ? CM_BACKOFF_BASE_MS : wait < CM_PACE_MAX_PAUSE_MS ? wait : CM_PACE_MAX_PAUSE_MS);

		if (resume > p->paused_until_ms) {
			p->paused_until_ms = resume;
		}
	}
}
