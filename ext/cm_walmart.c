#include "cm_walmart.h"
#include "cm_json.h"
#include "cm_pace.h"
#include "cm_retry.h"
#include "cm_sentence.h"
#include "cm_status.h"
#include "cm_text.h"
#include "cm_time.h"

#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Walmart's words for "that line already moved on": after a ship or cancel,
 * they mean the request may be a repeat of one that already went through. */
static const char *const cm_already_done[] = {
	"is in SHIPPED status", "is in CANCELLED status", "is in DELIVERED status", "Qty OverShipped",
	"higher status", "qtyAvailableToShip :: 0", "doesn't have enough quantity", "Qty more than allowed",
	NULL
};

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

/* Overwrites a secret held in a buffer and empties it, keeping its memory for the next one. */
static void cm_buf_forget(cm_buf *b)
{
	volatile char *p = b->data;
	size_t i;

	for (i = 0; p && i < b->len; i++) {
		p[i] = '\0';
	}
	b->len = 0;
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

/* Our code first (when code is given), then whatever Walmart said in body (node NULL: nothing). */
static void cm_errors_set(cm_result *r, const char *code, const char *description, cm_doc body)
{
	r->nerrors = 0;
	if (code) {
		cm_error_add(r, code, "", "%s", description);
	}
	if (body.node) {
		r->nerrors += cm_answer_errors(body, r->errors + r->nerrors, CM_MAX_API_ERRORS - r->nerrors);
	}
}

static const cm_doc cm_no_doc = {NULL, NULL};

/* The decoder's document for the response body, or NULL (why filled). */
static void *cm_decode(cm_job *c, char *why, size_t why_size)
{
	const cm_decoder *d = c->env->decoder;

	return d->parse(d->ctx, c->res.body.data ? c->res.body.data : "", c->res.body.len, why, why_size);
}

static cm_doc cm_root(cm_job *c, const void *doc)
{
	return doc ? c->env->decoder->root(doc) : cm_no_doc;
}

/* Frees what r holds of a decoded answer. */
static void cm_result_drop_answer(cm_result *r)
{
	if (r->answer) {
		r->decoder->release(r->answer);
	}
	r->answer = NULL;
	r->order = r->orders = cm_no_doc;
	r->next_cursor = (cm_str) {NULL, 0};
}

static void cm_log(cm_job *c, cm_log_level level, const char *message, const cm_log_entry *entry)
{
	if (c->env->log) {
		c->env->log(c->env->log_ctx, level, message, entry);
	}
}

bool cm_env_sleep_until(cm_env *env, int64_t mono_ms)
{
	if (!cm_clock_sleep_until(mono_ms)) {
		env->interrupted = true; /* a signal: let the worker handle it instead of sleeping on */
		return false;
	}
	return true;
}

static void cm_header_line(cm_buf *lines, size_t *offsets, size_t *n, const char *name, const char *value)
{
	offsets[(*n)++] = lines->len;
	cm_buf_append(lines, name, strlen(name));
	cm_buf_append(lines, value, strlen(value));
	cm_buf_appendc(lines, '\0');
}

/* Sets up one HTTP request in c->http: a fresh correlation id and the gateway
 * headers, after the secret line already in c->secret_header (if any). The
 * content type: the body's; for a POST without a body, none (an empty
 * "Content-Type:" keeps libcurl's form default out). The driver performs it,
 * then cm_job_transferred reads the answer. */
static void cm_request(cm_job *c, cm_exchange x, const char *method, const char *path, const cm_buf *body,
	const char *content_type, int slot)
{
	const cm_client_config *cfg = c->cfg;
	cm_buf *lines = &c->header_lines;
	size_t offsets[CM_JOB_HEADERS], n = 0, i, node = 0;

	cm_uuid4(c->r->correlation_id, c->env->rng);
	lines->len = 0;
	cm_header_line(lines, offsets, &n, "WM_QOS.CORRELATION_ID: ", c->r->correlation_id);
	cm_header_line(lines, offsets, &n, "WM_SVC.NAME: ", cfg->service_name);
	if (cfg->channel_type && *cfg->channel_type) {
		cm_header_line(lines, offsets, &n, "WM_CONSUMER.CHANNEL.TYPE: ", cfg->channel_type);
	}
	cm_header_line(lines, offsets, &n, "User-Agent: ", cfg->user_agent);
	cm_header_line(lines, offsets, &n, "Accept: ", "application/json");
	if (body && body->data) {
		cm_header_line(lines, offsets, &n, "Content-Type: ", content_type);
		if (body->len > 1024) {
			cm_header_line(lines, offsets, &n, "Expect:", ""); /* libcurl waits for a 100 Continue above 1 KB (7.x) or 1 MB */
		}
	} else if (strcmp(method, "GET") != 0) {
		cm_header_line(lines, offsets, &n, "Content-Type:", "");
	}
	if (c->secret_header.len) {
		c->header_nodes[node++].data = c->secret_header.oom ? (char *) "" : c->secret_header.data;
	}
	for (i = 0; i < n; i++) {
		c->header_nodes[node++].data = lines->oom ? (char *) "" : lines->data + offsets[i];
	}
	for (i = 0; i < node; i++) {
		c->header_nodes[i].next = i + 1 < node ? &c->header_nodes[i + 1] : NULL;
	}
	c->url.len = 0;
	cm_buf_append(&c->url, cfg->base_url, strlen(cfg->base_url));
	cm_buf_append(&c->url, path, strlen(path));

	c->http = (cm_http_request) {method, c->url.data ? c->url.data : "", c->header_nodes, body ? body->data : NULL,
		body ? body->len : 0, cfg->timeout_ms, cfg->connect_timeout_ms};
	c->x = x;
	c->x_method = method;
	c->x_path = path;
	c->x_slot = slot;
	if (x != CM_EX_TOKEN) {
		c->r->attempts++;
		c->env->in_flight[slot]++;
	}
	c->env->in_flight_total++;
	c->stage = CM_STAGE_IN_FLIGHT;
}

/* After a transfer: frees the request, learns the rate limit, logs the exchange. */
static void cm_request_done(cm_job *c)
{
	cm_http_response *res = &c->res;
	cm_log_entry entry;
	char line[256];

	cm_buf_forget(&c->secret_header);
	c->env->in_flight_total--;
	if (c->x != CM_EX_TOKEN) {
		cm_pace *p = cm_token_pace(c->env->tokens, c->cfg->token_key, c->x_slot);

		c->env->in_flight[c->x_slot]--;
		if (p) {
			cm_pace_learn(p, res->status, res->token_count, res->replenish_at_ms, res->retry_after_s, cm_clock_epoch_ms());
		}
	}
	if (c->env->log) {
		entry = (cm_log_entry) {c->def->name, c->x_method, c->x_path, res->status, res->duration_ms,
			c->x != CM_EX_TOKEN ? c->r->attempts : 0, c->r->correlation_id, -1, NULL};
		snprintf(line, sizeof(line), "%s %s: %s", c->x_method, c->x_path,
			res->net == CM_NET_OK ? "answered" : res->net == CM_NET_TIMEOUT ? "timed out" : "failed");
		cm_log(c, CM_LOG_DEBUG, line, &entry);
	}
}

/* What the transport saw, and our error for it when no answer came. */
static cm_seen cm_transport(cm_job *c)
{
	const cm_http_response *res = &c->res;
	const char *code = "CONNECTION_FAILED";
	cm_seen seen;

	switch (res->net) {
		case CM_NET_OK:
			return CM_SEEN_ANSWER;
		case CM_NET_TOO_LARGE:
			cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's answer is larger than 8 MiB", cm_no_doc);
			return CM_SEEN_CUT;
		case CM_NET_TIMEOUT:
			code = "TIMEOUT";
			seen = res->sent ? CM_SEEN_TIMEOUT : CM_SEEN_NOT_SENT; /* nothing sent yet: not ambiguous */
			break;
		case CM_NET_DROPPED:
			code = res->status ? "INVALID_RESPONSE" : "CONNECTION_FAILED";
			seen = res->status ? CM_SEEN_CUT : CM_SEEN_DROPPED; /* an answer began: Walmart is done with it */
			break;
		case CM_NET_CONNECT:
			seen = CM_SEEN_NOT_SENT;
			break;
		default:
			seen = res->sent ? CM_SEEN_DROPPED : CM_SEEN_NOT_SENT;
	}
	cm_errors_set(c->r, code, res->error, cm_no_doc);
	return seen;
}

/* Asks Walmart for an access token (Basic auth with the client id and secret). */
static void cm_token_request(cm_job *c)
{
	static const cm_buf form = {(char *) "grant_type=client_credentials", sizeof("grant_type=client_credentials") - 1, 0, false};
	const cm_client_config *cfg = c->cfg;
	static const char name[] = "Authorization: Basic ";
	size_t id = strlen(cfg->client_id), secret = strlen(cfg->client_secret);
	cm_buf credentials = {0};

	/* room first, for both: a secret is never moved, leaving a copy behind */
	cm_buf_reserve(&credentials, id + 1 + secret);
	cm_buf_append(&credentials, cfg->client_id, id);
	cm_buf_appendc(&credentials, ':');
	cm_buf_append(&credentials, cfg->client_secret, secret);
	cm_buf_forget(&c->secret_header);
	cm_buf_reserve(&c->secret_header, sizeof(name) - 1 + 4 * ((credentials.len + 2) / 3));
	cm_buf_append(&c->secret_header, name, sizeof(name) - 1);
	cm_base64(&c->secret_header, (const unsigned char *) credentials.data, credentials.len);
	cm_buf_wipe(&credentials);
	c->env->token_fetching = true;
	cm_request(c, CM_EX_TOKEN, "POST", "/v3/token", &form, "application/x-www-form-urlencoded", 0);
}

/* The token from Walmart's answer, now cached; NULL when there is none, o saying why. */
static const char *cm_token_answer(cm_job *c, cm_outcome *o)
{
	cm_http_response *res = &c->res;
	void *doc = NULL;
	cm_doc body, expires;
	cm_str access;
	const char *token = NULL;
	char why[128];

	c->env->token_fetching = false;
	o->seen = cm_transport(c);
	if (o->seen != CM_SEEN_ANSWER) {
		goto done;
	}
	c->r->http_status = res->status;
	doc = cm_decode(c, why, sizeof(why));
	body = cm_root(c, doc);
	access = cm_doc_str(cm_doc_get(body, "access_token"));
	expires = cm_doc_get(body, "expires_in");
	if (res->status == 400 || res->status == 401 || res->status == 403) {
		cm_errors_set(c->r, "UNAUTHORIZED", "Walmart refused the client ID and secret", body);
		o->said = CM_SAID_UNAUTHORIZED;
	} else if (res->status == 429) {
		cm_errors_set(c->r, "RATE_LIMITED", "Walmart's rate limit for token requests was reached", body);
		o->said = CM_SAID_RATE_LIMITED;
	} else if (res->status != 200) {
		cm_errors_set(c->r, res->status >= 500 ? "SERVER_ERROR" : "INVALID_RESPONSE",
			"Walmart's token service answered with an error", body);
		o->said = CM_SAID_SERVER_ERROR;
	} else if (!access.ptr || !cm_token_valid(access.ptr, access.len) || cm_doc_type_of(expires) != CM_DOC_INT
			|| expires.ops->integer(expires.node) <= 0) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's token answer has no usable access_token and expires_in", cm_no_doc);
		o->said = CM_SAID_UNREADABLE;
	} else if (!(token = cm_token_put(c->env->tokens, c->cfg->token_key, access.ptr, access.len,
			expires.ops->integer(expires.node), cm_clock_epoch_ms()))) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "out of memory while keeping the access token", cm_no_doc);
		o->said = CM_SAID_UNREADABLE;
	} else if (!cm_token_get(c->env->tokens, c->cfg->token_key, cm_clock_epoch_ms(), 0)) {
		cm_errors_set(c->r, "INVALID_RESPONSE", "Walmart's access token had expired on arrival", cm_no_doc);
		o->said = CM_SAID_UNREADABLE;
		token = NULL;
	}
done:
	c->env->decoder->release(doc);
	cm_http_response_free(res);
	return token;
}

/* Keeps a successful answer (doc, now r's) in r: the order and its status, or
 * the released list. False when it lacks what the operation needs (r->errors
 * say what; the answer is dropped). */
static bool cm_accept(cm_job *c, void *doc)
{
	cm_result *r = c->r;
	cm_doc body = cm_root(c, doc);
	cm_error e;

	memset(&e, 0, sizeof(e));
	cm_result_drop_answer(r);
	r->answer = doc;
	r->decoder = c->env->decoder;
	r->nerrors = 0; /* a failure before this answer (a refused token, say) is not the outcome */
	r->order_status = NULL;
	if (c->op->kind == CM_OP_RELEASED && c->x == CM_EX_SEND) {
		cm_doc list = cm_doc_get(body, "list");
		cm_doc orders = cm_doc_get(cm_doc_get(list, "elements"), "order");
		r->orders = cm_doc_type_of(orders) == CM_DOC_LIST ? orders : cm_no_doc;
		r->next_cursor = cm_doc_str(cm_doc_get(cm_doc_get(list, "meta"), "nextCursor"));
		return true;
	}
	if (!c->def->answers_order && c->x == CM_EX_SEND) {
		return true;
	}
	if (!(r->order_status = cm_answer_order_status(body, &e))) {
		cm_errors_set(r, "INVALID_RESPONSE", "", cm_no_doc);
		snprintf(r->errors[0].description, sizeof(r->errors[0].description),
			"Walmart's answer has no readable order (%s: %s)", e.field, e.message);
		cm_result_drop_answer(r);
		return false;
	}
	{
		const char *scope;
		r->order = cm_answer_order(body, &scope);
	}
	return true;
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

/* What an answer said (status, body), with r->errors and r->answer set accordingly. */
static cm_said cm_answer(cm_job *c)
{
	cm_result *r = c->r;
	cm_http_response *res = &c->res;
	void *doc;
	cm_doc body;
	char why[160];

	r->http_status = res->status;
	doc = cm_decode(c, why, sizeof(why));
	body = cm_root(c, doc);
	if (res->status >= 200 && res->status < 300) {
		if (!doc) {
			cm_errors_set(r, "INVALID_RESPONSE", "", cm_no_doc);
			snprintf(r->errors[0].description, sizeof(r->errors[0].description), "Walmart's answer is not JSON (%s)", why);
			return CM_SAID_UNREADABLE;
		}
		return cm_accept(c, doc) ? CM_SAID_OK : CM_SAID_UNREADABLE;
	}
	if (res->status == 401 || res->status == 429) {
		/* our code first: a refused token is retryable (the token service alone judges the credentials) */
		cm_errors_set(r, res->status == 401 ? "TOKEN_REJECTED" : "RATE_LIMITED",
			res->status == 401 ? "Walmart refused the access token" : "Walmart's rate limit was reached", body);
		c->env->decoder->release(doc);
		return res->status == 401 ? CM_SAID_UNAUTHORIZED : CM_SAID_RATE_LIMITED;
	}
	cm_errors_set(r, NULL, NULL, body);
	if (res->status == 404 && c->x == CM_EX_SEND && c->op->kind == CM_OP_RELEASED
			&& r->nerrors && strncmp(r->errors[0].code, "CONTENT_NOT_FOUND", 17) == 0) {
		return cm_accept(c, doc) ? CM_SAID_OK : CM_SAID_UNREADABLE; /* no order matches: an empty list */
	}
	c->env->decoder->release(doc);
	if (r->nerrors == 0) {
		cm_error_add(r, res->status >= 500 ? "SERVER_ERROR" : "INVALID_RESPONSE", "",
			"Walmart answered HTTP %ld without error details", res->status);
	}
	if (res->status >= 500) {
		return CM_SAID_SERVER_ERROR;
	}
	return c->x == CM_EX_SEND && c->def->mutating && res->status == 400 && cm_says_already_done(r)
		? CM_SAID_ALREADY : CM_SAID_REJECTED;
}

/* The wait a 429 asks for, or -1. */
static int64_t cm_wait_hint(const cm_http_response *res)
{
	return cm_rate_limit_wait_ms(res->replenish_at_ms, res->retry_after_s, cm_clock_epoch_ms());
}

static void cm_token_header(cm_job *c, const char *token)
{
	static const char name[] = "WM_SEC.ACCESS_TOKEN: ";
	size_t len = strlen(token);

	cm_buf_forget(&c->secret_header);
	cm_buf_reserve(&c->secret_header, sizeof(name) - 1 + len); /* room first: a secret is never moved, leaving a copy */
	cm_buf_append(&c->secret_header, name, sizeof(name) - 1);
	cm_buf_append(&c->secret_header, token, len);
}

static void cm_failure_save(cm_job *c)
{
	memcpy(c->failure, c->r->errors, c->r->nerrors * sizeof(c->failure[0]));
	c->failure_count = c->r->nerrors;
	c->failure_status = c->r->http_status;
}

/* A read failed: the send's failure stands, with the read's reason after it. */
static void cm_failure_restore(cm_job *c, bool with_read_error)
{
	cm_result *r = c->r;
	cm_api_error read = r->errors[0];
	bool had_read_error = with_read_error && r->nerrors > 0;

	memcpy(r->errors, c->failure, c->failure_count * sizeof(c->failure[0]));
	r->nerrors = c->failure_count;
	r->http_status = c->failure_status;
	if (had_read_error && r->nerrors < CM_MAX_API_ERRORS) {
		cm_api_error *e = &r->errors[r->nerrors++];
		*e = read;
		if (c->failure_count > 0) {
			char description[sizeof(e->description)];
			snprintf(description, sizeof(description), "reading the order to confirm the %s: %.900s", c->def->name, read.description);
			memcpy(e->description, description, sizeof(description));
		}
	}
}

/* What the operation's answer means. */
static void cm_send_answer(cm_job *c, cm_outcome *o)
{
	o->seen = cm_transport(c);
	o->said = o->seen == CM_SEEN_ANSWER ? cm_answer(c) : CM_SAID_NOTHING;
	cm_http_response_free(&c->res);
	c->already = o->said == CM_SAID_ALREADY;
	if (!c->def->mutating) {
		return;
	}
	if (o->seen == CM_SEEN_TIMEOUT) {
		c->send_timed_out = true;
	}
	if (o->said == CM_SAID_ALREADY || o->said == CM_SAID_UNREADABLE || o->said == CM_SAID_SERVER_ERROR
			|| o->seen == CM_SEEN_TIMEOUT || o->seen == CM_SEEN_DROPPED || o->seen == CM_SEEN_CUT) {
		c->maybe_applied = true;
		cm_failure_save(c);
	}
	o->send_timed_out = c->send_timed_out;
	o->already = c->already;
}

/* What the read of the order shows of the operation. */
static void cm_read_answer(cm_job *c, cm_outcome *o)
{
	cm_result *r = c->r;

	o->seen = cm_transport(c);
	o->said = o->seen == CM_SEEN_ANSWER ? cm_answer(c) : CM_SAID_NOTHING;
	cm_http_response_free(&c->res);
	if (o->said != CM_SAID_OK) {
		if (c->verifying && o->said == CM_SAID_REJECTED) {
			c->maybe_applied = false; /* Walmart does not know the order: nothing of it can be applied */
		}
		cm_failure_restore(c, true);
		return;
	}
	o->shows = c->def->shown(r->order, c->op, c->partial_line, sizeof(c->partial_line));
	if (o->shows == CM_SHOWS_ALL) {
		r->http_status = 200;
		r->reconciled = true;
		return;
	}
	if (o->shows == CM_SHOWS_PART && !c->partial_line[0]) {
		cm_failure_restore(c, false);
		cm_error_add(r, "INVALID_RESPONSE", "", "Walmart's order could not be compared with the %s", c->def->name);
		cm_result_drop_answer(r);
		r->order_status = NULL;
		return;
	}
	if (o->shows == CM_SHOWS_NOTHING) {
		c->partial_line[0] = '\0';
		/* not applied; unless a send timed out: Walmart may still apply it late */
		c->maybe_applied = c->send_timed_out;
	}
	/* not (wholly) applied: the answer is not the result */
	cm_result_drop_answer(r);
	r->order_status = NULL;
	cm_failure_restore(c, false);
}

/* Waits ms before the pending exchange, within the call's budget; returns the
 * wait planned, or -1 when the budget (or a signal) does not allow it. clamp: a
 * backoff shortened to what is left is still worth it; a wait Walmart asked for is not. */
static int64_t cm_wait(cm_job *c, int64_t ms, bool clamp)
{
	int64_t left = c->cfg->max_retry_wait_ms > c->waited ? c->cfg->max_retry_wait_ms - c->waited : 0;

	if (c->env->interrupted) {
		return -1;
	}
	if (ms > left) {
		if (!clamp) {
			return -1;
		}
		ms = left;
	}
	c->waited += ms;
	c->wake_at_ms = cm_add_sat(cm_clock_mono_ms(), ms);
	c->stage = CM_STAGE_SLEEP;
	return ms;
}

/* A retry of the pending exchange, budget permitting; else the call ends. */
static void cm_retry(cm_job *c, int64_t hint)
{
	cm_result *r = c->r;
	const char *code = r->nerrors ? r->errors[0].code : "";
	int64_t wait;
	char message[256];
	cm_log_entry entry;

	c->outcome = CM_NEXT_RETRY;
	c->stage = CM_STAGE_FINISH;
	if (c->retries >= c->cfg->max_retries) {
		return;
	}
	wait = hint >= 0 ? hint : cm_backoff_ms(c->retries, CM_BACKOFF_BASE_MS, CM_BACKOFF_CAP_MS, cm_random_next(c->env->rng));
	if ((wait = cm_wait(c, wait, hint < 0)) < 0) {
		return; /* Walmart asks for longer than the budget allows */
	}
	c->retries++;
	if (c->env->log) {
		snprintf(message, sizeof(message), "retrying the %s%s in %lld ms after %s (retry %d of %d)", c->def->name,
			c->pending == CM_EX_READ ? " check" : "", (long long) wait, code, c->retries, c->cfg->max_retries);
		entry = (cm_log_entry) {c->def->name, c->x_method, c->x_path, r->http_status, 0, r->attempts, r->correlation_id,
			wait, code};
		cm_log(c, CM_LOG_WARNING, message, &entry);
	}
}

/* Carries out the policy's decision on an exchange's outcome. */
static void cm_advance(cm_job *c, const cm_outcome *o, int64_t hint)
{
	cm_next next = cm_retry_decide(o);

	switch (next) {
		case CM_NEXT_DONE:
		case CM_NEXT_REJECTED:
		case CM_NEXT_UNCONFIRMED:
			c->outcome = next;
			c->stage = CM_STAGE_FINISH;
			return;
		case CM_NEXT_REAUTH:
			cm_token_drop(c->env->tokens, c->cfg->token_key);
			c->fetched_token = false;
			c->reauthorized = true; /* a fresh token, once; not a retry */
			c->stage = CM_STAGE_NEED_TOKEN;
			return;
		case CM_NEXT_READ:
			c->pending = CM_EX_READ;
			c->reauthorized = false;
			c->stage = CM_STAGE_NEED_TOKEN;
			return;
		case CM_NEXT_READ_SETTLED:
			c->pending = CM_EX_READ;
			c->reauthorized = false;
			/* Walmart may still be applying it: read no sooner than it could be done */
			cm_wait(c, c->cfg->timeout_ms > CM_SETTLE_MS ? c->cfg->timeout_ms : CM_SETTLE_MS, true);
			if (c->stage != CM_STAGE_SLEEP) {
				c->stage = CM_STAGE_NEED_TOKEN;
			}
			return;
		case CM_NEXT_SEND:
			c->pending = CM_EX_SEND;
			c->verifying = false;
			c->maybe_applied = false;
			c->reauthorized = false;
			c->stage = CM_STAGE_NEED_TOKEN;
			return;
		case CM_NEXT_RESEND:
			c->pending = CM_EX_SEND;
			c->maybe_applied = false; /* the read showed it was not applied */
			c->reauthorized = false;
			cm_retry(c, -1);
			return;
		case CM_NEXT_RETRY:
			if (o->said == CM_SAID_UNAUTHORIZED && o->exchange != CM_EX_TOKEN) {
				cm_token_drop(c->env->tokens, c->cfg->token_key); /* refused again: the next try gets another */
				c->fetched_token = false;
			}
			cm_retry(c, hint);
			return;
	}
}

/* The result's final form: ok or not, the order's status, the merchant's sentence. */
static void cm_finish(cm_job *c)
{
	cm_result *r = c->r;
	cm_sentence_facts facts = {c->def, false, c->partial_line};
	cm_log_entry entry;

	r->ok = c->outcome == CM_NEXT_DONE;
	if (r->ok) {
		return;
	}
	r->unconfirmed = c->def->mutating && (c->maybe_applied || c->partial_line[0]);
	r->retryable = r->unconfirmed || c->outcome == CM_NEXT_RETRY || c->outcome == CM_NEXT_UNCONFIRMED;
	facts.rejected = !r->retryable && c->outcome == CM_NEXT_REJECTED;
	cm_result_drop_answer(r);
	r->order_status = CM_STATUS_ERROR;
	cm_describe(r, &facts);
	entry = (cm_log_entry) {c->def->name, c->def->method, c->path.data, r->http_status, 0, r->attempts, r->correlation_id, -1,
		r->nerrors ? r->errors[0].code : ""};
	cm_log(c, CM_LOG_ERROR, r->status_details, &entry);
}

void cm_result_invalid(cm_result *r, const char *field, const char *message)
{
	memset(r, 0, sizeof(*r));
	r->nerrors = 1;
	snprintf(r->errors[0].code, sizeof(r->errors[0].code), "INVALID_INPUT");
	snprintf(r->errors[0].field, sizeof(r->errors[0].field), "%s", field);
	snprintf(r->errors[0].description, sizeof(r->errors[0].description), "%s", message);
	r->order_status = CM_STATUS_ERROR;
	snprintf(r->status_details, sizeof(r->status_details), "Nothing was sent: %s%s%s. Correct it in Magento and submit it again.",
		field, *field ? ": " : "", message);
}

void cm_job_start(cm_job *c, cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r)
{
	cm_error e;

	/* only what comes before the large arrays: the rest is written before it is read */
	memset(c, 0, offsetof(cm_job, failure));
	memset(r, 0, offsetof(cm_result, correlation_id));
	r->correlation_id[0] = r->status_details[0] = '\0';
	cm_at(&e, NULL, CM_NO_INDEX, NULL);
	e.field[0] = e.message[0] = '\0';
	if (!env->decoder) {
		env->decoder = &cm_json_decoder;
	}
	c->env = env;
	c->cfg = cfg;
	c->op = op;
	c->def = &cm_ops[op->kind];
	c->r = r;
	c->def->path(op, &c->path);
	if (c->def->mutating) {
		cm_ops[CM_OP_GET_ORDER].path(op, &c->read_path);
	}
	if ((c->def->body && !c->def->body(op, &c->body, &e)) || c->path.oom || c->body.oom || c->read_path.oom) {
		cm_result_invalid(r, e.field, e.message[0] ? e.message : "the request could not be built (out of memory)");
		c->stage = CM_STAGE_DONE;
		return;
	}
	if (c->def->mutating && op->verify_first) {
		c->pending = CM_EX_READ;
		c->verifying = true;
		c->maybe_applied = true; /* an earlier call may have sent it */
	} else {
		c->pending = CM_EX_SEND;
	}
	c->stage = CM_STAGE_NEED_TOKEN;
}

/* The token this operation may use now, or NULL. */
static const char *cm_usable_token(cm_job *c)
{
	return cm_token_get(c->env->tokens, c->cfg->token_key, cm_clock_epoch_ms(), c->fetched_token ? 0 : CM_TOKEN_EARLY_MS);
}

/* The pending exchange, when the endpoint's rate limit lets it go. */
static cm_job_need cm_pace_and_send(cm_job *c, const char *token)
{
	int slot = cm_op_pace_slot(c->pending == CM_EX_READ ? CM_OP_GET_ORDER : c->op->kind);
	cm_pace *p = cm_token_pace(c->env->tokens, c->cfg->token_key, slot);
	int64_t now = cm_clock_epoch_ms(), until = 0;

	switch (p ? cm_pace_check(p, c->env->in_flight[slot], c->env->in_flight_total, now, &until) : CM_PACE_GO) {
		case CM_PACE_WAIT:
			return CM_JOB_WAIT;
		case CM_PACE_SLEEP:
			if (cm_wait(c, until - now, false) < 0) {
				if (c->failure_count == 0) {
					c->r->nerrors = 0;
				} else {
					cm_failure_restore(c, false);
				}
				if (c->env->interrupted) {
					cm_error_add(c->r, "INTERRUPTED", "", "a signal interrupted the wait for Walmart's rate limit");
				} else {
					cm_error_add(c->r, "RATE_LIMITED", "", "Walmart's rate limit allows the next request in %lld ms, "
						"past this call's wait budget", (long long) (until - now));
				}
				c->outcome = CM_NEXT_RETRY;
				c->stage = CM_STAGE_FINISH;
				return CM_JOB_DONE; /* not reached: the caller steps on */
			}
			c->stage = CM_STAGE_SLEEP;
			return CM_JOB_SLEEP;
		case CM_PACE_GO:
			break;
	}
	cm_token_header(c, token);
	if (c->pending == CM_EX_READ) {
		cm_request(c, CM_EX_READ, "GET", c->read_path.data, NULL, NULL, slot);
	} else {
		cm_request(c, CM_EX_SEND, c->def->method, c->path.data, &c->body, "application/json", slot);
	}
	return CM_JOB_HTTP;
}

cm_job_need cm_job_step(cm_job *c)
{
	for (;;) {
		switch (c->stage) {
			case CM_STAGE_NEED_TOKEN:
				if (cm_usable_token(c)) {
					c->stage = CM_STAGE_PACE;
					break;
				}
				if (c->env->token_fetching) {
					return CM_JOB_WAIT; /* another operation of the batch is fetching it */
				}
				cm_token_request(c);
				return CM_JOB_HTTP;
			case CM_STAGE_PACE: {
				const char *token = cm_usable_token(c);
				cm_job_need need;

				if (!token) {
					c->stage = CM_STAGE_NEED_TOKEN; /* it expired while this operation waited */
					break;
				}
				need = cm_pace_and_send(c, token);
				if (c->stage == CM_STAGE_FINISH) {
					break;
				}
				return need;
			}
			case CM_STAGE_IN_FLIGHT:
				return CM_JOB_HTTP;
			case CM_STAGE_SLEEP:
				if (c->env->interrupted) {
					c->outcome = CM_NEXT_RETRY;
					c->stage = CM_STAGE_FINISH;
					break;
				}
				if (cm_clock_mono_ms() < c->wake_at_ms) {
					return CM_JOB_SLEEP;
				}
				c->stage = CM_STAGE_NEED_TOKEN;
				break;
			case CM_STAGE_FINISH:
				cm_finish(c);
				c->stage = CM_STAGE_DONE;
				break;
			case CM_STAGE_DONE:
				return CM_JOB_DONE;
		}
	}
}

void cm_job_transferred(cm_job *c)
{
	cm_outcome o;
	int64_t hint;

	memset(&o, 0, sizeof(o));
	cm_request_done(c);
	hint = c->res.status == 429 ? cm_wait_hint(&c->res) : -1;
	o.exchange = c->x;
	o.mutating = c->def->mutating;
	o.reauthorized = c->reauthorized;
	o.verifying = c->verifying;
	switch (c->x) {
		case CM_EX_TOKEN:
			if (cm_token_answer(c, &o)) {
				c->fetched_token = true;
				c->stage = CM_STAGE_PACE;
				return;
			}
			break;
		case CM_EX_SEND:
			cm_send_answer(c, &o);
			break;
		case CM_EX_READ:
			o.send_timed_out = c->send_timed_out;
			o.already = c->already;
			cm_read_answer(c, &o);
			break;
	}
	cm_advance(c, &o, hint);
}

void cm_job_end(cm_job *c)
{
	cm_buf_forget(&c->secret_header); /* what lies past its length was overwritten when the line before it was */
	cm_buf_free(&c->secret_header);
	cm_buf_free(&c->header_lines);
	cm_buf_free(&c->path);
	cm_buf_free(&c->read_path);
	cm_buf_free(&c->body);
	cm_buf_free(&c->url);
}

void cm_run(cm_env *env, const cm_client_config *cfg, const cm_operation *op, cm_result *r)
{
	cm_job *job = malloc(sizeof(*job));
	cm_job_need need;

	if (!job) {
		cm_result_invalid(r, "", "out of memory");
		r->retryable = true;
		return;
	}
	env->interrupted = false;
	cm_job_start(job, env, cfg, op, r);
	while ((need = cm_job_step(job)) != CM_JOB_DONE) {
		if (need == CM_JOB_HTTP) {
			cm_http_setup(env->curl, &job->http, &job->res);
			cm_http_finish(env->curl, curl_easy_perform(env->curl), &job->res);
			cm_http_detach(env->curl);
			cm_job_transferred(job);
		} else {
			/* alone, nothing else is in flight: a wait is as good as a short sleep */
			cm_env_sleep_until(env, need == CM_JOB_SLEEP ? job->wake_at_ms : cm_clock_mono_ms() + 1);
		}
	}
	cm_job_end(job);
	free(job);
}

void cm_result_free(cm_result *r)
{
	cm_result_drop_answer(r);
}
