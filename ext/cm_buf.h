/* A growable byte buffer and the JSON writer the payloads are built with. */
#ifndef CM_BUF_H
#define CM_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
	char *data;
	size_t len;
	size_t cap;
	bool oom; /* set once an allocation failed; later appends are no-ops */
} cm_buf;

void cm_buf_free(cm_buf *b);
void cm_buf_append(cm_buf *b, const char *s, size_t n);
void cm_buf_appendc(cm_buf *b, char c);
void cm_buf_append_int(cm_buf *b, int64_t v);

#define cm_buf_lit(b, lit) cm_buf_append((b), (lit), sizeof(lit) - 1)

/* Writes s as a JSON string literal, byte for byte what PHP's json_encode()
 * writes with JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, so payloads
 * can be compared with a userland encoder. s must be valid UTF-8. */
void cm_buf_json_str(cm_buf *b, const char *s, size_t n);

#endif
