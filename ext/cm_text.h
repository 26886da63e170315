/* Rules for the text a merchant's input may carry. */
#ifndef CM_TEXT_H
#define CM_TEXT_H

#include "cm_core.h"
#include "cm_utf8.h"

/* Valid UTF-8, no control characters, min_chars to max_chars code points. */
bool cm_check_text(cm_error *e, const char *field, cm_str s, size_t min_chars, size_t max_chars);

/* Walmart's purchase order number: 1 to 64 of [A-Za-z0-9_-]; it ends up in a URL path. */
bool cm_check_purchase_order_id(cm_error *e, const char *field, cm_str s);

/* An http:// or https:// URL with a host, as text Walmart can store. */
bool cm_check_url(cm_error *e, const char *field, cm_str s);

/* A line number: a positive integer written without sign or leading zeros. */
bool cm_check_line_number(cm_error *e, const char *field, cm_str s);

/* A SKU: the seller's own id, 1 to 50 characters of valid UTF-8 without control
 * characters. Walmart allows reserved characters (/ ? # : & space ...) in it:
 * the engine percent-encodes it in the query, so nothing here can change what
 * the URL means. */
bool cm_check_sku(cm_error *e, const char *field, cm_str sku);

bool cm_str_ieq(const char *a, size_t alen, const char *b);

#endif
