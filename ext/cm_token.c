#include "cm_token.h"

#include <stdlib.h>
#include <string.h>

static cm_token_entry *cm_token_find(const cm_token_cache *c, const char *key)
{
	cm_token_entry *e;

	for (e = c->head; e; e = e->next) {
		if (strcmp(e->key, key) == 0) {
			return e;
		}
	}
	return NULL;
}

/* Overwrites a token before its memory goes back to the allocator. */
static void cm_token_wipe(char *token)
{
	if (token) {
		volatile char *p = token;
		while (*p) {
			*p++ = '\0';
		}
		free(token);
	}
}

const char *cm_token_get(const cm_token_cache *c, const char *key, int64_t now_ms, int64_t margin_ms)
{
	const cm_token_entry *e = cm_token_find(c, key);

	return e && e->token && now_ms < e->expires_at_ms - margin_ms ? e->token : NULL;
}

/* The entry for key, created (without a token) when there is none. */
static cm_token_entry *cm_token_entry_for(cm_token_cache *c, const char *key)
{
	cm_token_entry *e = cm_token_find(c, key);
	int i;

	if (e) {
		return e;
	}
	if (!(e = calloc(1, sizeof(*e))) || !(e->key = strdup(key))) {
		free(e);
		return NULL;
	}
	for (i = 0; i < CM_PACE_SLOTS; i++) {
		e->pace[i].tokens_left = -1;
	}
	e->next = c->head;
	c->head = e;
	return e;
}

cm_pace *cm_token_pace(cm_token_cache *c, const char *key, int slot)
{
	cm_token_entry *e = cm_token_entry_for(c, key);

	return e && slot >= 0 && slot < CM_PACE_SLOTS ? &e->pace[slot] : NULL;
}

const char *cm_token_put(cm_token_cache *c, const char *key, const char *token, size_t token_len, int64_t expires_in_s, int64_t now_ms)
{
	cm_token_entry *e = cm_token_entry_for(c, key);
	char *copy = e ? malloc(token_len + 1) : NULL;

	if (!copy) {
		return NULL;
	}
	memcpy(copy, token, token_len);
	copy[token_len] = '\0';
	cm_token_wipe(e->token);
	e->token = copy;
	e->expires_at_ms = cm_token_expiry(now_ms, expires_in_s);
	return e->token;
}

int64_t cm_token_expiry(int64_t now_ms, int64_t expires_in_s)
{
	int64_t life_ms;

	if (expires_in_s < 0) {
		expires_in_s = 0;
	} else if (expires_in_s > CM_TOKEN_MAX_LIFE_S) {
		expires_in_s = CM_TOKEN_MAX_LIFE_S;
	}
	life_ms = expires_in_s * 1000;
	return now_ms > INT64_MAX - life_ms ? INT64_MAX : now_ms + life_ms;
}

bool cm_token_valid(const char *token, size_t len)
{
	size_t i;

	if (len == 0 || len > CM_TOKEN_MAX_LEN) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if ((unsigned char) token[i] < 0x21 || (unsigned char) token[i] > 0x7E) {
			return false;
		}
	}
	return true;
}

void cm_token_drop(cm_token_cache *c, const char *key)
{
	cm_token_entry *e = cm_token_find(c, key);

	if (e) {
		cm_token_wipe(e->token);
		e->token = NULL;
	}
}

void cm_token_cache_free(cm_token_cache *c)
{
	cm_token_entry *e = c->head, *next;

	for (; e; e = next) {
		next = e->next;
		cm_token_wipe(e->token);
		free(e->key);
		free(e);
	}
	c->head = NULL;
}
