/* The engine without a network: the retry policy as a table, pacing, and the
 * job state machine driven through scripted ("fake") transfers. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cm_pace.h"
#include "cm_retry.h"
#include "cm_time.h"
#include "cm_walmart.h"

/* ---- the policy, as a table ---- */

static void test_policy(void)
{
	static const struct {
		cm_outcome o;
		cm_next want;
	} rows[] = {
		/* the operation's own request */
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_OK}, CM_NEXT_DONE},
		{{CM_EX_SEND, true, CM_SEEN_NOT_SENT, CM_SAID_NOTHING}, CM_NEXT_RETRY},
		{{CM_EX_SEND, true, CM_SEEN_TIMEOUT, CM_SAID_NOTHING}, CM_NEXT_READ_SETTLED},
		{{CM_EX_SEND, true, CM_SEEN_DROPPED, CM_SAID_NOTHING}, CM_NEXT_READ_SETTLED},
		{{CM_EX_SEND, true, CM_SEEN_CUT, CM_SAID_NOTHING}, CM_NEXT_READ},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_UNREADABLE}, CM_NEXT_READ},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_SERVER_ERROR}, CM_NEXT_READ},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_ALREADY}, CM_NEXT_READ},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_REJECTED}, CM_NEXT_REJECTED},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_RATE_LIMITED}, CM_NEXT_RETRY},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_UNAUTHORIZED}, CM_NEXT_REAUTH},
		{{CM_EX_SEND, true, CM_SEEN_ANSWER, CM_SAID_UNAUTHORIZED, .reauthorized = true}, CM_NEXT_RETRY},
		{{CM_EX_SEND, false, CM_SEEN_TIMEOUT, CM_SAID_NOTHING}, CM_NEXT_RETRY},
		{{CM_EX_SEND, false, CM_SEEN_ANSWER, CM_SAID_SERVER_ERROR}, CM_NEXT_RETRY},
		{{CM_EX_SEND, false, CM_SEEN_ANSWER, CM_SAID_UNREADABLE}, CM_NEXT_RETRY},
		/* the read after an ambiguous send: only a successful read leads to a send */
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_ALL}, CM_NEXT_DONE},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_PART}, CM_NEXT_UNCONFIRMED},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_NOTHING}, CM_NEXT_RESEND},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_NOTHING, .send_timed_out = true}, CM_NEXT_UNCONFIRMED},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_NOTHING, .already = true}, CM_NEXT_REJECTED},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_SERVER_ERROR}, CM_NEXT_RETRY},
		{{CM_EX_READ, true, CM_SEEN_TIMEOUT, CM_SAID_NOTHING}, CM_NEXT_RETRY},
		{{CM_EX_READ, true, CM_SEEN_DROPPED, CM_SAID_NOTHING}, CM_NEXT_RETRY},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_UNREADABLE}, CM_NEXT_RETRY},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_RATE_LIMITED}, CM_NEXT_RETRY},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_UNAUTHORIZED}, CM_NEXT_REAUTH},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_UNAUTHORIZED, .reauthorized = true}, CM_NEXT_RETRY},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_REJECTED}, CM_NEXT_RETRY},
		/* verify_first's read, before anything was sent */
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_NOTHING, .verifying = true}, CM_NEXT_SEND},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_OK, CM_SHOWS_ALL, .verifying = true}, CM_NEXT_DONE},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_REJECTED, .verifying = true}, CM_NEXT_REJECTED},
		{{CM_EX_READ, true, CM_SEEN_ANSWER, CM_SAID_SERVER_ERROR, .verifying = true}, CM_NEXT_RETRY},
		/* the token service */
		{{CM_EX_TOKEN, true, CM_SEEN_ANSWER, CM_SAID_UNAUTHORIZED}, CM_NEXT_REJECTED},
		{{CM_EX_TOKEN, true, CM_SEEN_ANSWER, CM_SAID_SERVER_ERROR}, CM_NEXT_RETRY},
		{{CM_EX_TOKEN, true, CM_SEEN_TIMEOUT, CM_SAID_NOTHING}, CM_NEXT_RETRY},
		{{CM_EX_TOKEN, true, CM_SEEN_ANSWER, CM_SAID_UNREADABLE}, CM_NEXT_RETRY},
	};
	size_t i;

	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		cm_next got = cm_retry_decide(&rows[i].o);
		if (got != rows[i].want) {
			printf("  policy row %zu: got %d, want %d\n", i, (int) got, (int) rows[i].want);
		}
		CHECK(got == rows[i].want);
	}
	CHECK(cm_add_sat(INT64_MAX - 1, 5) == INT64_MAX);
	CHECK(cm_rate_limit_wait_ms(-1, INT64_MAX, 0) == INT64_MAX);
}

/* ---- pacing ---- */

static void test_pace(void)
{
	cm_pace p = {-1, 0, 0};
	int64_t until = 0, now = 1000000;

	CHECK(cm_pace_check(&p, 0, 0, now, &until) == CM_PACE_GO);       /* one request learns */
	CHECK(cm_pace_check(&p, 1, 1, now, &until) == CM_PACE_WAIT);
	cm_pace_learn(&p, 200, 0, now + 500, -1, now);
	CHECK(cm_pace_check(&p, 0, 0, now, &until) == CM_PACE_SLEEP && until == now + 500);
	/* a count of 0 is valid until its replenish time: then the bucket counts as refilled */
	CHECK(cm_pace_check(&p, 0, 0, now + 500, &until) == CM_PACE_GO);
	/* later answers without headers: no limit is known, requests go together */
	cm_pace_learn(&p, 200, -1, -1, -1, now + 600);
	CHECK(p.tokens_left == -2);
	CHECK(cm_pace_check(&p, 31, 31, now + 600, &until) == CM_PACE_GO);
	/* a 429 pauses the endpoint until the wait it asked for; a huge Retry-After is capped */
	cm_pace_learn(&p, 429, -1, -1, 3, now);
	CHECK(p.paused_until_ms == now + 3000);
	cm_pace_learn(&p, 429, -1, -1, INT64_MAX, now);
	CHECK(p.paused_until_ms == now + CM_PACE_MAX_PAUSE_MS);
}

/* ---- the state machine with fake transfers ---- */

typedef struct {
	const char *method;     /* what the engine must ask */
	const char *path;
	cm_net net;
	bool sent;
	long status;
	const char *body;
	int64_t retry_after_s;
} fake_answer;

#define ORDER(status, amount, tracking) \
	"{\"order\":{\"purchaseOrderId\":\"PO1\",\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\",\"orderLineStatuses\":" \
	"{\"orderLineStatus\":[{\"status\":\"" status "\",\"statusQuantity\":{\"unitOfMeasurement\":\"EACH\",\"amount\":\"" amount "\"}" \
	tracking "}]}}]}}}"
#define OPEN_ORDER ORDER("Acknowledged", "2", "")
#define SHIPPED_ORDER "{\"order\":{\"purchaseOrderId\":\"PO1\",\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\"," \
	"\"orderLineStatuses\":{\"orderLineStatus\":[{\"status\":\"Acknowledged\",\"statusQuantity\":{\"amount\":\"1\"}}," \
	"{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":\"1\"},\"trackingInfo\":{\"trackingNumber\":\"1Z1\"}}]}}]}}}"
#define TOKEN_OK "{\"access_token\":\"tok-2\",\"token_type\":\"Bearer\",\"expires_in\":900}"

typedef struct {
	cm_token_cache tokens;
	uint64_t rng;
	cm_env env;
	cm_client_config cfg;
	const fake_answer *script;
	size_t n, next;
	bool mismatch;
} fake_walmart;

static void fake_init(fake_walmart *w, const fake_answer *script, size_t n, int max_retries, int64_t budget_ms, bool token)
{
	memset(w, 0, sizeof(*w));
	w->rng = 42;
	w->env = (cm_env) {.tokens = &w->tokens, .rng = &w->rng};
	w->cfg = (cm_client_config) {"https://walmart.test", "id", "secret", "key", "Walmart Marketplace", NULL, "test",
		100, 100, max_retries, budget_ms};
	w->script = script;
	w->n = n;
	if (token) {
		cm_token_put(&w->tokens, "key", "tok-1", 5, 900, cm_clock_epoch_ms());
	}
}

/* Runs op as cm_run does, each transfer answered from the script. */
static void fake_run(fake_walmart *w, const cm_operation *op, cm_result *r)
{
	cm_job job;
	cm_job_need need;

	cm_job_start(&job, &w->env, &w->cfg, op, r);
	while ((need = cm_job_step(&job)) != CM_JOB_DONE) {
		if (need != CM_JOB_HTTP) {
			cm_env_sleep_until(&w->env, need == CM_JOB_SLEEP ? job.wake_at_ms : cm_clock_mono_ms() + 1);
			continue;
		}
		memset(&job.res, 0, sizeof(job.res));
		job.res.replenish_at_ms = job.res.token_count = job.res.retry_after_s = -1;
		if (w->next >= w->n) {
			printf("  unexpected request %s %s\n", job.http.method, job.http.url);
			w->mismatch = true;
			job.res.net = CM_NET_CONNECT;
		} else {
			const fake_answer *a = &w->script[w->next++];
			if (strcmp(a->method, job.http.method) != 0 || !strstr(job.http.url, a->path)) {
				printf("  request %zu: got %s %s, want %s %s\n", w->next, job.http.method, job.http.url, a->method, a->path);
				w->mismatch = true;
			}
			job.res.net = a->net;
			job.res.sent = a->sent || a->net == CM_NET_OK;
			job.res.status = a->status;
			job.res.retry_after_s = a->retry_after_s ? a->retry_after_s : -1;
			if (a->body) {
				cm_buf_append(&job.res.body, a->body, strlen(a->body));
			}
			if (a->net != CM_NET_OK) {
				snprintf(job.res.error, sizeof(job.res.error), "fake failure");
			}
		}
		cm_job_transferred(&job);
	}
	cm_job_end(&job);
}

static bool fake_done(fake_walmart *w)
{
	bool all = !w->mismatch && w->next == w->n;

	if (!all) {
		printf("  script: %zu of %zu answers used%s\n", w->next, w->n, w->mismatch ? ", with a mismatch" : "");
	}
	cm_token_cache_free(&w->tokens);
	return all;
}

static cm_shipment *test_shipment(void)
{
	static cm_ship_line line;
	static cm_shipment s;
	cm_error e;

	memset(&e, 0, sizeof(e));
	line = (cm_ship_line) {S("1"), 1, false, {{0}}};
	s = (cm_shipment) {S("PO1"), S("000000123"), 1764412800000, {0}, true, {S("UPS"), S("1Z1"), {0}, NULL}, false, &line, 1, NULL};
	return cm_shipment_validate(&s, &e) ? &s : NULL;
}

#define RUN(script, retries, budget, token, op, r) do { \
	fake_init(&w, script, sizeof(script) / sizeof(script[0]), retries, budget, token); \
	fake_run(&w, op, r); \
	CHECK(fake_done(&w)); \
} while (0)

static void test_job(void)
{
	fake_walmart w;
	cm_result r;
	cm_operation ship = {.kind = CM_OP_SHIP, .purchase_order_id = S("PO1"), .shipment = test_shipment()};
	cm_operation verified = ship;
	cm_operation stock = {.kind = CM_OP_INVENTORY, .sku = S("TEE/RED M"), .quantity = 3, .ship_node = S("node 1")};
	int64_t started;

	verified.verify_first = true;
	CHECK(ship.shipment != NULL);

	{	/* the happy path: one request */
		static const fake_answer script[] = {{"POST", "/v3/orders/PO1/shipping", CM_NET_OK, true, 200, SHIPPED_ORDER}};
		RUN(script, 3, 50, true, &ship, &r);
		CHECK(r.ok && !r.retryable && !r.unconfirmed && !r.reconciled && r.attempts == 1);
		CHECK_STR(r.order_status, "Partially Shipped");
		cm_result_free(&r);
	}
	{	/* dropped after sending, and the read fails twice: never sent again, unconfirmed */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_DROPPED, true},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 502, ""},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 502, ""},
		};
		RUN(script, 1, 50, true, &ship, &r);
		CHECK(!r.ok && r.retryable && r.unconfirmed && r.attempts == 3);
		CHECK_STR(r.errors[0].code, "CONNECTION_FAILED");
		CHECK_STR(r.errors[1].code, "SERVER_ERROR");
		CHECK(strstr(r.status_details, "Walmart may have received it; it will be checked before it is sent again.") != NULL);
		cm_result_free(&r);
	}
	{	/* dropped after sending, the read shows it: reconciled */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_DROPPED, true},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, SHIPPED_ORDER},
		};
		RUN(script, 3, 50, true, &ship, &r);
		CHECK(r.ok && r.reconciled && !r.unconfirmed && r.http_status == 200 && r.order.node != NULL);
		cm_result_free(&r);
	}
	{	/* a 5xx, the read shows nothing: sent again, once */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_OK, true, 503, ""},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, OPEN_ORDER},
			{"POST", "/shipping", CM_NET_OK, true, 200, SHIPPED_ORDER},
		};
		RUN(script, 3, 50, true, &ship, &r);
		CHECK(r.ok && !r.reconciled && r.attempts == 3);
		cm_result_free(&r);
	}
	{	/* a timeout: read after settling; not shown, yet never sent again in this call */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_TIMEOUT, true},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, OPEN_ORDER},
		};
		RUN(script, 3, 50, true, &ship, &r);
		CHECK(!r.ok && r.retryable && r.unconfirmed && r.order.node == NULL);
		CHECK_STR(r.errors[0].code, "TIMEOUT");
		cm_result_free(&r);
	}
	{	/* "already shipped", the read fails: not a final rejection */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_OK, true, 400,
				"{\"errors\":{\"error\":[{\"code\":\"INVALID_REQUEST_CONTENT.GMP_ORDER_API\",\"description\":\"Line 1 is in SHIPPED status\"}]}}"},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 500, ""},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 500, ""},
		};
		RUN(script, 1, 50, true, &ship, &r);
		CHECK(!r.ok && r.retryable && r.unconfirmed);
		cm_result_free(&r);
	}
	{	/* "already shipped", and the order does not show it: Walmart's rejection stands */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_OK, true, 400,
				"{\"errors\":{\"error\":[{\"code\":\"INVALID_REQUEST_CONTENT.GMP_ORDER_API\",\"description\":\"Line 1 is in CANCELLED status.\"}]}}"},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, OPEN_ORDER},
		};
		RUN(script, 3, 50, true, &ship, &r);
		CHECK(!r.ok && !r.retryable && !r.unconfirmed && r.http_status == 400);
		CHECK(strstr(r.status_details, "CANCELLED status. Correct") != NULL); /* one full stop */
		cm_result_free(&r);
	}
	{	/* verify_first: Walmart shows it already, nothing is sent */
		static const fake_answer script[] = {{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, SHIPPED_ORDER}};
		RUN(script, 3, 50, true, &verified, &r);
		CHECK(r.ok && r.reconciled && r.attempts == 1);
		cm_result_free(&r);
	}
	{	/* verify_first: not shown, so it is sent */
		static const fake_answer script[] = {
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, OPEN_ORDER},
			{"POST", "/shipping", CM_NET_OK, true, 200, SHIPPED_ORDER},
		};
		RUN(script, 3, 50, true, &verified, &r);
		CHECK(r.ok && !r.reconciled && r.attempts == 2);
		cm_result_free(&r);
	}
	{	/* verify_first: the read fails: unconfirmed, nothing sent */
		static const fake_answer script[] = {{"GET", "/v3/orders/PO1", CM_NET_TIMEOUT, true}};
		RUN(script, 0, 50, true, &verified, &r);
		CHECK(!r.ok && r.retryable && r.unconfirmed);
		cm_result_free(&r);
	}
	{	/* a 401 on the send: a fresh token, once; the request again */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_OK, true, 401, ""},
			{"POST", "/v3/token", CM_NET_OK, true, 200, TOKEN_OK},
			{"POST", "/shipping", CM_NET_OK, true, 200, SHIPPED_ORDER},
		};
		RUN(script, 0, 50, true, &ship, &r);
		CHECK(r.ok && r.attempts == 2);
		cm_result_free(&r);
	}
	{	/* a fresh token refused too: retryable, not the credentials' fault */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_OK, true, 401, ""},
			{"POST", "/v3/token", CM_NET_OK, true, 200, TOKEN_OK},
			{"POST", "/shipping", CM_NET_OK, true, 401, ""},
		};
		RUN(script, 0, 50, true, &ship, &r);
		CHECK(!r.ok && r.retryable && !r.unconfirmed);
		CHECK_STR(r.errors[0].code, "TOKEN_REJECTED");
		cm_result_free(&r);
	}
	{	/* the token service refuses the credentials: final */
		static const fake_answer script[] = {{"POST", "/v3/token", CM_NET_OK, true, 401, "{\"error\":\"invalid_client\"}"}};
		RUN(script, 3, 50, false, &ship, &r);
		CHECK(!r.ok && !r.retryable);
		CHECK_STR(r.errors[0].code, "UNAUTHORIZED");
		cm_result_free(&r);
	}
	{	/* a read refused with 401 gets a fresh token like any request */
		static const fake_answer script[] = {
			{"POST", "/shipping", CM_NET_DROPPED, true},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 401, ""},
			{"POST", "/v3/token", CM_NET_OK, true, 200, TOKEN_OK},
			{"GET", "/v3/orders/PO1", CM_NET_OK, true, 200, SHIPPED_ORDER},
		};
		RUN(script, 0, 50, true, &ship, &r);
		CHECK(r.ok && r.reconciled);
		cm_result_free(&r);
	}
	{	/* a token with CR/LF never reaches a header; token fetches are bounded by the retries */
		static const fake_answer script[] = {
			{"POST", "/v3/token", CM_NET_OK, true, 200, "{\"access_token\":\"a\\r\\nX-Evil: 1\",\"expires_in\":900}"},
			{"POST", "/v3/token", CM_NET_OK, true, 200, "{\"access_token\":\"a\\r\\nX-Evil: 1\",\"expires_in\":900}"},
		};
		RUN(script, 1, 50, false, &ship, &r);
		CHECK(!r.ok && r.retryable && r.attempts == 0);
		CHECK_STR(r.errors[0].code, "INVALID_RESPONSE");
		cm_result_free(&r);
	}
	{	/* a 429 asking for an hour: the call fails at once, and so does the next one, without sleeping */
		static const fake_answer script[] = {{"PUT", "/v3/inventory?sku=TEE%2FRED%20M&shipNode=node%201", CM_NET_OK, true, 429, "",
			3600}};
		started = cm_clock_mono_ms();
		fake_init(&w, script, 1, 3, 1000, true);
		fake_run(&w, &stock, &r);
		CHECK(!r.ok && r.retryable && r.attempts == 1);
		CHECK_STR(r.errors[0].code, "RATE_LIMITED");
		cm_result_free(&r);
		fake_run(&w, &stock, &r);
		CHECK(!r.ok && r.retryable && r.attempts == 0 && w.next == 1);
		CHECK_STR(r.errors[0].code, "RATE_LIMITED");
		CHECK(cm_clock_mono_ms() - started < 500);
		cm_result_free(&r);
		CHECK(fake_done(&w));
	}
	{	/* reads are not mutations: a 5xx on an inventory update is simply retried */
		static const fake_answer script[] = {
			{"PUT", "/v3/inventory", CM_NET_OK, true, 503, ""},
			{"PUT", "/v3/inventory", CM_NET_OK, true, 200, "{\"sku\":\"TEE/RED M\"}"},
		};
		RUN(script, 3, 50, true, &stock, &r);
		CHECK(r.ok && r.attempts == 2);
		cm_result_free(&r);
	}
}

void test_engine_suite(void)
{
	test_policy();
	test_pace();
	test_job();
}
