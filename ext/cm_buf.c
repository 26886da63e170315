#include "cm_buf.h"

#include <stdlib.h>

void cm_buf_free(cm_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

bool cm_buf_grow(cm_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (b->oom) {
		return false;
	}
	need = b->len + extra + 1;
	if (need <= b->cap) {
		return true;
	}
	cap = b->cap ? b->cap : 256;
	while (cap < need) {
		cap *= 2;
	}
	p = realloc(b->data, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void cm_buf_append_int(cm_buf *b, int64_t v)
{
	char tmp[24];
	char *p = tmp + sizeof(tmp);
	/* negate in unsigned arithmetic so INT64_MIN is well defined */
	uint64_t u = v < 0 ? 0 - (uint64_t) v : (uint64_t) v;

	do {
		*--p = (char) ('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0) {
		*--p = '-';
	}
	cm_buf_append(b, p, (size_t) (tmp + sizeof(tmp) - p));
}

/* Bytes that end a run of literal text in a JSON string: controls, '"', '\\',
 * and 0xE2, which may start U+2028 or U+2029. */
static const bool cm_json_special[256] = {
	[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x10] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1, [0xE2] = 1,
};

void cm_buf_json_str(cm_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *) s, *end = p + n, *run;

	cm_buf_appendc(b, '"');
	while (p < end) {
		run = p;
		while (p < end && !cm_json_special[*p]) {
			p++;
		}
		cm_buf_append(b, (const char *) run, (size_t) (p - run));
		if (p == end) {
			break;
		}
		switch (*p) {
			case '"':  cm_buf_lit(b, "\\\""); break;
			case '\\': cm_buf_lit(b, "\\\\"); break;
			case '\b': cm_buf_lit(b, "\\b"); break;
			case '\f': cm_buf_lit(b, "\\f"); break;
			case '\n': cm_buf_lit(b, "\\n"); break;
			case '\r': cm_buf_lit(b, "\\r"); break;
			case '\t': cm_buf_lit(b, "\\t"); break;
			case 0xE2:
				/* U+2028 and U+2029 break JavaScript string literals; json_encode escapes them too */
				if (end - p >= 3 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
					cm_buf_append(b, p[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
					p += 2;
				} else {
					cm_buf_appendc(b, (char) *p);
				}
				break;
			default: {
				char u[6] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 0xF]};
				cm_buf_append(b, u, sizeof(u));
			}
		}
		p++;
	}
	cm_buf_appendc(b, '"');
}
