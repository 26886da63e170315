/* The operations the client runs against Walmart, one row each: what the
 * request is, whether it is safe to repeat, how to recognise it already
 * applied, and what a merchant can do when Walmart rejects it. A new operation
 * is a row here (and its payload builder in cm_payload.c). */
#ifndef CM_OPS_H
#define CM_OPS_H

#include "cm_buf.h"
#include "cm_core.h"
#include "cm_doc.h"
#include "cm_payload.h"
#include "cm_retry.h"

typedef enum {
	CM_OP_SHIP,
	CM_OP_CANCEL,
	CM_OP_ACKNOWLEDGE,
	CM_OP_GET_ORDER,
	CM_OP_RELEASED,
	CM_OP_INVENTORY,
	CM_OP_COUNT
} cm_op_kind;

/* One operation's input. Every pointer and string is borrowed from the caller,
 * who keeps it alive and unchanged until the operation's result is handed back. */
typedef struct {
	cm_op_kind kind;
	cm_str purchase_order_id;             /* ship, cancel, acknowledge, get */
	cm_shipment *shipment;                /* ship: validated */
	cm_cancellation *cancellation;        /* cancel: validated */
	cm_str sku;                           /* inventory */
	int64_t quantity;                     /* inventory */
	cm_str ship_node;                     /* inventory; ptr NULL: not given */
	const char *query;                    /* released: "?limit=…" or Walmart's nextCursor */
	bool verify_first;                    /* ship, cancel: read the order first, send only what it does not show */
} cm_operation;

typedef struct {
	const char *name;        /* in messages and logs: "shipment", "inventory update", … */
	const char *method;      /* GET, POST, PUT */
	bool mutating;           /* a repeat would apply it twice: reads decide (cm_retry.h) */
	bool answers_order;      /* a success carries the order */
	/* appends the path and query (percent-encoded) to out */
	void (*path)(const cm_operation *op, cm_buf *out);
	/* appends the JSON body; NULL: the request has none. False (e filled) when the input is invalid. */
	bool (*body)(const cm_operation *op, cm_buf *out, cm_error *e);
	/* mutating operations: what Walmart's order (or the answer holding it) shows of the operation; line names
	 * a partly shown line */
	cm_shows (*shown)(cm_doc order, const cm_operation *op, char *line, size_t line_size);
	const char *advice;      /* after a rejection that names no field we know */
} cm_op_def;

extern const cm_op_def cm_ops[CM_OP_COUNT];

/* The endpoint's rate-limit slot (cm_pace): Walmart meters each API on its own. */
static inline int cm_op_pace_slot(cm_op_kind kind)
{
	return (int) kind;
}

/* Appends s to out, every byte outside RFC 3986's unreserved set percent-encoded. */
void cm_append_pct(cm_buf *out, cm_str s);

#endif
