/* When to try again: exponential backoff with full jitter, and the waits
 * Walmart's rate-limit headers ask for. Pure functions of their arguments. */
#ifndef CM_RETRY_H
#define CM_RETRY_H

#include <stdint.h>

#define CM_BACKOFF_BASE_MS 200
#define CM_BACKOFF_CAP_MS 10000

/* A wait in [0, min(cap, base * 2^retry)] chosen by random (any 64-bit value). */
int64_t cm_backoff_ms(int retry, int64_t base_ms, int64_t cap_ms, uint64_t random);

/* What a 429 asks for: until the replenish time (epoch ms), else Retry-After
 * seconds, else -1. Never negative otherwise. */
int64_t cm_rate_limit_wait_ms(int64_t replenish_at_ms, int64_t retry_after_s, int64_t now_ms);

/* xorshift64*: the jitter and correlation ids need variety, not secrecy. */
uint64_t cm_random_next(uint64_t *state);

#endif
