/* OAuth access tokens, cached for the life of the process (across PHP
 * requests) per credential. A credential's key is built by the caller from
 * the base URL, the client id and a hash of the secret: the secret itself is
 * never kept. */
#ifndef CM_TOKEN_H
#define CM_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CM_TOKEN_EARLY_MS 60000 /* a token is not used in the last minute of its life */
#define CM_TOKEN_MAX_LIFE_S 86400 /* Walmart's tokens live 15 minutes; a longer expires_in is not trusted past a day */
#define CM_TOKEN_MAX_LEN 4096

/* What Walmart's token-bucket headers last said about one endpoint's limit. */
typedef struct {
	int64_t tokens_left;         /* x-current-token-count; -1: not known yet, -2: Walmart sends none */
	int64_t replenish_at_ms;     /* x-next-replenish-time (epoch ms); 0: unknown, INT64_MAX: ask an answer first */
	int64_t paused_until_ms;     /* after a 429, nothing is sent before this (epoch ms) */
} cm_pace;

#define CM_PACE_SLOTS 8

typedef struct cm_token_entry {
	char *key;
	char *token;
	int64_t expires_at_ms;
	cm_pace pace[CM_PACE_SLOTS]; /* per endpoint: the limits are Walmart's per API and seller */
	struct cm_token_entry *next;
} cm_token_entry;

typedef struct {
	cm_token_entry *head;
} cm_token_cache;

/* The cached token for key, or NULL when there is none with more than margin_ms
 * to live at now_ms (CM_TOKEN_EARLY_MS, or 0 for the call that just fetched it). */
const char *cm_token_get(const cm_token_cache *c, const char *key, int64_t now_ms, int64_t margin_ms);

/* Whether an access_token may go into a request header: 1 to CM_TOKEN_MAX_LEN
 * bytes of printable ASCII without space (0x21 to 0x7E). A token with CR, LF or
 * anything else would let Walmart's answer write headers of its own. */
bool cm_token_valid(const char *token, size_t len);

/* now_ms + expires_in_s, with expires_in_s clamped to 0..CM_TOKEN_MAX_LIFE_S
 * and the sum to INT64_MAX: Walmart's number can never overflow it. */
int64_t cm_token_expiry(int64_t now_ms, int64_t expires_in_s);

/* Keeps token for key until cm_token_expiry(now_ms, expires_in_s) (replacing any older one) and
 * returns the kept copy, usable for the current call even when it expires
 * within CM_TOKEN_EARLY_MS; NULL when out of memory. */
const char *cm_token_put(cm_token_cache *c, const char *key, const char *token, size_t token_len, int64_t expires_in_s, int64_t now_ms);

void cm_token_drop(cm_token_cache *c, const char *key);

/* The pacing state of one endpoint (slot < CM_PACE_SLOTS) for key; NULL when out of memory. */
cm_pace *cm_token_pace(cm_token_cache *c, const char *key, int slot);

void cm_token_cache_free(cm_token_cache *c);

#endif
