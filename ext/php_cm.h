/* The Zend binding's internal API: classes, exceptions and input conversion. */
#ifndef PHP_CM_H
#define PHP_CM_H

#include "php.h"
#include "cm_doc.h"
#include "cm_payload.h"

/* Every array key the binding reads or writes, interned once in MINIT so lookups
 * use a precomputed hash and, for keys written as literals in PHP, a pointer
 * compare, and results are built without allocating or hashing their keys. */
#define PHP_CM_KEYS(X) \
	X(PURCHASE_ORDER_ID, "purchase_order_id") \
	X(SELLER_ORDER_ID, "seller_order_id") \
	X(SHIP_DATE, "ship_date") \
	X(METHOD, "method") \
	X(TRACKING, "tracking") \
	X(LINES, "lines") \
	X(INTENT_TO_CANCEL_OVERRIDE, "intent_to_cancel_override") \
	X(CARRIER, "carrier") \
	X(NUMBER, "number") \
	X(URL, "url") \
	X(LINE_NUMBER, "line_number") \
	X(QUANTITY, "quantity") \
	X(ORDERED, "ordered") \
	X(SHIPPED, "shipped") \
	X(CANCELLED, "cancelled") \
	X(INTENT_TO_CANCEL, "intent_to_cancel") \
	X(OK, "ok") \
	X(RETRYABLE, "retryable") \
	X(HTTP_STATUS, "http_status") \
	X(ATTEMPTS, "attempts") \
	X(ERRORS, "errors") \
	X(CODE, "code") \
	X(FIELD, "field") \
	X(DESCRIPTION, "description") \
	X(ORDER, "order") \
	X(ORDER_STATUS, "order_status") \
	X(STATUS_DETAILS, "status_details") \
	X(RECONCILED, "reconciled") \
	X(UNCONFIRMED, "unconfirmed") \
	X(CORRELATION_ID, "correlation_id") \
	X(ORDERS, "orders") \
	X(NEXT_CURSOR, "next_cursor") \
	X(SKU, "sku") \
	X(SHIP_NODE, "ship_node")

#define PHP_CM_KEY_ENUM(id, name) PHP_CM_KEY_##id,
typedef enum {
	PHP_CM_KEYS(PHP_CM_KEY_ENUM)
	PHP_CM_KEY_COUNT,
	PHP_CM_KEY_END = PHP_CM_KEY_COUNT
} php_cm_key;
#undef PHP_CM_KEY_ENUM

extern zend_string *php_cm_keys[PHP_CM_KEY_COUNT];
void php_cm_keys_init(void);

extern zend_class_entry *php_cm_exception_ce;
extern zend_class_entry *php_cm_validation_exception_ce;

/* ChannelMgr\Client: takes the registered class and installs its handlers. */
void php_cm_client_register(zend_class_entry *ce);

/* Frees the process's libcurl handles and token cache (module shutdown). */
struct _zend_channelmgr_globals;
void php_cm_globals_release(struct _zend_channelmgr_globals *g);

/* Throws ChannelMgr\ValidationException with "<field>: <message>". */
void php_cm_throw_validation(const cm_error *e);

/* A PHP shipment array as a core shipment; strings borrow from the array. */
typedef struct {
	cm_shipment s;
	char (*numbers)[24]; /* text of int line numbers */
} php_cm_shipment;

typedef struct {
	cm_cancellation c;
	char (*numbers)[24];
} php_cm_cancellation;

bool php_cm_shipment_from_array(php_cm_shipment *in, HashTable *ht, cm_error *e);
void php_cm_shipment_free(php_cm_shipment *in);
bool php_cm_cancellation_from_array(php_cm_cancellation *in, HashTable *ht, zend_string *reason, cm_error *e);
void php_cm_cancellation_free(php_cm_cancellation *in);

/* A PHP value as a document (cm_doc.h), for the answer rules of cm_answer.h:
 * arrays are lists or objects (zend_array_is_list), null is missing. The view
 * borrows zv and everything in it. */
cm_doc php_cm_doc(const zval *zv);

/* The Channel Manager status of a decoded Walmart order ({"order": …} or the
 * order itself): cm_answer_order_status, the same walk as the client's. */
const char *php_cm_order_status(HashTable *order, cm_error *e);

#endif
