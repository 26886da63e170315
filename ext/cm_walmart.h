/* One operation against Walmart's API, carried to a definitive result: OAuth
 * token from the cache (or fetched), the request, retries with backoff and
 * rate-limit waits, reconciliation after an ambiguous outcome, and a sentence
 * for the merchant. Plain C; the PHP binding supplies the handles and a logger. */
#ifndef CM_WALMART_H
#define CM_WALMART_H

#include <curl/curl.h>
#include <json-c/json.h>

#include "cm_http.h"
#include "cm_json.h"
#include "cm_payload.h"
#include "cm_token.h"

typedef enum {
	CM_OP_SHIP,
	CM_OP_CANCEL,
	CM_OP_ACKNOWLEDGE,
	CM_OP_GET_ORDER,
	CM_OP_RELEASED,
	CM_OP_INVENTORY
} cm_op_kind;

typedef struct {
	const char *base_url;       /* without a trailing slash */
	const char *client_id;
	const char *client_secret;
	const char *token_key;      /* the token cache's key for these credentials */
	const char *service_name;
	const char *user_agent;
	long timeout_ms;
	long connect_timeout_ms;
	int max_retries;
	int64_t max_retry_wait_ms;
} cm_client_config;

typedef struct {
	cm_op_kind kind;
	cm_str purchase_order_id;             /* ship, cancel, acknowledge, get */
	cm_shipment *shipment;                /* ship: validated */
	cm_cancellation *cancellation;        /* cancel: validated */
	cm_str sku;                           /* inventory */
	int64_t quantity;                     /* inventory */
	const char *query;                    /* released: "?limit=…" or Walmart's nextCursor */
} cm_operation;

typedef enum { CM_LOG_DEBUG, CM_LOG_WARNING, CM_LOG_ERROR } cm_log_level;

typedef struct {
	const char *operation;      /* "shipment", "cancellation", … */
	const char *method;
	const char *path;
	long status;                /* 0: no response */
	double duration_ms;
	int attempt;                /* 0 for token requests */
	const char *correlation_id;
	int64_t wait_ms;            /* warnings: the wait before the retry; else -1 */
	const char *code;           /* warnings and errors: the first error code; else NULL */
} cm_log_entry;

typedef struct {
	CURL *curl;
	CURLSH *share;
	cm_token_cache *tokens;
	uint64_t *rng;
	void (*log)(void *ctx, cm_log_level level, const char *message, const cm_log_entry *entry);
	void *log_ctx;
} cm_env;

typedef struct {
	bool ok;
	bool retryable;
	bool reconciled;
	long http_status;
	int attempts;
	cm_api_error errors[CM_MAX_API_ERRORS];
	size_t nerrors;
	json_object *root;          /* the parsed body of the answer that succeeded; owns order and orders */
	json_object *order;
	json_object *orders;        /* released: the array of orders */
	const char *next_cursor;    /* released: Walmart's nextCursor, inside root */
	const char *order_status;   /* after success, for operations that return an order; "Error" after failure */
	char status_details[1024];
	char correlation_id[37];
} cm_result;

/* The operation's name in messages and logs: "shipment", "inventory update", … */
const char *cm_op_name(cm_op_kind kind);

/* Runs op to a definitive result (r is overwritten; free it with cm_result_free). */
void cm_run(cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r);

void cm_result_free(cm_result *r);

/* A released-orders query: "?limit=N[&createdStartDate=…]" or a cursor Walmart gave. */
bool cm_released_query(cm_buf *out, cm_str created_start_date, int64_t limit, cm_str cursor, cm_error *e);

#endif
