#include "cm_core.h"
#include "cm_utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *cm_field_path(const cm_error *e, const char *name, char *buf)
{
	char index[24] = "";
	const char *parts[4] = {e->scope, index, e->scope ? e->sub : NULL, name};
	size_t len = 0, i;

	if (e->scope && e->index != CM_NO_INDEX) {
		snprintf(index, sizeof(index), "%zu", e->index);
	}
	buf[0] = '\0';
	for (i = 0; i < 4 && len < CM_FIELD_MAX - 1; i++) {
		if (parts[i] && parts[i][0]) {
			int n = snprintf(buf + len, CM_FIELD_MAX - len, "%s%s", len ? "." : "", parts[i]);
			len = n < 0 ? len : len + (size_t) n;
		}
	}
	if (len >= CM_FIELD_MAX) {
		/* cut by snprintf: never in the middle of a character */
		len = cm_utf8_trim(buf, CM_FIELD_MAX - 1);
		buf[len] = '\0';
	}
	return buf;
}

bool cm_fail(cm_error *e, const char *name, const char *fmt, ...)
{
	va_list ap;
	int n;

	cm_field_path(e, name, e->field);
	va_start(ap, fmt);
	n = vsnprintf(e->message, sizeof(e->message), fmt, ap);
	va_end(ap);
	if (n < 0) {
		e->message[0] = '\0';
	} else if ((size_t) n >= sizeof(e->message)) {
		e->message[cm_utf8_trim(e->message, sizeof(e->message) - 1)] = '\0';
	}
	return false;
}

/* At most 40 characters of s into buf, '?' for what cannot be shown; the byte count. */
static size_t cm_excerpt_into(char *buf, const char *s, size_t n)
{
	size_t i = 0, o = 0, chars = 0;

	while (i < n && chars < 40) {
		size_t len = cm_utf8_char_len(s + i, n - i);

		if (len == 0 || cm_is_control(s + i, len)) {
			buf[o++] = '?';
			i += len ? len : 1;
		} else {
			memcpy(buf + o, s + i, len);
			o += len;
			i += len;
		}
		chars++;
	}
	if (i < n) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	return o;
}

const char *cm_quote(char *buf, const char *s, size_t n)
{
	size_t o;

	buf[0] = '"';
	o = 1 + cm_excerpt_into(buf + 1, s, n);
	buf[o++] = '"';
	buf[o] = '\0';
	return buf;
}

const char *cm_excerpt(char *buf, const char *s, size_t n)
{
	buf[cm_excerpt_into(buf, s, n)] = '\0';
	return buf;
}

char *cm_copy_text(char *dst, size_t size, const char *src, size_t n)
{
	size_t i = 0, o = 0;

	while (i < n) {
		size_t len = cm_utf8_char_len(src + i, n - i);
		size_t out = len ? len : 1;

		if (o + out >= size) {
			break;
		}
		if (len == 0) {
			dst[o++] = '?';
			i++;
		} else if (cm_is_control(src + i, len)) {
			dst[o++] = ' ';
			i += len;
		} else {
			memcpy(dst + o, src + i, len);
			o += len;
			i += len;
		}
	}
	dst[o] = '\0';
	return dst;
}

bool cm_str_eq(cm_str a, cm_str b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}
