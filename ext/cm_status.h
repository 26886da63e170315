/* The Channel Manager status of a Walmart order, from its line status buckets
 * (each orderLineStatus is a status and a quantity; a line can have several). */
#ifndef CM_STATUS_H
#define CM_STATUS_H

#include "cm_core.h"

typedef enum {
	CM_UNITS_OPEN,      /* Created, Acknowledged */
	CM_UNITS_SHIPPED,   /* Shipped, Delivered, and Refund (refunds follow delivery) */
	CM_UNITS_CANCELLED  /* Cancelled */
} cm_units_kind;

typedef struct {
	int64_t open;
	int64_t shipped;
	int64_t cancelled;
} cm_tally;

#define CM_STATUS_OPEN "Open"
#define CM_STATUS_PARTIALLY_SHIPPED "Partially Shipped"
#define CM_STATUS_SHIPPED "Shipped"
#define CM_STATUS_CANCELED "Canceled"
#define CM_STATUS_ERROR "Error"

/* Walmart's orderLineStatus.status, as a kind of units. */
bool cm_units_kind_parse(cm_error *e, const char *field, cm_str status, cm_units_kind *out);

/* The most units one status bucket may carry; larger amounts are refused. */
#define CM_AMOUNT_MAX INT64_C(999999999)

/* A statusQuantity.amount given as text: a whole number of units from 0 to
 * CM_AMOUNT_MAX ("2", "2.0"). Numbers are read by the order walker (cm_answer.c). */
bool cm_amount_parse(cm_error *e, const char *field, cm_str amount, int64_t *out);

/* Adds units (0 to CM_AMOUNT_MAX) of a kind; the counts saturate at INT64_MAX. */
bool cm_tally_add(cm_error *e, const char *field, cm_tally *t, cm_units_kind kind, int64_t units);

/* One of the CM_STATUS_* names; NULL when the order counts no unit at all. */
const char *cm_tally_status(const cm_tally *t);

#endif
