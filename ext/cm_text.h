/* Rules for the text a merchant's input may carry. */
#ifndef CM_TEXT_H
#define CM_TEXT_H

#include "cm_core.h"

/* Length in bytes of the well-formed UTF-8 sequence at s (1 to 4), or 0 when
 * it is not one (overlong forms, surrogates and code points past U+10FFFF). */
size_t cm_utf8_char_len(const char *s, size_t n);

/* Whether the well-formed sequence s of len bytes is a control character
 * (C0, DEL, C1) or a line/paragraph separator. */
bool cm_is_control(const char *s, size_t len);

/* Valid UTF-8, no control characters, min_chars to max_chars code points. */
bool cm_check_text(cm_error *e, const char *field, cm_str s, size_t min_chars, size_t max_chars);

/* Walmart's purchase order number: 1 to 64 of [A-Za-z0-9_-]; it ends up in a URL path. */
bool cm_check_purchase_order_id(cm_error *e, const char *field, cm_str s);

/* An http:// or https:// URL with a host, as text Walmart can store. */
bool cm_check_url(cm_error *e, const char *field, cm_str s);

/* A line number: a positive integer written without sign or leading zeros. */
bool cm_check_line_number(cm_error *e, const char *field, cm_str s);

/* A SKU: 1 to 50 printable characters, none of '/', '?', '#', '\\' and no "..":
 * it travels in a URL's query, and must not change what the URL means. */
bool cm_check_sku(cm_error *e, const char *field, cm_str sku);

bool cm_str_ieq(const char *a, size_t alen, const char *b);

#endif
