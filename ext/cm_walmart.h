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
	CURL *curl;                 /* the handle single calls use */
	CURLSH *share;
	cm_token_cache *tokens;
	uint64_t *rng;
	void (*log)(void *ctx, cm_log_level level, const char *message, const cm_log_entry *entry);
	void *log_ctx;
	/* the operations running together (one, or a batch) */
	bool token_fetching;        /* one of them is fetching the token; the others wait for it */
	int in_flight[CM_PACE_SLOTS];
	int in_flight_total;
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

/* One operation as a resumable job, for running many at once (cm_batch.c):
 * cm_job_step says what it needs next; the driver provides it and steps again. */
typedef enum {
	CM_JOB_HTTP,    /* perform the transfer job->http / job->res (cm_http_setup), then cm_job_transferred */
	CM_JOB_SLEEP,   /* step again at job->wake_at_ms (monotonic) */
	CM_JOB_WAIT,    /* step again after another job's transfer ends */
	CM_JOB_DONE     /* the result is final */
} cm_job_need;

typedef enum {
	CM_STAGE_TRY,             /* a new try: token, then the request */
	CM_STAGE_NEED_TOKEN,
	CM_STAGE_SEND,            /* the operation's request, once the rate limit allows */
	CM_STAGE_SEND_RECONCILE,  /* the order read after an ambiguous outcome, likewise */
	CM_STAGE_IN_FLIGHT,
	CM_STAGE_DECIDE,          /* done, or a retry after a wait */
	CM_STAGE_BACKOFF,
	CM_STAGE_DONE
} cm_stage;

typedef struct {
	cm_env *env;
	const cm_client_config *cfg;
	const cm_operation *op;
	cm_result *r;
	const char *method;
	char path[512];
	cm_buf body;
	bool mutating;            /* ship and cancel: not safe to repeat blindly */
	bool already;             /* the failure was Walmart saying the lines already moved on */
	bool rejected;            /* the failure is Walmart's answer to the request itself */
	bool unconfirmed;         /* the request may have been applied and reading the order did not tell */
	bool reconciling;         /* this try reads the order */
	bool reauthorized;
	bool fetched_token;       /* this operation fetched the token: it may use it to the end of its life */
	int64_t wait_hint;        /* the wait Walmart asked for before a retry, or -1 */
	cm_stage stage;
	int step;                 /* the outcome of the last exchange (cm_step) */
	int retries;
	int64_t waited;
	int64_t wake_at_ms;
	/* the exchange in flight */
	enum { CM_X_TOKEN, CM_X_ATTEMPT, CM_X_RECONCILE } x;
	int x_slot;
	bool x_api;
	const char *x_method;
	const char *x_path;
	char reconcile_path[128];
	char url[2048];
	struct curl_slist *headers;
	cm_http_request http;
	cm_http_response res;
	/* the failure that stands unless reconciliation shows otherwise */
	cm_api_error failure[CM_MAX_API_ERRORS];
	size_t failure_count;
	long failure_status;
} cm_job;

void cm_job_start(cm_job *j, cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r);
cm_job_need cm_job_step(cm_job *j);
/* After the transfer: cm_http_finish has classified it into j->res. */
void cm_job_transferred(cm_job *j);
void cm_job_end(cm_job *j);

void cm_result_free(cm_result *r);

#endif
