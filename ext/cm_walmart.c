#include "cm_walmart.h"
#include "cm_retry.h"
#include "cm_status.h"
#include "cm_text.h"
#include "cm_time.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const cm_op_names[] = {
	[CM_OP_SHIP] = "shipment",
	[CM_OP_CANCEL] = "cancellation",
	[CM_OP_ACKNOWLEDGE] = "acknowledgement",
	[CM_OP_GET_ORDER] = "order lookup",
	[CM_OP_RELEASED] = "released orders import",
	[CM_OP_INVENTORY] = "inventory update",
};

/* Walmart's words for "that line already moved on": after a ship or cancel,
 * they mean the request may be a repeat of one that already went through. */
static const char *const cm_already_done[] = {
	"is in SHIPPED status", "is in CANCELLED status", "is in DELIVERED status", "Qty OverShipped",
	"higher status", "qtyAvailableToShip :: 0", "doesn't have enough quantity", "Qty more than allowed",
	NULL
};

/* What the merchant can do about a rejected field. */
static const struct {
	const char *field;
	const char *advice;
} cm_field_advice[] = {
	{"carrierName", "Choose a carrier Walmart supports (or give a tracking URL) and submit the shipment again."},
	{"methodCode", "Choose a shipping method Walmart supports and submit the shipment again."},
	{"trackingURL", "Add the tracking URL and submit the shipment again."},
	{"cancellationReason", "Choose another cancellation reason and cancel again."},
	{"purchaseOrderId", "Check the Walmart order number: Walmart does not know this order."},
	{NULL, "Correct the order in Magento and submit it again, or update it in Walmart Seller Center."},
};

/* What the last step of an operation concluded. */
typedef enum {
	CM_STEP_OK,         /* done */
	CM_STEP_FINAL,      /* failed; trying again cannot help */
	CM_STEP_TRANSIENT,  /* failed; a retry can help */
	CM_STEP_AMBIGUOUS,  /* failed after Walmart may have applied it: read the order to know */
	CM_STEP_REAUTH      /* the access token was refused */
} cm_step;

typedef struct {
	cm_env *env;
	const cm_client_config *cfg;
	const cm_operation *op;
	cm_result *r;
	const char *method;
	char path[512];
	cm_buf body;
	int64_t wait_hint;     /* the wait Walmart asked for before a retry, or -1 */
	bool mutating;         /* ship and cancel: not safe to repeat blindly */
	bool already;          /* the failure was Walmart saying the lines already moved on */
	bool rejected;         /* the failure is Walmart's answer to the request itself */
	bool unconfirmed;      /* the request may have been applied and reading the order did not tell */
} cm_run_ctx;

const char *cm_op_name(cm_op_kind kind)
{
	return cm_op_names[kind];
}

static int64_t cm_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void cm_sleep_ms(int64_t ms)
{
	struct timespec ts = {(time_t) (ms / 1000), (long) (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR);
}

static void cm_uuid4(char out[37], uint64_t *rng)
{
	static const char hex[] = "0123456789abcdef";
	uint64_t hi = cm_random_next(rng), lo = cm_random_next(rng);
	unsigned char b[16];
	int i, o = 0;

	memcpy(b, &hi, 8);
	memcpy(b + 8, &lo, 8);
	b[6] = (unsigned char) ((b[6] & 0x0F) | 0x40); /* version 4 */
	b[8] = (unsigned char) ((b[8] & 0x3F) | 0x80); /* RFC 4122 variant */
	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10) {
			out[o++] = '-';
		}
		out[o++] = hex[b[i] >> 4];
		out[o++] = hex[b[i] & 0xF];
	}
	out[o] = '\0';
}

static void cm_base64(cm_buf *out, const unsigned char *in, size_t n)
{
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;

	for (i = 0; i + 2 < n; i += 3) {
		char q[4] = {alphabet[in[i] >> 2], alphabet[((in[i] & 3) << 4) | (in[i + 1] >> 4)],
			alphabet[((in[i + 1] & 15) << 2) | (in[i + 2] >> 6)], alphabet[in[i + 2] & 63]};
		cm_buf_append(out, q, 4);
	}
	if (n - i == 1) {
		char q[4] = {alphabet[in[i] >> 2], alphabet[(in[i] & 3) << 4], '=', '='};
		cm_buf_append(out, q, 4);
	} else if (n - i == 2) {
		char q[4] = {alphabet[in[i] >> 2], alphabet[((in[i] & 3) << 4) | (in[i + 1] >> 4)], alphabet[(in[i + 1] & 15) << 2], '='};
		cm_buf_append(out, q, 4);
	}
}

/* Frees a buffer that held a secret, overwriting it first. */
static void cm_buf_wipe(cm_buf *b)
{
	if (b->data) {
		volatile char *p = b->data;
		size_t i;
		for (i = 0; i < b->cap; i++) {
			p[i] = '\0';
		}
	}
	cm_buf_free(b);
}

/* Frees a header list after overwriting it: it carries credentials and the access token. */
static void cm_headers_free(struct curl_slist *headers)
{
	struct curl_slist *h;

	for (h = headers; h; h = h->next) {
		volatile char *p = h->data;
		while (*p) {
			*p++ = '\0';
		}
	}
	curl_slist_free_all(headers);
}

static void cm_error_add(cm_result *r, const char *code, const char *field, const char *fmt, ...) CM_PRINTF(4, 5);

static void cm_error_add(cm_result *r, const char *code, const char *field, const char *fmt, ...)
{
	cm_api_error *e;
	va_list ap;

	if (r->nerrors == CM_MAX_API_ERRORS) {
		return;
	}
	e = &r->errors[r->nerrors++];
	snprintf(e->code, sizeof(e->code), "%s", code);
	snprintf(e->field, sizeof(e->field), "%s", field);
	va_start(ap, fmt);
	vsnprintf(e->description, sizeof(e->description), fmt, ap);
	va_end(ap);
}

/* Our code first, then whatever Walmart said in body. */
static void cm_errors_set(cm_result *r, const char *code, const char *description, json_object *body)
{
	r->nerrors = 0;
	if (code) {
		cm_error_add(r, code, "", "%s", description);
	}
	r->nerrors += cm_json_errors(body, r->errors + r->nerrors, CM_MAX_API_ERRORS - r->nerrors);
}

static void cm_log(cm_run_ctx *c, cm_log_level level, const char *message, const cm_log_entry *entry)
{
	if (c->env->log) {
		c->env->log(c->env->log_ctx, level, message, entry);
	}
}

/* One HTTP request: a fresh correlation id, the gateway headers, a debug log line. */
static void cm_exchange(cm_run_ctx *c, const char *method, const char *path, const char *body, size_t body_len,
	struct curl_slist *headers, bool is_api, cm_http_response *res)
{
	const cm_client_config *cfg = c->cfg;
	char line[256], url[2048];
	cm_http_request req;
	cm_log_entry entry;

	cm_uuid4(c->r->correlation_id, c->env->rng);
	snprintf(line, sizeof(line), "WM_QOS.CORRELATION_ID: %s", c->r->correlation_id);
	headers = curl_slist_append(headers, line);
	snprintf(line, sizeof(line), "WM_SVC.NAME: %s", cfg->service_name);
	headers = curl_slist_append(headers, line);
	headers = curl_slist_append(headers, "Accept: application/json");
	headers = curl_slist_append(headers, "Expect:");
	snprintf(url, sizeof(url), "%s%s", cfg->base_url, path);

	req = (cm_http_request) {method, url, headers, body, body_len, cfg->timeout_ms, cfg->connect_timeout_ms, cfg->user_agent};
	if (is_api) {
		c->r->attempts++;
	}
	cm_http_perform(c->env->curl, c->env->share, &req, res);
	cm_headers_free(headers);

	entry = (cm_log_entry) {cm_op_name(c->op->kind), method, path, res->status, res->duration_ms,
		is_api ? c->r->attempts : 0, c->r->correlation_id, -1, NULL};
	snprintf(line, sizeof(line), "%s %s: %s", method, path,
		res->net == CM_NET_OK ? "answered" : res->net == CM_NET_TIMEOUT ? "timed out" : "failed");
	cm_log(c, CM_LOG_DEBUG, line, &entry);
}

/* The transport's failure as one of our codes. */
static cm_step cm_net_failure(cm_run_ctx *c, const cm_http_response *res)
{
	const char *code;

	switch (res->net) {
		case CM_NET_TIMEOUT:
			code = "TIMEOUT";
			break;
		case CM_NET_TOO_LARGE:
			cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's answer is larger than 8 MiB", NULL);
			return c->mutating ? CM_STEP_AMBIGUOUS : CM_STEP_TRANSIENT;
		case CM_NET_DROPPED:
			code = res->status ? "INVALID_RESPONSE" : "CONNECTION_FAILED";
			break;
		default:
			code = "CONNECTION_FAILED";
	}
	cm_errors_set(c->r, code, res->error, NULL);
	/* a connection that never opened carried nothing: repeating is safe */
	return res->net == CM_NET_CONNECT || !c->mutating ? CM_STEP_TRANSIENT : CM_STEP_AMBIGUOUS;
}

/* The access token for this client: cached, or fetched now. NULL when there is none; *step says why. */
static const char *cm_token(cm_run_ctx *c, cm_step *step)
{
	static const char form[] = "grant_type=client_credentials";
	const cm_client_config *cfg = c->cfg;
	const char *token = cm_token_get(c->env->tokens, cfg->token_key, cm_now_ms());
	cm_buf credentials = {0}, auth = {0};
	struct curl_slist *headers = NULL;
	cm_http_response res;
	json_object *body = NULL, *expires;
	const char *access;
	char why[128];

	if (token) {
		return token;
	}
	cm_buf_append(&credentials, cfg->client_id, strlen(cfg->client_id));
	cm_buf_appendc(&credentials, ':');
	cm_buf_append(&credentials, cfg->client_secret, strlen(cfg->client_secret));
	cm_buf_lit(&auth, "Authorization: Basic ");
	cm_base64(&auth, (const unsigned char *) credentials.data, credentials.len);
	cm_buf_wipe(&credentials);
	headers = curl_slist_append(headers, auth.data ? auth.data : "");
	cm_buf_wipe(&auth);
	headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");

	cm_exchange(c, "POST", "/v3/token", form, sizeof(form) - 1, headers, false, &res);
	c->r->http_status = res.status;
	*step = CM_STEP_TRANSIENT;
	if (res.net != CM_NET_OK) {
		cm_net_failure(c, &res);
		goto done;
	}
	body = cm_json_parse(res.body.data ? res.body.data : "", res.body.len, why, sizeof(why));
	if (res.status == 400 || res.status == 401 || res.status == 403) {
		cm_errors_set(c->r, "UNAUTHORIZED", "Walmart refused the client ID and secret", body);
		*step = CM_STEP_FINAL;
	} else if (res.status == 429) {
		cm_errors_set(c->r, "RATE_LIMITED", "Walmart's rate limit for token requests was reached", body);
		c->wait_hint = cm_rate_limit_wait_ms(res.replenish_at_ms, res.retry_after_s, cm_now_ms());
	} else if (res.status != 200) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's token service answered with an error", body);
	} else if (!(access = cm_json_string(body, "access_token")) || !*access
			|| !(expires = cm_json_get(body, "expires_in")) || !json_object_is_type(expires, json_type_int)
			|| json_object_get_int64(expires) <= 0) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's token answer has no access_token and expires_in", NULL);
	} else if (!(token = cm_token_put(c->env->tokens, cfg->token_key, access, strlen(access),
			json_object_get_int64(expires), cm_now_ms()))) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "out of memory while keeping the access token", NULL);
	}
done:
	json_object_put(body);
	cm_http_response_free(&res);
	return token;
}

/* Keeps a successful answer in r: the order and its status, or the released list. */
static cm_step cm_accept(cm_run_ctx *c, json_object *body)
{
	cm_result *r = c->r;
	cm_op_kind kind = c->op->kind;
	cm_error e = {0};

	json_object_put(r->root);
	r->root = body;
	r->nerrors = 0; /* a failure before this answer (a refused token, say) is not the outcome */
	r->order = NULL;
	r->orders = NULL;
	r->next_cursor = NULL;
	r->order_status = NULL;
	if (kind == CM_OP_RELEASED) {
		json_object *list = cm_json_get(body, "list");
		json_object *orders = cm_json_get(cm_json_get(list, "elements"), "order");
		r->orders = orders && json_object_is_type(orders, json_type_array) ? orders : NULL;
		r->next_cursor = cm_json_string(cm_json_get(list, "meta"), "nextCursor");
		return CM_STEP_OK;
	}
	if (kind == CM_OP_INVENTORY) {
		return CM_STEP_OK;
	}
	r->order = cm_json_order(body);
	if (!(r->order_status = cm_json_order_status(r->order, &e))) {
		cm_errors_set(r, "INVALID_RESPONSE", "", NULL);
		snprintf(r->errors[0].description, sizeof(r->errors[0].description),
			"Walmart's answer has no readable order (%s: %s)", e.field, e.message);
		r->order = NULL;
		return c->mutating ? CM_STEP_AMBIGUOUS : CM_STEP_TRANSIENT;
	}
	return CM_STEP_OK;
}

static bool cm_says_already_done(const cm_result *r)
{
	const char *const *phrase;
	size_t i;

	for (i = 0; i < r->nerrors; i++) {
		for (phrase = cm_already_done; *phrase; phrase++) {
			if (strstr(r->errors[i].description, *phrase)) {
				return true;
			}
		}
	}
	return false;
}

/* One request of the operation itself, and what its answer means. */
static cm_step cm_attempt(cm_run_ctx *c, const char *token)
{
	cm_result *r = c->r;
	struct curl_slist *headers = NULL;
	cm_http_response res;
	json_object *body;
	char line[2048], why[160];
	cm_step step;

	snprintf(line, sizeof(line), "WM_SEC.ACCESS_TOKEN: %s", token);
	headers = curl_slist_append(headers, line);
	if (c->body.data) {
		headers = curl_slist_append(headers, "Content-Type: application/json");
	}
	cm_exchange(c, c->method, c->path, c->body.data, c->body.len, headers, true, &res);
	r->http_status = res.status;
	c->already = c->rejected = false;

	if (res.net != CM_NET_OK) {
		step = cm_net_failure(c, &res);
		cm_http_response_free(&res);
		return step;
	}
	body = cm_json_parse(res.body.data ? res.body.data : "", res.body.len, why, sizeof(why));
	cm_http_response_free(&res);

	if (r->http_status >= 200 && r->http_status < 300) {
		if (!body) {
			cm_errors_set(r, "INVALID_RESPONSE", "", NULL);
			snprintf(r->errors[0].description, sizeof(r->errors[0].description), "Walmart's answer is not JSON (%s)", why);
			return c->mutating ? CM_STEP_AMBIGUOUS : CM_STEP_TRANSIENT;
		}
		return cm_accept(c, body);
	}
	if (r->http_status == 404 && c->op->kind == CM_OP_RELEASED) {
		cm_errors_set(r, NULL, NULL, body);
		if (r->nerrors && strncmp(r->errors[0].code, "CONTENT_NOT_FOUND", 17) == 0) {
			r->nerrors = 0;
			return cm_accept(c, body); /* no order matches: an empty list */
		}
	}
	step = CM_STEP_FINAL;
	if (r->http_status == 401) {
		cm_errors_set(r, "UNAUTHORIZED", "Walmart refused the access token", body);
		step = CM_STEP_REAUTH;
	} else if (r->http_status == 429) {
		cm_errors_set(r, "RATE_LIMITED", "Walmart's rate limit was reached", body);
		c->wait_hint = cm_rate_limit_wait_ms(res.replenish_at_ms, res.retry_after_s, cm_now_ms());
		step = CM_STEP_TRANSIENT;
	} else {
		cm_errors_set(r, NULL, NULL, body);
		if (r->nerrors == 0) {
			cm_error_add(r, "INVALID_RESPONSE", "", "Walmart answered HTTP %ld without error details", r->http_status);
		}
		if (r->http_status >= 500) {
			step = c->mutating ? CM_STEP_AMBIGUOUS : CM_STEP_TRANSIENT;
		} else if (c->mutating && r->http_status == 400 && cm_says_already_done(r)) {
			c->already = true;
			step = CM_STEP_AMBIGUOUS;
		} else {
			c->rejected = true;
		}
	}
	json_object_put(body);
	return step;
}

/* After an ambiguous failure of a ship or cancel: does Walmart already show it done? */
static cm_step cm_reconcile(cm_run_ctx *c)
{
	cm_result *r = c->r, failure;
	const char *token;
	cm_http_response res;
	struct curl_slist *headers = NULL;
	json_object *body, *order;
	char path[128], line[2048], why[64];
	cm_step step;
	bool shown = false;

	/* the failure stands unless the order shows otherwise */
	memcpy(failure.errors, r->errors, sizeof(r->errors));
	failure.nerrors = r->nerrors;
	failure.http_status = r->http_status;

	if (!(token = cm_token(c, &step))) {
		c->unconfirmed = true;
		goto restore;
	}
	snprintf(line, sizeof(line), "WM_SEC.ACCESS_TOKEN: %s", token);
	headers = curl_slist_append(headers, line);
	snprintf(path, sizeof(path), "/v3/orders/%.*s", (int) c->op->purchase_order_id.len, c->op->purchase_order_id.ptr);
	cm_exchange(c, "GET", path, NULL, 0, headers, true, &res);
	body = res.net == CM_NET_OK && res.status == 200
		? cm_json_parse(res.body.data ? res.body.data : "", res.body.len, why, sizeof(why)) : NULL;
	cm_http_response_free(&res);
	order = cm_json_order(body);
	if (!order) {
		c->unconfirmed = true;
	} else if (c->op->kind == CM_OP_SHIP) {
		shown = cm_json_shows_shipment(order, c->op->shipment);
	} else {
		shown = cm_json_shows_cancellation(order, c->op->cancellation);
	}
	if (shown) {
		c->unconfirmed = false;
		r->http_status = 200;
		r->nerrors = 0;
		r->reconciled = true;
		return cm_accept(c, body) == CM_STEP_OK ? CM_STEP_OK : CM_STEP_TRANSIENT;
	}
	if (order) {
		c->unconfirmed = false; /* Walmart does not show it: it was not applied */
	}
	json_object_put(body);
restore:
	memcpy(r->errors, failure.errors, sizeof(r->errors));
	r->nerrors = failure.nerrors;
	r->http_status = failure.http_status;
	if (c->already) {
		c->rejected = true;
		return CM_STEP_FINAL;
	}
	return CM_STEP_TRANSIENT;
}

static const char *cm_first_code(const cm_result *r)
{
	return r->nerrors ? r->errors[0].code : "";
}

/* The sentence the merchant reads in the order list's Status Details. */
static void cm_describe(cm_run_ctx *c)
{
	cm_result *r = c->r;
	const char *what = cm_op_name(c->op->kind), *code = cm_first_code(r);
	const char *description = r->nerrors ? r->errors[0].description : "";
	const char *outcome = !c->mutating ? ""
		: c->unconfirmed ? "Walmart may have received it; retrying is safe, a repeat is recognised. " : "Nothing was applied. ";
	size_t i;

	if (c->rejected && strcmp(code, "UNAUTHORIZED") != 0) {
		for (i = 0; cm_field_advice[i].field && strcmp(cm_field_advice[i].field, r->errors[0].field) != 0; i++);
		snprintf(r->status_details, sizeof(r->status_details), "Walmart rejected the %s: %.600s. %s",
			what, description, cm_field_advice[i].advice);
	} else if (strcmp(code, "UNAUTHORIZED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details),
			"Walmart refused the API credentials for the %s; check the client ID and secret in the Channel Manager "
			"settings, then retry.", what);
	} else if (strcmp(code, "RATE_LIMITED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details),
			"Walmart's rate limit held back the %s after %d attempts. %sRetry later.", what, r->attempts, outcome);
	} else if (strcmp(code, "TIMEOUT") == 0 || strcmp(code, "CONNECTION_FAILED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details),
			"The %s could not reach Walmart (%s) after %d attempts. %sRetry later.",
			what, code[0] == 'T' ? "no answer in time" : "connection failed", r->attempts, outcome);
	} else {
		snprintf(r->status_details, sizeof(r->status_details),
			"Walmart could not process the %s (HTTP %ld: %.600s) after %d attempts. %sRetry later.",
			what, r->http_status, description, r->attempts, outcome);
	}
}

static bool cm_prepare(cm_run_ctx *c)
{
	const cm_operation *op = c->op;
	cm_error e;
	int po_len = (int) op->purchase_order_id.len;
	const char *po = op->purchase_order_id.ptr;

	switch (op->kind) {
		case CM_OP_SHIP:
			c->method = "POST";
			snprintf(c->path, sizeof(c->path), "/v3/orders/%.*s/shipping", po_len, po);
			return cm_shipment_payload(op->shipment, &c->body, &e);
		case CM_OP_CANCEL:
			c->method = "POST";
			snprintf(c->path, sizeof(c->path), "/v3/orders/%.*s/cancel", po_len, po);
			return cm_cancellation_payload(op->cancellation, &c->body, &e);
		case CM_OP_ACKNOWLEDGE:
			c->method = "POST";
			snprintf(c->path, sizeof(c->path), "/v3/orders/%.*s/acknowledge", po_len, po);
			return true;
		case CM_OP_GET_ORDER:
			c->method = "GET";
			snprintf(c->path, sizeof(c->path), "/v3/orders/%.*s", po_len, po);
			return true;
		case CM_OP_RELEASED:
			c->method = "GET";
			return (size_t) snprintf(c->path, sizeof(c->path), "/v3/orders/released%s", op->query) < sizeof(c->path);
		case CM_OP_INVENTORY: {
			size_t i;
			c->method = "PUT";
			if (!cm_inventory_payload(op->sku, op->quantity, &c->body, &e)) {
				return false;
			}
			snprintf(c->path, sizeof(c->path), "/v3/inventory?sku=");
			for (i = 0; i < op->sku.len; i++) {
				unsigned char ch = (unsigned char) op->sku.ptr[i];
				size_t len = strlen(c->path);
				if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch && strchr("-._~", ch))) {
					snprintf(c->path + len, sizeof(c->path) - len, "%c", ch);
				} else {
					snprintf(c->path + len, sizeof(c->path) - len, "%%%02X", ch);
				}
			}
			return true;
		}
	}
	return false;
}

void cm_run(cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r)
{
	cm_run_ctx c = {env, cfg, op, r, NULL, "", {0}, -1, op->kind == CM_OP_SHIP || op->kind == CM_OP_CANCEL, false, false, false};
	int retries = 0;
	int64_t waited = 0;
	bool reauthorized = false;
	cm_step step;

	memset(r, 0, sizeof(*r));
	if (!cm_prepare(&c) || c.body.oom) {
		cm_errors_set(r, "INVALID_INPUT", "the request could not be built", NULL);
		step = CM_STEP_FINAL;
		goto finish;
	}
	for (;;) {
		const char *token;
		int64_t wait;
		char message[256];
		cm_log_entry entry;

		c.wait_hint = -1;
		c.unconfirmed = false;
		step = CM_STEP_TRANSIENT;
		if ((token = cm_token(&c, &step))) {
			step = cm_attempt(&c, token);
		}
		if (step == CM_STEP_REAUTH) {
			cm_token_drop(env->tokens, cfg->token_key);
			if (!reauthorized) {
				reauthorized = true;
				continue; /* a fresh token, once; not a retry */
			}
			step = CM_STEP_FINAL;
		}
		if (step == CM_STEP_AMBIGUOUS) {
			step = cm_reconcile(&c);
		}
		if (step != CM_STEP_TRANSIENT || retries >= cfg->max_retries) {
			break;
		}
		wait = c.wait_hint >= 0 ? c.wait_hint : cm_backoff_ms(retries, CM_BACKOFF_BASE_MS, CM_BACKOFF_CAP_MS, cm_random_next(env->rng));
		if (waited + wait > cfg->max_retry_wait_ms) {
			if (c.wait_hint >= 0) {
				break; /* Walmart asks for longer than the budget allows */
			}
			wait = cfg->max_retry_wait_ms - waited;
		}
		retries++;
		snprintf(message, sizeof(message), "retrying the %s in %lld ms after %s (retry %d of %d)",
			cm_op_name(op->kind), (long long) wait, cm_first_code(r), retries, cfg->max_retries);
		entry = (cm_log_entry) {cm_op_name(op->kind), c.method, c.path, r->http_status, 0, r->attempts, r->correlation_id,
			wait, cm_first_code(r)};
		cm_log(&c, CM_LOG_WARNING, message, &entry);
		cm_sleep_ms(wait);
		waited += wait;
	}
finish:
	r->ok = step == CM_STEP_OK;
	r->retryable = step == CM_STEP_TRANSIENT;
	if (!r->ok) {
		cm_log_entry entry = {cm_op_name(op->kind), c.method, c.path, r->http_status, 0, r->attempts, r->correlation_id,
			-1, cm_first_code(r)};
		json_object_put(r->root);
		r->root = r->order = r->orders = NULL;
		r->next_cursor = NULL;
		r->order_status = CM_STATUS_ERROR;
		cm_describe(&c);
		cm_log(&c, CM_LOG_ERROR, r->status_details, &entry);
	}
	cm_buf_free(&c.body);
}

void cm_result_free(cm_result *r)
{
	json_object_put(r->root);
	r->root = r->order = r->orders = NULL;
	r->next_cursor = NULL;
}

bool cm_released_query(cm_buf *out, cm_str created_start_date, int64_t limit, cm_str cursor, cm_error *e)
{
	size_t i;

	if (cursor.ptr) {
		if (cursor.len < 2 || cursor.len > 2048 || cursor.ptr[0] != '?') {
			return cm_fail(e, "cursor", "must be the nextCursor Walmart returned (it starts with '?')");
		}
		for (i = 1; i < cursor.len; i++) {
			unsigned char ch = (unsigned char) cursor.ptr[i];
			if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch && strchr("-._~%&=+:,", ch)))) {
				return cm_fail(e, "cursor", "must be the nextCursor Walmart returned: it has a character a query cannot hold at offset %zu", i);
			}
		}
		cm_buf_append(out, cursor.ptr, cursor.len);
		return true;
	}
	if (limit < 1 || limit > 200) {
		return cm_fail(e, "limit", "must be between 1 and 200, got %lld", (long long) limit);
	}
	cm_buf_lit(out, "?limit=");
	cm_buf_append_int(out, limit);
	if (created_start_date.ptr) {
		bool date_only = created_start_date.len == 10;
		for (i = 0; i < created_start_date.len && date_only; i++) {
			date_only = (i == 4 || i == 7) ? created_start_date.ptr[i] == '-'
				: created_start_date.ptr[i] >= '0' && created_start_date.ptr[i] <= '9';
		}
		if (!date_only) {
			return cm_fail(e, "created_start_date", "must be a date like 2026-11-22");
		}
		cm_buf_lit(out, "&createdStartDate=");
		cm_buf_append(out, created_start_date.ptr, created_start_date.len);
	}
	return true;
}
