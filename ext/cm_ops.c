#include "cm_ops.h"
#include "cm_answer.h"
#include "cm_token.h"

#include <stdio.h>

_Static_assert(CM_OP_COUNT <= CM_PACE_SLOTS, "every operation needs a pacing slot of its own");

void cm_append_pct(cm_buf *out, cm_str s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	for (i = 0; i < s.len; i++) {
		unsigned char ch = (unsigned char) s.ptr[i];

		if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
				|| ch == '-' || ch == '.' || ch == '_' || ch == '~') {
			cm_buf_appendc(out, (char) ch);
		} else {
			char esc[3] = {'%', hex[ch >> 4], hex[ch & 15]};
			cm_buf_append(out, esc, 3);
		}
	}
}

/* /v3/orders/{purchaseOrderId}, followed by suffix. Purchase order numbers are [A-Za-z0-9_-] (cm_text.c). */
static void cm_order_path(const cm_operation *op, cm_buf *out, const char *suffix)
{
	cm_buf_lit(out, "/v3/orders/");
	cm_append_pct(out, op->purchase_order_id);
	cm_buf_append(out, suffix, strlen(suffix));
}

static void cm_path_ship(const cm_operation *op, cm_buf *out)
{
	cm_order_path(op, out, "/shipping");
}

static void cm_path_cancel(const cm_operation *op, cm_buf *out)
{
	cm_order_path(op, out, "/cancel");
}

static void cm_path_acknowledge(const cm_operation *op, cm_buf *out)
{
	cm_order_path(op, out, "/acknowledge");
}

static void cm_path_order(const cm_operation *op, cm_buf *out)
{
	cm_order_path(op, out, "");
}

static void cm_path_released(const cm_operation *op, cm_buf *out)
{
	cm_buf_lit(out, "/v3/orders/released");
	cm_buf_append(out, op->query, strlen(op->query));
}

static void cm_path_inventory(const cm_operation *op, cm_buf *out)
{
	cm_buf_lit(out, "/v3/inventory?sku=");
	cm_append_pct(out, op->sku);
	if (op->ship_node.ptr) {
		cm_buf_lit(out, "&shipNode=");
		cm_append_pct(out, op->ship_node);
	}
}

static bool cm_body_ship(const cm_operation *op, cm_buf *out, cm_error *e)
{
	return cm_shipment_payload(op->shipment, out, e);
}

static bool cm_body_cancel(const cm_operation *op, cm_buf *out, cm_error *e)
{
	return cm_cancellation_payload(op->cancellation, out, e);
}

static bool cm_body_inventory(const cm_operation *op, cm_buf *out, cm_error *e)
{
	return cm_inventory_payload(op->sku, op->quantity, out, e);
}

static cm_shows cm_shows_of(cm_shown shown)
{
	return shown == CM_SHOWN_YES ? CM_SHOWS_ALL : shown == CM_SHOWN_PARTIAL ? CM_SHOWS_PART : CM_SHOWS_NOTHING;
}

static cm_shows cm_shown_ship(cm_doc order, const cm_operation *op, char *line, size_t line_size)
{
	return cm_shows_of(cm_answer_shipment_shown(order, op->shipment, line, line_size));
}

static cm_shows cm_shown_cancel(cm_doc order, const cm_operation *op, char *line, size_t line_size)
{
	return cm_shows_of(cm_answer_cancellation_shown(order, op->cancellation, line, line_size));
}

#define CM_ADVICE_CORRECT "Correct the order in Magento and submit it again, or update it in Walmart Seller Center."

const cm_op_def cm_ops[CM_OP_COUNT] = {
	[CM_OP_SHIP] = {"shipment", "POST", true, true, cm_path_ship, cm_body_ship, cm_shown_ship, CM_ADVICE_CORRECT},
	[CM_OP_CANCEL] = {"cancellation", "POST", true, true, cm_path_cancel, cm_body_cancel, cm_shown_cancel, CM_ADVICE_CORRECT},
	[CM_OP_ACKNOWLEDGE] = {"acknowledgement", "POST", false, true, cm_path_acknowledge, NULL, NULL,
		"Check the order in Walmart Seller Center: it may have moved on since it was imported."},
	[CM_OP_GET_ORDER] = {"order lookup", "GET", false, true, cm_path_order, NULL, NULL,
		"Retry later; if it keeps failing, look the order up in Walmart Seller Center."},
	[CM_OP_RELEASED] = {"released orders import", "GET", false, false, cm_path_released, NULL, NULL,
		"Retry later; if it keeps failing, look the orders up in Walmart Seller Center."},
	[CM_OP_INVENTORY] = {"inventory update", "PUT", false, false, cm_path_inventory, cm_body_inventory, NULL,
		"Check the SKU and quantity in Magento (the SKU must exist in Walmart Seller Center) and sync it again."},
};
