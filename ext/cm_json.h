/* Walmart's JSON answers with json-c: parsing, and the answer rules of
 * cm_answer.h applied to json-c documents (errors, the order status, "already
 * applied?", the customer's intent to cancel).
 *
 * Ownership: cm_json_parse returns a new reference the caller puts
 * (json_object_put); every other json_object returned here is borrowed from
 * the document passed in. */
#ifndef CM_JSON_H
#define CM_JSON_H

#include <json-c/json.h>

#include "cm_answer.h"
#include "cm_core.h"
#include "cm_doc.h"
#include "cm_payload.h"

/* Parses a whole body; NULL when it is not one JSON value (or is JSON null),
 * and then always with a reason in why (why_size >= 1 bytes). */
json_object *cm_json_parse(const char *s, size_t n, char *why, size_t why_size);

/* A json-c value as a document (cm_doc.h); o may be NULL (missing). */
cm_doc cm_json_doc(json_object *o);

/* o[key] when o is an object and the member exists, else NULL (borrowed). */
json_object *cm_json_get(json_object *o, const char *key);

/* o[key] as a string, or NULL. */
const char *cm_json_string(json_object *o, const char *key);

/* Walmart's errors from an error body (cm_answer_errors). Returns how many. */
size_t cm_json_errors(json_object *body, cm_api_error *out, size_t max);

/* The order in a body: body.order, or body itself when it has orderLines. */
json_object *cm_json_order(json_object *body);

/* The Channel Manager status of an order (cm_answer_order_status); NULL, with
 * e filled, when malformed. Pass the whole body: the paths in e then match
 * channelmgr_order_status()'s ("order.orderLines…"). */
const char *cm_json_order_status(json_object *body, cm_error *e);

/* Whether Walmart already shows a shipment or cancellation (cm_answer.h). */
cm_shown cm_json_shipment_shown(json_object *order, const cm_shipment *s, char *line, size_t line_size);
cm_shown cm_json_cancellation_shown(json_object *order, const cm_cancellation *c, char *line, size_t line_size);

/* Until the engine moves to the three answers above: == CM_SHOWN_YES. */
bool cm_json_shows_shipment(json_object *order, const cm_shipment *s);
bool cm_json_shows_cancellation(json_object *order, const cm_cancellation *c);

/* Whether any order line carries intentToCancel true (cm_answer_intent_to_cancel). */
bool cm_json_intent_to_cancel(json_object *order);

/* json-c as the engine's decoder (cm_doc.h): the core's default. */
extern const cm_decoder cm_json_decoder;

#endif
