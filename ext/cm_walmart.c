#include "cm_walmart.h"
#include "cm_retry.h"
#include "cm_status.h"
#include "cm_text.h"
#include "cm_time.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* What one exchange concluded. */
typedef enum {
	CM_STEP_OK,         /* done */
	CM_STEP_FINAL,      /* failed; trying again cannot help */
	CM_STEP_TRANSIENT,  /* failed; a retry can help */
	CM_STEP_AMBIGUOUS,  /* failed after Walmart may have applied it: read the order to know */
	CM_STEP_REAUTH      /* the access token was refused */
} cm_step;

typedef cm_job cm_run_ctx;

const char *cm_op_name(cm_op_kind kind)
{
	return cm_op_names[kind];
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

/* Sets up one HTTP request in c->http: a fresh correlation id and the gateway
 * headers. The driver performs it, then cm_job_transferred reads the answer. */
static void cm_request(cm_run_ctx *c, int kind, const char *method, const char *path, const char *body, size_t body_len,
	struct curl_slist *headers, bool is_api, int slot)
{
	const cm_client_config *cfg = c->cfg;
	char line[256];

	cm_uuid4(c->r->correlation_id, c->env->rng);
	snprintf(line, sizeof(line), "WM_QOS.CORRELATION_ID: %s", c->r->correlation_id);
	headers = curl_slist_append(headers, line);
	snprintf(line, sizeof(line), "WM_SVC.NAME: %s", cfg->service_name);
	headers = curl_slist_append(headers, line);
	headers = curl_slist_append(headers, "Accept: application/json");
	headers = curl_slist_append(headers, "Expect:");
	snprintf(c->url, sizeof(c->url), "%s%s", cfg->base_url, path);

	c->http = (cm_http_request) {method, c->url, headers, body, body_len, cfg->timeout_ms, cfg->connect_timeout_ms, cfg->user_agent};
	c->headers = headers;
	c->x = kind;
	c->x_api = is_api;
	c->x_method = method;
	c->x_path = path;
	c->x_slot = slot;
	if (is_api) {
		c->r->attempts++;
		c->env->in_flight[slot]++;
	}
	c->env->in_flight_total++;
	c->stage = CM_STAGE_IN_FLIGHT;
}

/* Whether the endpoint's rate limit lets a request go now: Walmart's token
 * bucket as its headers last described it, less the requests still out. */
typedef enum { CM_PACE_GO, CM_PACE_SLEEP, CM_PACE_WAIT } cm_pace_verdict;

static cm_pace_verdict cm_paced(cm_run_ctx *c, int slot)
{
	cm_pace *p = cm_token_pace(c->env->tokens, c->cfg->token_key, slot);
	int64_t now = cm_clock_epoch_ms(), until = 0;

	if (!p) {
		return CM_PACE_GO;
	}
	if (p->paused_until_ms > now) {
		until = p->paused_until_ms; /* after a 429 the whole client waits */
	} else if (p->tokens_left == -1 && c->env->in_flight[slot] > 0) {
		return CM_PACE_WAIT; /* one request learns whether and how this endpoint is limited */
	} else if (p->tokens_left >= 0 && p->tokens_left - c->env->in_flight[slot] <= 0) {
		if (p->replenish_at_ms == INT64_MAX || (p->replenish_at_ms <= now && c->env->in_flight[slot] > 0)) {
			/* the token that came back is taken by a request still out: its answer tells the next time */
			return c->env->in_flight_total > 0 ? CM_PACE_WAIT : CM_PACE_GO;
		}
		if (p->replenish_at_ms > now) {
			until = p->replenish_at_ms;
		} else {
			p->replenish_at_ms = INT64_MAX; /* this request takes the replenished token */
		}
	}
	if (until) {
		c->wake_at_ms = cm_clock_mono_ms() + (until - now);
		return CM_PACE_SLEEP;
	}
	return CM_PACE_GO;
}

/* After a transfer: frees the request, learns the rate limit, logs the exchange. */
static void cm_request_done(cm_run_ctx *c)
{
	cm_http_response *res = &c->res;
	cm_log_entry entry;
	char line[256];

	cm_headers_free(c->headers);
	c->headers = NULL;
	c->env->in_flight_total--;
	if (c->x_api) {
		cm_pace *p = cm_token_pace(c->env->tokens, c->cfg->token_key, c->x_slot);
		int64_t now = cm_clock_epoch_ms();

		c->env->in_flight[c->x_slot]--;
		if (p) {
			if (res->token_count >= 0) {
				p->tokens_left = res->token_count;
			} else if (p->tokens_left == -1 && res->status) {
				p->tokens_left = -2;
			}
			if (res->replenish_at_ms >= 0) {
				p->replenish_at_ms = res->replenish_at_ms;
			} else if (p->replenish_at_ms == INT64_MAX) {
				p->replenish_at_ms = 0;
			}
			if (res->status == 429) {
				int64_t wait = cm_rate_limit_wait_ms(res->replenish_at_ms, res->retry_after_s, now);
				int64_t until = now + (wait >= 0 ? wait : CM_BACKOFF_BASE_MS);
				p->paused_until_ms = until > p->paused_until_ms ? until : p->paused_until_ms;
			}
		}
	}
	entry = (cm_log_entry) {cm_op_name(c->op->kind), c->x_method, c->x_path, res->status, res->duration_ms,
		c->x_api ? c->r->attempts : 0, c->r->correlation_id, -1, NULL};
	snprintf(line, sizeof(line), "%s %s: %s", c->x_method, c->x_path,
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
	/* a request that never left carried nothing: repeating it is safe */
	return !res->sent || !c->mutating ? CM_STEP_TRANSIENT : CM_STEP_AMBIGUOUS;
}

/* Asks Walmart for an access token (Basic auth with the client id and secret). */
static void cm_token_request(cm_run_ctx *c)
{
	static const char form[] = "grant_type=client_credentials";
	const cm_client_config *cfg = c->cfg;
	cm_buf credentials = {0}, auth = {0};
	struct curl_slist *headers = NULL;

	cm_buf_append(&credentials, cfg->client_id, strlen(cfg->client_id));
	cm_buf_appendc(&credentials, ':');
	cm_buf_append(&credentials, cfg->client_secret, strlen(cfg->client_secret));
	cm_buf_lit(&auth, "Authorization: Basic ");
	cm_base64(&auth, (const unsigned char *) credentials.data, credentials.len);
	cm_buf_wipe(&credentials);
	headers = curl_slist_append(headers, auth.data ? auth.data : "");
	cm_buf_wipe(&auth);
	headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
	c->env->token_fetching = true;
	cm_request(c, CM_X_TOKEN, "POST", "/v3/token", form, sizeof(form) - 1, headers, false, 0);
}

/* The token from Walmart's answer, now cached; NULL when there is none, *step saying why. */
static const char *cm_token_answer(cm_run_ctx *c, cm_step *step)
{
	const cm_client_config *cfg = c->cfg;
	cm_http_response *res = &c->res;
	json_object *body = NULL, *expires;
	const char *access, *token = NULL;
	char why[128];

	c->env->token_fetching = false;
	c->r->http_status = res->status;
	*step = CM_STEP_TRANSIENT;
	if (res->net != CM_NET_OK) {
		cm_net_failure(c, res);
		goto done;
	}
	body = cm_json_parse(res->body.data ? res->body.data : "", res->body.len, why, sizeof(why));
	if (res->status == 400 || res->status == 401 || res->status == 403) {
		cm_errors_set(c->r, "UNAUTHORIZED", "Walmart refused the client ID and secret", body);
		*step = CM_STEP_FINAL;
	} else if (res->status == 429) {
		cm_errors_set(c->r, "RATE_LIMITED", "Walmart's rate limit for token requests was reached", body);
		c->wait_hint = cm_rate_limit_wait_ms(res->replenish_at_ms, res->retry_after_s, cm_clock_epoch_ms());
	} else if (res->status != 200) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's token service answered with an error", body);
	} else if (!(access = cm_json_string(body, "access_token")) || !*access
			|| !(expires = cm_json_get(body, "expires_in")) || !json_object_is_type(expires, json_type_int)
			|| json_object_get_int64(expires) <= 0) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's token answer has no access_token and expires_in", NULL);
	} else if (!(token = cm_token_put(c->env->tokens, cfg->token_key, access, strlen(access),
			json_object_get_int64(expires), cm_clock_epoch_ms()))) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "out of memory while keeping the access token", NULL);
	}
done:
	json_object_put(body);
	cm_http_response_free(res);
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

static struct curl_slist *cm_token_header(const char *token)
{
	char line[2048];

	snprintf(line, sizeof(line), "WM_SEC.ACCESS_TOKEN: %s", token);
	return curl_slist_append(NULL, line);
}

/* The operation's own request. */
static void cm_attempt_request(cm_run_ctx *c, const char *token)
{
	struct curl_slist *headers = cm_token_header(token);

	if (c->body.data) {
		headers = curl_slist_append(headers, "Content-Type: application/json");
	}
	cm_request(c, CM_X_ATTEMPT, c->method, c->path, c->body.data, c->body.len, headers, true, (int) c->op->kind);
}

/* What the operation's answer means. */
static cm_step cm_attempt_answer(cm_run_ctx *c)
{
	cm_result *r = c->r;
	cm_http_response *res = &c->res;
	json_object *body;
	char why[160];
	cm_step step;

	r->http_status = res->status;
	c->already = c->rejected = false;
	if (res->net != CM_NET_OK) {
		step = cm_net_failure(c, res);
		cm_http_response_free(res);
		return step;
	}
	body = cm_json_parse(res->body.data ? res->body.data : "", res->body.len, why, sizeof(why));
	cm_http_response_free(res);

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
		c->wait_hint = cm_rate_limit_wait_ms(res->replenish_at_ms, res->retry_after_s, cm_clock_epoch_ms());
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

/* After an ambiguous failure of a ship or cancel, the order tells whether it
 * went through. Until it does, the failure stands. */
static void cm_reconcile_request(cm_run_ctx *c, const char *token)
{
	struct curl_slist *headers = cm_token_header(token);

	snprintf(c->reconcile_path, sizeof(c->reconcile_path), "/v3/orders/%.*s",
		(int) c->op->purchase_order_id.len, c->op->purchase_order_id.ptr);
	cm_request(c, CM_X_RECONCILE, "GET", c->reconcile_path, NULL, 0, headers, true, CM_OP_GET_ORDER);
}

static void cm_failure_save(cm_run_ctx *c)
{
	memcpy(c->failure, c->r->errors, sizeof(c->failure));
	c->failure_count = c->r->nerrors;
	c->failure_status = c->r->http_status;
}

/* The order did not show the update (or could not be read): the failure stands. */
static cm_step cm_failure_stands(cm_run_ctx *c)
{
	memcpy(c->r->errors, c->failure, sizeof(c->failure));
	c->r->nerrors = c->failure_count;
	c->r->http_status = c->failure_status;
	if (c->already) {
		c->rejected = true;
		return CM_STEP_FINAL;
	}
	return CM_STEP_TRANSIENT;
}

static cm_step cm_reconcile_answer(cm_run_ctx *c)
{
	cm_result *r = c->r;
	cm_http_response *res = &c->res;
	json_object *body, *order;
	char why[64];
	bool shown = false;

	body = res->net == CM_NET_OK && res->status == 200
		? cm_json_parse(res->body.data ? res->body.data : "", res->body.len, why, sizeof(why)) : NULL;
	cm_http_response_free(res);
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
	return cm_failure_stands(c);
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
	char after[32] = "";
	const char *outcome = !c->mutating ? ""
		: c->unconfirmed ? "Walmart may have received it; retrying is safe, a repeat is recognised. " : "Nothing was applied. ";
	size_t i;

	if (r->attempts > 0) {
		snprintf(after, sizeof(after), " after %d attempt%s", r->attempts, r->attempts == 1 ? "" : "s");
	}
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
			"Walmart's rate limit held back the %s%s. %sRetry later.", what, after, outcome);
	} else if (strcmp(code, "TIMEOUT") == 0 || strcmp(code, "CONNECTION_FAILED") == 0) {
		snprintf(r->status_details, sizeof(r->status_details),
			"The %s could not reach Walmart (%s)%s. %sRetry later.",
			what, code[0] == 'T' ? "no answer in time" : "connection failed", after, outcome);
	} else {
		snprintf(r->status_details, sizeof(r->status_details),
			"Walmart could not process the %s (HTTP %ld: %.600s)%s. %sRetry later.",
			what, r->http_status, description, after, outcome);
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

/* The result's final form: ok or not, the order's status, the merchant's sentence. */
static void cm_finish(cm_run_ctx *c)
{
	cm_result *r = c->r;

	r->ok = c->step == CM_STEP_OK;
	r->retryable = c->step == CM_STEP_TRANSIENT;
	if (!r->ok) {
		cm_log_entry entry = {cm_op_name(c->op->kind), c->method, c->path, r->http_status, 0, r->attempts,
			r->correlation_id, -1, cm_first_code(r)};
		json_object_put(r->root);
		r->root = r->order = r->orders = NULL;
		r->next_cursor = NULL;
		r->order_status = CM_STATUS_ERROR;
		cm_describe(c);
		cm_log(c, CM_LOG_ERROR, r->status_details, &entry);
	}
}

/* After an exchange failed in a way a retry can mend: when, if at all. */
static bool cm_retry_after(cm_run_ctx *c)
{
	const cm_client_config *cfg = c->cfg;
	cm_result *r = c->r;
	int64_t wait;
	char message[256];
	cm_log_entry entry;

	if (c->step != CM_STEP_TRANSIENT || c->retries >= cfg->max_retries) {
		return false;
	}
	wait = c->wait_hint >= 0 ? c->wait_hint
		: cm_backoff_ms(c->retries, CM_BACKOFF_BASE_MS, CM_BACKOFF_CAP_MS, cm_random_next(c->env->rng));
	if (c->waited + wait > cfg->max_retry_wait_ms) {
		if (c->wait_hint >= 0) {
			return false; /* Walmart asks for longer than the budget allows */
		}
		wait = cfg->max_retry_wait_ms - c->waited;
	}
	c->retries++;
	snprintf(message, sizeof(message), "retrying the %s in %lld ms after %s (retry %d of %d)",
		cm_op_name(c->op->kind), (long long) wait, cm_first_code(r), c->retries, cfg->max_retries);
	entry = (cm_log_entry) {cm_op_name(c->op->kind), c->method, c->path, r->http_status, 0, r->attempts, r->correlation_id,
		wait, cm_first_code(r)};
	cm_log(c, CM_LOG_WARNING, message, &entry);
	c->waited += wait;
	c->wake_at_ms = cm_clock_mono_ms() + wait;
	return true;
}

void cm_job_start(cm_job *c, cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r)
{
	memset(c, 0, sizeof(*c));
	memset(r, 0, sizeof(*r));
	c->env = env;
	c->cfg = cfg;
	c->op = op;
	c->r = r;
	c->wait_hint = -1;
	c->mutating = op->kind == CM_OP_SHIP || op->kind == CM_OP_CANCEL;
	c->stage = CM_STAGE_TRY;
	if (!cm_prepare(c) || c->body.oom) {
		cm_errors_set(r, "INVALID_INPUT", "the request could not be built", NULL);
		c->step = CM_STEP_FINAL;
		c->stage = CM_STAGE_DECIDE;
	}
}

/* The token this operation may use now, or NULL. */
static const char *cm_usable_token(cm_run_ctx *c)
{
	return cm_token_get(c->env->tokens, c->cfg->token_key, cm_clock_epoch_ms(), c->fetched_token ? 0 : CM_TOKEN_EARLY_MS);
}

cm_job_need cm_job_step(cm_job *c)
{
	for (;;) {
		switch (c->stage) {
			case CM_STAGE_TRY:
				c->wait_hint = -1;
				c->unconfirmed = false;
				c->reconciling = false;
				c->stage = CM_STAGE_NEED_TOKEN;
				break;
			case CM_STAGE_NEED_TOKEN:
				if (cm_usable_token(c)) {
					c->stage = c->reconciling ? CM_STAGE_SEND_RECONCILE : CM_STAGE_SEND;
					break;
				}
				if (c->env->token_fetching) {
					return CM_JOB_WAIT; /* another operation of the batch is fetching it */
				}
				cm_token_request(c);
				return CM_JOB_HTTP;
			case CM_STAGE_SEND:
			case CM_STAGE_SEND_RECONCILE: {
				bool reconcile = c->stage == CM_STAGE_SEND_RECONCILE;
				const char *token = cm_usable_token(c);

				if (!token) {
					c->stage = CM_STAGE_NEED_TOKEN; /* it expired while this operation waited */
					break;
				}
				switch (cm_paced(c, reconcile ? CM_OP_GET_ORDER : (int) c->op->kind)) {
					case CM_PACE_SLEEP:
						return CM_JOB_SLEEP;
					case CM_PACE_WAIT:
						return CM_JOB_WAIT;
					case CM_PACE_GO:
						break;
				}
				if (reconcile) {
					cm_reconcile_request(c, token);
				} else {
					cm_attempt_request(c, token);
				}
				return CM_JOB_HTTP;
			}
			case CM_STAGE_IN_FLIGHT:
				return CM_JOB_HTTP;
			case CM_STAGE_DECIDE:
				if (cm_retry_after(c)) {
					c->stage = CM_STAGE_BACKOFF;
					return CM_JOB_SLEEP;
				}
				cm_finish(c);
				c->stage = CM_STAGE_DONE;
				break;
			case CM_STAGE_BACKOFF:
				c->stage = CM_STAGE_TRY;
				break;
			case CM_STAGE_DONE:
				return CM_JOB_DONE;
		}
	}
}

void cm_job_transferred(cm_job *c)
{
	cm_step step = CM_STEP_TRANSIENT;
	int x = c->x;

	cm_request_done(c);
	switch (x) {
		case CM_X_TOKEN:
			if (cm_token_answer(c, &step)) {
				c->fetched_token = true;
				c->stage = c->reconciling ? CM_STAGE_SEND_RECONCILE : CM_STAGE_SEND;
				return;
			}
			if (c->reconciling) {
				c->unconfirmed = true;
				step = cm_failure_stands(c);
			}
			break;
		case CM_X_ATTEMPT:
			step = cm_attempt_answer(c);
			if (step == CM_STEP_REAUTH) {
				cm_token_drop(c->env->tokens, c->cfg->token_key);
				c->fetched_token = false;
				if (!c->reauthorized) {
					c->reauthorized = true; /* a fresh token, once; not a retry */
					c->stage = CM_STAGE_TRY;
					return;
				}
				step = CM_STEP_FINAL;
			}
			if (step == CM_STEP_AMBIGUOUS) {
				cm_failure_save(c);
				c->reconciling = true;
				c->stage = CM_STAGE_NEED_TOKEN;
				return;
			}
			break;
		case CM_X_RECONCILE:
			step = cm_reconcile_answer(c);
			break;
	}
	c->step = step;
	c->stage = CM_STAGE_DECIDE;
}

void cm_job_end(cm_job *c)
{
	if (c->headers) {
		cm_headers_free(c->headers);
		c->headers = NULL;
	}
	cm_buf_free(&c->body);
}

void cm_run(cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r)
{
	cm_job *job = calloc(1, sizeof(*job));
	cm_job_need need;

	if (!job) {
		memset(r, 0, sizeof(*r));
		cm_errors_set(r, "INVALID_INPUT", "out of memory", NULL);
		r->order_status = CM_STATUS_ERROR;
		snprintf(r->status_details, sizeof(r->status_details), "The %s could not be prepared (out of memory); retry later.",
			cm_op_name(op->kind));
		r->retryable = true;
		return;
	}
	cm_job_start(job, env, cfg, op, r);
	while ((need = cm_job_step(job)) != CM_JOB_DONE) {
		if (need == CM_JOB_HTTP) {
			cm_http_setup(env->curl, env->share, &job->http, &job->res);
			cm_http_finish(env->curl, curl_easy_perform(env->curl), &job->res);
			cm_http_detach(env->curl);
			cm_job_transferred(job);
		} else {
			/* alone, nothing else is in flight: a wait is as good as a short sleep */
			cm_clock_sleep_until(need == CM_JOB_SLEEP ? job->wake_at_ms : cm_clock_mono_ms() + 1);
		}
	}
	cm_job_end(job);
	free(job);
}

void cm_result_free(cm_result *r)
{
	json_object_put(r->root);
	r->root = r->order = r->orders = NULL;
	r->next_cursor = NULL;
}
