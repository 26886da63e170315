/* UTF-8 primitives, the bottom layer of the core: they depend on nothing, so
 * the error helpers (cm_error.c) and the text rules (cm_text.c) both build on
 * them without depending on each other. */
#ifndef CM_UTF8_H
#define CM_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length in bytes of the well-formed UTF-8 sequence at s (1 to 4), or 0 when
 * it is not one (overlong forms, surrogates and code points past U+10FFFF).
 * n >= 1 bytes are readable at s. */
static inline size_t cm_utf8_char_len(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *) str;
	unsigned char c = s[0];

	if (c < 0x80) {
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) {
			return 0;
		}
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F)) {
			return 0; /* overlong, or a UTF-16 surrogate */
		}
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) {
			return 0;
		}
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F)) {
			return 0; /* overlong, or past U+10FFFF */
		}
		return 4;
	}
	return 0;
}

/* Whether the well-formed sequence s of len bytes is a control character
 * (C0, DEL, C1) or a line/paragraph separator. */
static inline bool cm_is_control(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *) str;

	switch (len) {
		case 1:
			return s[0] < 0x20 || s[0] == 0x7F;
		case 2:
			return s[0] == 0xC2 && s[1] <= 0x9F;
		case 3:
			return s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9);
		default:
			return false;
	}
}

/* The length of s[0..len) without a sequence cut short at its end, so that a
 * buffer truncated by snprintf stays valid UTF-8 when it was valid before. */
static inline size_t cm_utf8_trim(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t start = len, back = 0;

	while (start > 0 && back < 4 && (s[start - 1] & 0xC0) == 0x80) {
		start--;
		back++;
	}
	if (start == 0 || s[start - 1] < 0xC0) {
		return len; /* ASCII or a stray continuation byte: nothing was cut here */
	}
	start--; /* the lead byte */
	return cm_utf8_char_len(str + start, len - start) == len - start ? len : start;
}

#endif
