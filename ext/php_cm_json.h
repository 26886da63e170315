/* Walmart's answers decoded straight into PHP arrays: the same values, keys
 * and errors as json_decode($body, true), in a single pass, with Walmart's
 * field names (and its common values: statuses, units, currencies) shared as
 * interned strings instead of allocated and freed for every answer.
 *
 * Ownership: php_cm_json_decode() gives the caller one new reference in *out;
 * the words of php_cm_json_startup() are permanent interned strings, owned by
 * the engine. */
#ifndef PHP_CM_JSON_H
#define PHP_CM_JSON_H

#include "php.h"

/* Interns the vocabulary; MINIT, once per process. */
void php_cm_json_startup(void);

/* json_decode(s[0..n), true) into *out: true, or false with why (why_size > 0)
 * saying what is wrong and where, and *out undefined. The depth limit is
 * json_decode()'s default (512). */
bool php_cm_json_decode(zval *out, const char *s, size_t n, char *why, size_t why_size);

/* s[0..len) as a string: the interned word when the vocabulary has it (one- and zero-character strings
 * are the engine's own), else a new one. */
zend_string *php_cm_json_string_of(const char *s, size_t len);

#endif
