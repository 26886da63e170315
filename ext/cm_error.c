#include "cm_core.h"
#include "cm_text.h"

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
	for (i = 0; i < 4 && len < CM_FIELD_MAX; i++) {
		if (parts[i] && parts[i][0]) {
			len += (size_t) snprintf(buf + len, CM_FIELD_MAX - len, "%s%s", len ? "." : "", parts[i]);
		}
	}
	return buf;
}

bool cm_fail(cm_error *e, const char *name, const char *fmt, ...)
{
	va_list ap;

	cm_field_path(e, name, e->field);
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof(e->message), fmt, ap);
	va_end(ap);
	return false;
}

const char *cm_quote(char *buf, const char *s, size_t n)
{
	size_t i = 0, o = 0, chars = 0;

	buf[o++] = '"';
	while (i < n && chars < 40) {
		size_t len = cm_utf8_char_len(s + i, n - i);
		unsigned char c = (unsigned char) s[i];

		if (len == 0 || (len == 1 && (c < 0x20 || c == 0x7F)) || cm_is_control(s + i, len)) {
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
	buf[o++] = '"';
	buf[o] = '\0';
	return buf;
}

bool cm_str_eq(cm_str a, cm_str b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}
