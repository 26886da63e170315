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

/* What is wrong with an input: the dot path of the field (list positions
 * 0-based) and a plain sentence, shown to PHP as "<field>: <message>". */
typedef struct {
	char field[CM_FIELD_MAX];
	char message[CM_MESSAGE_MAX];
} cm_error;

#if defined(__GNUC__)
# define CM_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
# define CM_PRINTF(f, a)
#endif

/* Fills e and returns false, so validators can `return cm_fail(...)`. */
bool cm_fail(cm_error *e, const char *field, const char *fmt, ...) CM_PRINTF(3, 4);

/* "<prefix>.<index>" or "<prefix>.<index>.<suffix>" into buf (CM_FIELD_MAX bytes). */
const char *cm_path(char *buf, const char *prefix, size_t index, const char *suffix);

/* A value quoted for an error message: at most 40 characters, with anything
 * that is not printable ASCII or valid UTF-8 shown as '?'. */
#define CM_QUOTE_MAX 176
const char *cm_quote(char *buf, const char *s, size_t n);

bool cm_str_eq(cm_str a, cm_str b);

#endif
