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

typedef struct cm_token_entry {
	char *key;
	char *token;
	int64_t expires_at_ms;
	struct cm_token_entry *next;
} cm_token_entry;

typedef struct {
	cm_token_entry *head;
} cm_token_cache;

/* The cached token for key, or NULL when there is none usable at now_ms. */
const char *cm_token_get(const cm_token_cache *c, const char *key, int64_t now_ms);

/* Keeps token for key until now_ms + expires_in_s (replacing any older one) and
 * returns the kept copy, usable for the current call even when it expires
 * within CM_TOKEN_EARLY_MS; NULL when out of memory. */
const char *cm_token_put(cm_token_cache *c, const char *key, const char *token, size_t token_len, int64_t expires_in_s, int64_t now_ms);

void cm_token_drop(cm_token_cache *c, const char *key);

void cm_token_cache_free(cm_token_cache *c);

#endif
