/* ChannelMgr\Client's internals, shared by its single calls (php_cm_client.c)
 * and syncBatch (php_cm_batch.c).
 *
 * Ownership: a php_cm_op owns what converting its input allocated (the line
 * structs, the reason) until php_cm_op_free, which is safe on a zeroed or
 * half-converted op; its cm_operation borrows strings from the input array,
 * which the caller keeps alive and unchanged until the result is built (with a
 * logger set, the input is first copied: a logger runs user code mid-call). */
#ifndef PHP_CM_CLIENT_H
#define PHP_CM_CLIENT_H

#include "php.h"
#include "php_cm.h"
#include "cm_walmart.h"

typedef struct {
	zend_string *base_url;      /* without a trailing slash; NULL until configured */
	zend_string *client_id;
	zend_string *client_secret;
	zend_string *service_name;
	zend_string *channel_type;  /* NULL: not sent */
	zend_string *token_key;     /* base URL, client id and the SHA-256 of the secret */
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	zend_long max_retries;
	zend_long max_retry_wait_ms;
	zval logger;                /* UNDEF, a PSR-3 logger, or a callable */
} php_cm_settings;

typedef struct {
	cm_operation op;
	php_cm_shipment ship;
	php_cm_cancellation cancel;
	zend_string *reason;
} php_cm_op;

/* The operations' inputs, shared by single calls and batches; false with e filled when invalid. */
bool php_cm_op_ship(php_cm_op *o, HashTable *shipment, bool verify_first, cm_error *e);
bool php_cm_op_cancel(php_cm_op *o, HashTable *order, zend_string *reason, bool verify_first, cm_error *e);
bool php_cm_op_order(php_cm_op *o, cm_op_kind kind, zend_string *purchase_order_id, cm_error *e);
bool php_cm_op_inventory(php_cm_op *o, zend_string *sku, zend_long quantity, zend_string *ship_node, cm_error *e);
void php_cm_op_free(php_cm_op *o);

/* The settings of $this, or NULL (an Error thrown) when it was never constructed. */
php_cm_settings *php_cm_client_settings(zval *this_zv);

/* One call's environment: the process's handles, the logger bridge, the core's config. Refuses (throws, false)
 * a call made while another is running in the process: from a logger, say, which would reuse handles in use. */
typedef struct {
	zval *logger;
	bool failed;                /* it threw or exited: the rest of the call is not logged */
} php_cm_log_ctx;

typedef struct {
	cm_client_config cfg;
	cm_env env;
	char user_agent[64];
	php_cm_log_ctx log;
} php_cm_call;

bool php_cm_call_begin(php_cm_call *call, php_cm_settings *s);
void php_cm_call_end(php_cm_call *call);

/* With a logger set, a copy of input that no user code can change under the call (references resolved);
 * else input itself, borrowed. Release with zval_ptr_dtor either way. */
void php_cm_input_snapshot(const php_cm_settings *s, zval *input, zval *out);

/* A core result as the result array of the PHP API. Its decoded order (orders) moves into the array: once,
 * right before cm_result_free(). */
void php_cm_result_to_array(const cm_result *r, const cm_operation *op, zval *out);

/* The process's batch handles: at least n easy handles and the multi handle. */
bool php_cm_batch_handles(int n);

#endif
