/* Reading Walmart's JSON answers with json-c: error lists, the order status
 * tally, and whether an order already shows a shipment or cancellation. */
#ifndef CM_JSON_H
#define CM_JSON_H

#include <json-c/json.h>

#include "cm_core.h"
#include "cm_payload.h"

#define CM_MAX_API_ERRORS 8

/* One error as Walmart sent it, or one of the extension's own codes. */
typedef struct {
	char code[96];
	char field[96];
	char description[1024];
} cm_api_error;

/* Parses a whole body; NULL (with a reason in why) when it is not one JSON value. */
json_object *cm_json_parse(const char *s, size_t n, char *why, size_t why_size);

/* o[key] when o is an object and the member exists, else NULL (borrowed). */
json_object *cm_json_get(json_object *o, const char *key);

/* o[key] as a string, or NULL. */
const char *cm_json_string(json_object *o, const char *key);

/* Walmart's errors from an error body: {"errors":{"error":[…]}}, {"errors":[…]}
 * or {"error":[…]}, each {code, field, description}. Returns how many. */
size_t cm_json_errors(json_object *body, cm_api_error *out, size_t max);

/* The order in a body: body.order, or body itself when it has orderLines. */
json_object *cm_json_order(json_object *body);

/* The Channel Manager status of a Walmart order; NULL, with e filled, when malformed. */
const char *cm_json_order_status(json_object *order, cm_error *e);

/* Whether the order already shows every package of s as shipped (same line,
 * same tracking number, at least the quantity). */
bool cm_json_shows_shipment(json_object *order, const cm_shipment *s);

/* Whether the order already shows every open quantity of c as cancelled. */
bool cm_json_shows_cancellation(json_object *order, const cm_cancellation *c);

#endif
