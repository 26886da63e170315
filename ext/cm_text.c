#include "cm_text.h"

#include <string.h>

bool cm_check_text(cm_error *e, const char *field, cm_str s, size_t min_chars, size_t max_chars)
{
	size_t i = 0, chars = 0;

	while (i < s.len) {
		unsigned char c = (unsigned char) s.ptr[i];
		size_t len;

		if (c >= 0x20 && c < 0x7F) { /* printable ASCII, the usual case */
			i++;
			chars++;
			continue;
		}
		len = cm_utf8_char_len(s.ptr + i, s.len - i);
		if (len == 0) {
			return cm_fail(e, field, "must be valid UTF-8 (invalid byte 0x%02X at offset %zu)", c, i);
		}
		if (cm_is_control(s.ptr + i, len)) {
			return cm_fail(e, field, "must not contain control characters (found one at character %zu)", chars + 1);
		}
		i += len;
		chars++;
	}
	if (chars < min_chars) {
		return cm_fail(e, field, "must not be empty");
	}
	if (chars > max_chars) {
		return cm_fail(e, field, "must be at most %zu characters, got %zu", max_chars, chars);
	}
	return true;
}

bool cm_check_purchase_order_id(cm_error *e, const char *field, cm_str s)
{
	char q[CM_QUOTE_MAX];
	size_t i;

	if (s.len == 0) {
		return cm_fail(e, field, "must not be empty");
	}
	for (i = 0; i < s.len; i++) {
		char c = s.ptr[i];
		if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-')) {
			return cm_fail(e, field, "must contain only letters, digits, '_' and '-', got %s",
				cm_quote(q, s.ptr, s.len));
		}
	}
	if (s.len > 64) {
		return cm_fail(e, field, "must be at most 64 characters, got %zu", s.len);
	}
	return true;
}

bool cm_check_url(cm_error *e, const char *field, cm_str s)
{
	char q[CM_QUOTE_MAX];
	size_t scheme, i;

	if (!cm_check_text(e, field, s, 1, 2048)) {
		return false;
	}
	if (s.len > 7 && cm_str_ieq(s.ptr, 7, "http://")) {
		scheme = 7;
	} else if (s.len > 8 && cm_str_ieq(s.ptr, 8, "https://")) {
		scheme = 8;
	} else {
		return cm_fail(e, field, "must be an http:// or https:// URL, got %s", cm_quote(q, s.ptr, s.len));
	}
	if (s.ptr[scheme] == '/' || s.ptr[scheme] == '?' || s.ptr[scheme] == '#') {
		return cm_fail(e, field, "must name a host, got %s", cm_quote(q, s.ptr, s.len));
	}
	for (i = scheme; i < s.len; i++) {
		if (s.ptr[i] == ' ') {
			return cm_fail(e, field, "must not contain spaces (encode them as %%20)");
		}
	}
	return true;
}

bool cm_check_line_number(cm_error *e, const char *field, cm_str s)
{
	char q[CM_QUOTE_MAX];
	size_t i;

	if (s.len == 0 || s.len > 9 || s.ptr[0] == '0') {
		goto bad;
	}
	for (i = 0; i < s.len; i++) {
		if (s.ptr[i] < '0' || s.ptr[i] > '9') {
			goto bad;
		}
	}
	return true;
bad:
	return cm_fail(e, field, "must be a positive integer (as text or int, at most 9 digits), got %s",
		cm_quote(q, s.ptr, s.len));
}

bool cm_check_sku(cm_error *e, const char *field, cm_str sku)
{
	return cm_check_text(e, field, sku, 1, 50);
}

bool cm_str_ieq(const char *a, size_t alen, const char *b)
{
	size_t i;

	for (i = 0; i < alen; i++) {
		unsigned char x = (unsigned char) a[i], y = (unsigned char) b[i];
		if (y == '\0') {
			return false;
		}
		if (x >= 'A' && x <= 'Z') {
			x = (unsigned char) (x - 'A' + 'a');
		}
		if (y >= 'A' && y <= 'Z') {
			y = (unsigned char) (y - 'A' + 'a');
		}
		if (x != y) {
			return false;
		}
	}
	return b[alen] == '\0';
}
