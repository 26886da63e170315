#include "cm_retry.h"

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
