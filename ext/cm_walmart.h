/* One operation against Walmart's API, carried to a definitive result: OAuth
 * token from the cache (or fetched), the request, retries with backoff and
 * rate-limit waits, reconciliation after an ambiguous outcome, and a sentence
 * for the merchant. Plain C; the PHP binding supplies the handles and a logger.
 *
 * Ownership: the caller owns cfg, op (and everything op points to) and keeps
 * them unchanged until the result is final. A cm_result owns its decoded answer
 * (answer; order, orders and next_cursor point into it): cm_result_free
 * releases it, on every path. A cm_job owns its request (path, body, headers) until cm_job_end. */
#ifndef CM_WALMART_H
#define CM_WALMART_H

#include <curl/curl.h>

#include "cm_answer.h"
#include "cm_doc.h"
#include "cm_http.h"
#include "cm_ops.h"
#include "cm_token.h"

typedef struct {
	const char *base_url;       /* without a trailing slash */
	const char *client_id;
	const char *client_secret;
	const char *token_key;      /* the token cache's key for these credentials */
	const char *service_name;
	const char *channel_type;   /* WM_CONSUMER.CHANNEL.TYPE; NULL or "": not sent */
	const char *user_agent;
	long timeout_ms;
	long connect_timeout_ms;
	int max_retries;
	int64_t max_retry_wait_ms;
} cm_client_config;

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
	CURL *curl;                 /* the handle single calls use (and batches theirs), prepared by cm_http_prepare */
	cm_token_cache *tokens;
	uint64_t *rng;
	void (*log)(void *ctx, cm_log_level level, const char *message, const cm_log_entry *entry);
	void *log_ctx;
	const cm_decoder *decoder;  /* how answers are decoded; NULL: json-c (cm_json_decoder) */
	/* the operations running together (one, or a batch) */
	bool token_fetching;        /* one of them is fetching the token; the others wait for it */
	bool interrupted;           /* a signal cut a wait short: nobody waits any more, results end retryable */
	int in_flight[CM_PACE_SLOTS];
	int in_flight_total;
} cm_env;

typedef struct {
	bool ok;
	bool retryable;
	bool reconciled;            /* the outcome was ambiguous and Walmart's order showed the update applied */
	bool unconfirmed;           /* failed, and Walmart may have applied it: check before sending again */
	long http_status;
	int attempts;
	size_t nerrors;
	void *answer;               /* the decoded answer that succeeded (decoder's); owns order, orders, next_cursor */
	const cm_decoder *decoder;
	cm_doc order;               /* node NULL: none */
	cm_doc orders;              /* released: the list of orders */
	cm_str next_cursor;         /* released: Walmart's nextCursor; ptr NULL: none */
	const char *order_status;   /* after success, for operations that return an order; "Error" after failure */
	/* the large members last: a new result clears only what comes before them (cm_result_init) */
	char correlation_id[37];
	char status_details[1024];
	cm_api_error errors[CM_MAX_API_ERRORS];
} cm_result;

/* The operation's name in messages and logs: "shipment", "inventory update", … */
static inline const char *cm_op_name(cm_op_kind kind)
{
	return cm_ops[kind].name;
}

/* Runs op to a definitive result (r is overwritten; free it with cm_result_free). */
void cm_run(cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r);

/* A result for an operation that was never sent: its input is wrong (field, message). */
void cm_result_invalid(cm_result *r, const char *field, const char *message);

/* One operation as a resumable job, for running many at once (cm_batch.c):
 * cm_job_step says what it needs next; the driver provides it and steps again. */
typedef enum {
	CM_JOB_HTTP,    /* perform the transfer job->http / job->res (cm_http_setup), then cm_job_transferred */
	CM_JOB_SLEEP,   /* step again at job->wake_at_ms (monotonic) */
	CM_JOB_WAIT,    /* step again after another job's transfer ends */
	CM_JOB_DONE     /* the result is final */
} cm_job_need;

#define CM_JOB_HEADERS 8 /* the secret line and at most seven others (cm_request) */

typedef enum {
	CM_STAGE_NEED_TOKEN,      /* a usable token, then the pending exchange */
	CM_STAGE_PACE,            /* the pending exchange, once the rate limit allows */
	CM_STAGE_IN_FLIGHT,
	CM_STAGE_SLEEP,           /* a wait, then the pending exchange */
	CM_STAGE_FINISH,
	CM_STAGE_DONE
} cm_stage;

typedef struct {
	cm_env *env;
	const cm_client_config *cfg;
	const cm_operation *op;
	const cm_op_def *def;
	cm_result *r;
	cm_buf path;              /* the operation's path and query */
	cm_buf read_path;         /* mutating: the order it changes */
	cm_buf body;
	cm_stage stage;
	cm_exchange pending;      /* what NEED_TOKEN and PACE lead to: the send or the read */
	cm_next outcome;          /* how the operation ended (FINISH): DONE, REJECTED, RETRY, UNCONFIRMED */
	bool maybe_applied;       /* a send may have been applied, and no read since showed it was not */
	bool send_timed_out;      /* a send timed out: within this call it is not sent again */
	bool already;             /* the last send was answered "the lines already moved on" */
	bool verifying;           /* the pending read is verify_first's: nothing was sent yet */
	bool reauthorized;        /* the pending exchange already ran again on a fresh token */
	bool fetched_token;       /* this operation fetched the token: it may use it to the end of its life */
	char partial_line[64];    /* a read showed the update in part: the line */
	int retries;
	int64_t waited;
	int64_t wake_at_ms;
	/* the exchange in flight */
	cm_exchange x;
	int x_slot;
	const char *x_method;
	const char *x_path;
	cm_buf url;
	/* its header list, in the job's own storage (libcurl only reads it): the secret line (the access token or the
	 * client's credentials, overwritten once the exchange ends), then the others, one after another in header_lines */
	struct curl_slist header_nodes[CM_JOB_HEADERS];
	cm_buf secret_header;
	cm_buf header_lines;
	cm_http_request http;
	cm_http_response res;
	/* the failure that stands unless a read shows otherwise (the array last: a new job clears what comes before) */
	size_t failure_count;
	long failure_status;
	cm_api_error failure[CM_MAX_API_ERRORS];
} cm_job;

void cm_job_start(cm_job *j, cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r);
cm_job_need cm_job_step(cm_job *j);
/* After the transfer: cm_http_finish has classified it into j->res. */
void cm_job_transferred(cm_job *j);
void cm_job_end(cm_job *j);

void cm_result_free(cm_result *r);

/* Sleeps until the monotonic time given; false (and env->interrupted set) when a signal cut it short. */
bool cm_env_sleep_until(cm_env *env, int64_t mono_ms);

#endif
