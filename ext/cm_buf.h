/* A growable byte buffer and the JSON writer the payloads are built with. */
#ifndef CM_BUF_H
#define CM_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
	char *data;
	size_t len;
	size_t cap;
	bool oom; /* set once an allocation failed; later appends are no-ops */
} cm_buf;

void cm_buf_free(cm_buf *b);
bool cm_buf_grow(cm_buf *b, size_t extra);
void cm_buf_append_int(cm_buf *b, int64_t v);

/* Room for extra more bytes and the terminating NUL. Payloads are many small
 * appends, so the common case is inline. */
static inline bool cm_buf_reserve(cm_buf *b, size_t extra)
{
	return b->cap - b->len > extra || cm_buf_grow(b, extra);
}

static inline void cm_buf_append(cm_buf *b, const char *s, size_t n)
{
	if (cm_buf_reserve(b, n)) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
	}
}

static inline void cm_buf_appendc(cm_buf *b, char c)
{
	if (cm_buf_reserve(b, 1)) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	}
}

#define cm_buf_lit(b, lit) cm_buf_append((b), (lit), sizeof(lit) - 1)

/* Writes s as a JSON string literal, byte for byte what PHP's json_encode()
 * writes with JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, so payloads
 * can be compared with a userland encoder. s must be valid UTF-8. */
void cm_buf_json_str(cm_buf *b, const char *s, size_t n);

#endif
