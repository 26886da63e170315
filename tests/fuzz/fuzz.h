/* Helpers shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.c): a reader
 * that turns the fuzzer's bytes into values, and the checks every harness
 * makes of what the core writes. A failed check aborts, which libFuzzer
 * reports as a crash with the input that caused it. */
#ifndef CM_FUZZ_H
#define CM_FUZZ_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cm_core.h"
#include "cm_utf8.h"

#define FUZZ_ASSERT(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

typedef struct {
	const unsigned char *p;
	size_t n;
} fuzz_in;

static inline unsigned fuzz_byte(fuzz_in *in)
{
	unsigned b = 0;

	if (in->n) {
		b = *in->p++;
		in->n--;
	}
	return b;
}

static inline int64_t fuzz_int(fuzz_in *in)
{
	uint64_t v = 0;
	unsigned i, width = fuzz_byte(in) % 9;

	for (i = 0; i < width; i++) {
		v = v << 8 | fuzz_byte(in);
	}
	return (int64_t) v;
}

/* A string of up to max bytes, borrowed from the input; ptr NULL ("not given") now and then. */
static inline cm_str fuzz_str(fuzz_in *in, size_t max, bool optional)
{
	unsigned len = fuzz_byte(in);
	cm_str s;

	if (optional && len == 255) {
		s.ptr = NULL;
		s.len = 0;
		return s;
	}
	len = len % (max + 1);
	if (len > in->n) {
		len = (unsigned) in->n;
	}
	s.ptr = (const char *) in->p;
	s.len = len;
	in->p += len;
	in->n -= len;
	return s;
}

/* Whether s is NUL-terminated within size bytes and valid UTF-8 without control characters. */
static inline bool fuzz_clean_text(const char *s, size_t size)
{
	size_t n = strnlen(s, size), i = 0;

	if (n == size) {
		return false;
	}
	while (i < n) {
		size_t len = cm_utf8_char_len(s + i, n - i);
		if (len == 0 || cm_is_control(s + i, len)) {
			return false;
		}
		i += len;
	}
	return true;
}

/* An error the core filled: a field path and a message, both clean text. */
static inline void fuzz_check_error(const cm_error *e)
{
	FUZZ_ASSERT(fuzz_clean_text(e->field, sizeof(e->field)));
	FUZZ_ASSERT(fuzz_clean_text(e->message, sizeof(e->message)));
	FUZZ_ASSERT(e->message[0] != '\0');
}

/* An error struct as the stack might leave it: the code under test must fill what it reads. */
static inline void fuzz_dirty_error(cm_error *e)
{
	memset(e, 0xA5, sizeof(*e));
}

/* The same, in the top-level scope a caller sets before the field checks (cm_at). */
static inline void fuzz_scoped_error(cm_error *e)
{
	fuzz_dirty_error(e);
	cm_at(e, NULL, CM_NO_INDEX, NULL);
}

#endif
