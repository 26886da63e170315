/* Types shared by the plain-C core: borrowed strings and validation errors.
 * Nothing here knows about PHP, so the core builds and is tested on its own. */
#ifndef CM_CORE_H
#define CM_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A borrowed, length-delimited string; ptr == NULL means "not given". */
typedef struct {
	const char *ptr;
	size_t len;
} cm_str;

#define CM_STR_LIT(lit) ((cm_str) {(lit), sizeof(lit) - 1})

#define CM_FIELD_MAX 160
#define CM_MESSAGE_MAX 640
#define CM_NO_INDEX ((size_t) -1)

/* What is wrong with an input: the dot path of the field (list positions
 * 0-based) and a plain sentence, shown to PHP as "<field>: <message>".
 * Checks run inside a scope ("lines", 3, "tracking") that costs two stores to
 * set; the path is only formatted when a check fails. */
typedef struct {
	const char *scope;  /* NULL at the top level */
	size_t index;       /* position in the scope's list, or CM_NO_INDEX */
	const char *sub;    /* a nested object of that element, or NULL */
	char field[CM_FIELD_MAX];
	char message[CM_MESSAGE_MAX];
} cm_error;

static inline void cm_at(cm_error *e, const char *scope, size_t index, const char *sub)
{
	e->scope = scope;
	e->index = index;
	e->sub = sub;
}

#if defined(__GNUC__)
# define CM_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
# define CM_PRINTF(f, a)
#endif

/* Fills e with the field "<scope>.<index>.<sub>.<name>" (absent parts left
 * out; name may be NULL for the scope itself) and returns false, so checks
 * can `return cm_fail(...)`. */
bool cm_fail(cm_error *e, const char *name, const char *fmt, ...) CM_PRINTF(3, 4);

/* The path cm_fail would give name, into buf (CM_FIELD_MAX bytes). */
const char *cm_field_path(const cm_error *e, const char *name, char *buf);

/* A value quoted for an error message: at most 40 characters, with anything
 * that is not printable ASCII or valid UTF-8 shown as '?', and "..." when it
 * was cut. buf holds CM_QUOTE_MAX bytes. */
#define CM_QUOTE_MAX 176
const char *cm_quote(char *buf, const char *s, size_t n);

/* The same excerpt without the quotes, for a name that becomes part of a field
 * path (an unknown key): always valid UTF-8 without control characters. */
const char *cm_excerpt(char *buf, const char *s, size_t n);

/* Copies text received from outside (Walmart's error codes and descriptions)
 * into dst (size >= 1 bytes), always NUL-terminated valid UTF-8: invalid bytes
 * become '?', control characters a space, and a cut falls between characters.
 * Returns dst. */
char *cm_copy_text(char *dst, size_t size, const char *src, size_t n);

bool cm_str_eq(cm_str a, cm_str b);

#endif
