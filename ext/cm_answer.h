/* Walmart's answers, read through the document view (cm_doc.h): the error
 * list, the order and its Channel Manager status, whether an order already
 * shows a shipment or a cancellation, and the customer's intent to cancel.
 * Each rule is written once here and serves every decoder: json-c answers in
 * the engine (cm_json.h wraps them) and PHP arrays in channelmgr_order_status().
 *
 * Every function takes the answer's body ({"order": …}) or the order itself:
 * a member "order" that is an array is the order, and error paths then start
 * with "order.". Nothing here allocates except the shown checks (one array of
 * the requested lines, freed before they return). */
#ifndef CM_ANSWER_H
#define CM_ANSWER_H

#include "cm_core.h"
#include "cm_doc.h"
#include "cm_payload.h"

#define CM_MAX_API_ERRORS 8

/* One error as Walmart sent it, or one of the extension's own codes. Always
 * NUL-terminated valid UTF-8 without control characters (cm_copy_text). */
typedef struct {
	char code[96];
	char field[96];
	char description[1024];
} cm_api_error;

/* Walmart's errors in a body: {"errors":{"error":[…]}}, {"errors":[…]},
 * {"error":[…]}, or a lone error object as "errors" or "error"; each
 * {code, field, description (or message)}. An error counts only when its code
 * is a non-empty string: an empty code is no error code, in a list or alone.
 * Returns how many were written to out (at most max). */
size_t cm_answer_errors(cm_doc body, cm_api_error *out, size_t max);

/* The order of a body (see above); *scope is "order" when it was unwrapped, else NULL. */
cm_doc cm_answer_order(cm_doc body, const char **scope);

/* The Channel Manager status (CM_STATUS_*) of an order; NULL with e filled when
 * it is malformed. The rules, one walk for every decoder:
 * - orderLines (an array) holds orderLine: a non-empty list of lines, or one
 *   line given as an object; each line's orderLineStatuses.orderLineStatus
 *   likewise holds its status buckets;
 * - a bucket's status is one of Walmart's six (any case), its
 *   statusQuantity.amount a whole number of units from 0 to CM_AMOUNT_MAX,
 *   as text ("2", "2.0") or as a number (2, 2.0);
 * - null is the same as a missing member;
 * - an order that counts no unit at all is malformed too. */
const char *cm_answer_order_status(cm_doc body, cm_error *e);

typedef enum { CM_SHOWN_NO = 0, CM_SHOWN_YES, CM_SHOWN_PARTIAL } cm_shown;

/* YES: every package (line + tracking number; one line over several packages
 * counts each package) shows at least its quantity shipped (Shipped, Delivered
 * or Refund) with that tracking number. NO: no package shows any unit with its
 * tracking number. PARTIAL otherwise; line (line_size bytes) then names the
 * first package's line, in input order, that is partly shown, or when none is,
 * the first that is not shown in full.
 * An order that cannot be read (cm_answer_order_status fails) is PARTIAL with
 * line "": it cannot tell, and only NO may lead to sending the update again.
 * One pass over the order; s is a validated shipment. */
cm_shown cm_answer_shipment_shown(cm_doc body, const cm_shipment *s, char *line, size_t line_size);

/* Per requested line (open = ordered - shipped - cancelled > 0): shown
 * cancelled units >= cancelled + open: applied; <= cancelled: not applied;
 * between: partial. YES: all applied; NO: none applied and none partial;
 * PARTIAL otherwise, line naming the first partial line, in input order, or
 * when none is, the first line not applied. Unreadable orders: as above. */
cm_shown cm_answer_cancellation_shown(cm_doc body, const cm_cancellation *c, char *line, size_t line_size);

/* Whether any order line carries intentToCancel true (JSON true, or the text
 * "true" in any case): the customer asked Walmart to cancel. Lines that cannot
 * be read do not count. */
bool cm_answer_intent_to_cancel(cm_doc body);

#endif
