// sources: ext/cm_walmart.c ext/cm_ops.c ext/cm_pace.c ext/cm_sentence.c ext/cm_retry.c ext/cm_http.c ext/cm_token.c
/* The job state machine against a fake Walmart the fuzzer plays: every
 * transfer is answered from the input (transport outcome, status, one of a
 * few bodies or raw input bytes). Checks the engine always ends, within a
 * bounded number of requests, with a result whose flags agree, and never sends
 * a ship or cancel again unless a read since its last uncertain send showed
 * it was not applied (and that send had not timed out). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cm_json.h"
#include "cm_time.h"
#include "cm_walmart.h"

#define S(lit) ((cm_str) {(lit), sizeof(lit) - 1})

static const char *const bodies[] = {
	"",
	"null\n",
	"{\"order\":{\"purchaseOrderId\":\"PO1\",\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\",\"orderLineStatuses\":"
		"{\"orderLineStatus\":[{\"status\":\"Acknowledged\",\"statusQuantity\":{\"amount\":\"2\"}}]}}]}}}",
	"{\"order\":{\"purchaseOrderId\":\"PO1\",\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\",\"orderLineStatuses\":"
		"{\"orderLineStatus\":[{\"status\":\"Shipped\",\"statusQuantity\":{\"amount\":\"2\"},\"trackingInfo\":{\"trackingNumber\":\"1Z1\"}}]}}]}}}",
	"{\"order\":{\"purchaseOrderId\":\"PO1\",\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\",\"orderLineStatuses\":"
		"{\"orderLineStatus\":[{\"status\":\"Acknowledged\",\"statusQuantity\":{\"amount\":\"1\"}},{\"status\":\"Shipped\","
		"\"statusQuantity\":{\"amount\":\"1\"},\"trackingInfo\":{\"trackingNumber\":\"1Z1\"}}]}}]}}}",
	"{\"order\":{\"purchaseOrderId\":\"PO1\",\"orderLines\":{\"orderLine\":[{\"lineNumber\":\"1\",\"orderLineStatuses\":"
		"{\"orderLineStatus\":[{\"status\":\"Cancelled\",\"statusQuantity\":{\"amount\":\"2\"}}]}}]}}}",
	"{\"errors\":{\"error\":[{\"code\":\"INVALID_REQUEST_CONTENT.GMP_ORDER_API\",\"field\":\"data\",\"description\":\"Line 1 is in SHIPPED status\"}]}}",
	"{\"errors\":[{\"code\":\"\",\"description\":\"x\"}]}",
	"{\"access_token\":\"tok\",\"expires_in\":900}",
	"{\"access_token\":\"a\\r\\nb\",\"expires_in\":900}",
	"{\"access_token\":\"tok\",\"expires_in\":9223372036854775807}",
	"{\"list\":{\"meta\":{\"nextCursor\":\"?x=1\"},\"elements\":{\"order\":[]}}}",
};

static const long statuses[] = {200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503, 504, 0};
static const cm_net nets[] = {CM_NET_OK, CM_NET_OK, CM_NET_OK, CM_NET_OK, CM_NET_TIMEOUT, CM_NET_CONNECT, CM_NET_DROPPED,
	CM_NET_TOO_LARGE, CM_NET_FAILED};

typedef struct {
	const uint8_t *p;
	size_t n;
} input;

static uint8_t take(input *in)
{
	uint8_t b = 0;

	if (in->n) {
		b = *in->p++;
		in->n--;
	}
	return b;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in = {data, size};
	uint8_t mode = take(&in);
	cm_token_cache tokens = {0};
	uint64_t rng = 1;
	cm_env env = {.tokens = &tokens, .rng = &rng};
	cm_client_config cfg = {"https://walmart.test", "id", "secret", "key", "svc", (mode & 64) ? "ch" : NULL, "fuzz",
		100, 100, mode & 3, 0};
	cm_ship_line line = {S("1"), 1, false, {{0}, {0}, {0}, NULL}};
	cm_shipment ship = {S("PO1"), S("S1"), 1764412800000, {0}, true, {S("UPS"), S("1Z1"), {0}, NULL}, false, &line, 1, NULL};
	cm_cancel_line cline = {S("1"), 2, 0, 0};
	cm_cancellation cancel = {S("PO1"), &cline, 1, S("out_of_stock"), NULL, false};
	cm_operation op = {0};
	cm_error e;
	cm_job job;
	cm_result r;
	cm_job_need need;
	int requests = 0, api = 0, sends = 0;
	bool may_resend = true, last_send_timed_out = false;

	memset(&e, 0, sizeof(e));
	if (!cm_shipment_validate(&ship, &e) || !cm_cancellation_validate(&cancel, &e)) {
		abort();
	}
	switch ((mode >> 2) % 5) {
		case 0: op = (cm_operation) {.kind = CM_OP_SHIP, .purchase_order_id = S("PO1"), .shipment = &ship}; break;
		case 1: op = (cm_operation) {.kind = CM_OP_CANCEL, .purchase_order_id = S("PO1"), .cancellation = &cancel}; break;
		case 2: op = (cm_operation) {.kind = CM_OP_INVENTORY, .sku = S("TEE/RED M"), .quantity = 3}; break;
		case 3: op = (cm_operation) {.kind = CM_OP_ACKNOWLEDGE, .purchase_order_id = S("PO1")}; break;
		default: op = (cm_operation) {.kind = CM_OP_RELEASED, .query = "?limit=10"}; break;
	}
	op.verify_first = (mode & 128) != 0;
	if (mode & 32) {
		cm_token_put(&tokens, "key", "tok", 3, 900, cm_clock_epoch_ms());
	}

	cm_job_start(&job, &env, &cfg, &op, &r);
	while ((need = cm_job_step(&job)) != CM_JOB_DONE) {
		uint8_t pick;
		const char *body;

		if (need != CM_JOB_HTTP) {
			cm_env_sleep_until(&env, cm_clock_mono_ms() + 1); /* budget 0: every wait is refused or empty */
			if (++requests > 200) {
				abort(); /* waits without end */
			}
			continue;
		}
		if (++requests > 64) {
			abort(); /* requests without end */
		}
		if (job.x != CM_EX_TOKEN) {
			api++;
		}
		if (job.x == CM_EX_SEND && cm_ops[op.kind].mutating) {
			/* a repeat only after a read showed the last uncertain send was not applied */
			if (sends > 0 && !may_resend) {
				abort();
			}
			sends++;
		}
		memset(&job.res, 0, sizeof(job.res));
		job.res.replenish_at_ms = job.res.token_count = job.res.retry_after_s = -1;
		pick = take(&in);
		job.res.net = nets[pick % (sizeof(nets) / sizeof(nets[0]))];
		job.res.sent = job.res.net == CM_NET_OK || (pick & 0x80);
		job.res.status = job.res.net == CM_NET_OK || job.res.net == CM_NET_DROPPED ? statuses[take(&in) % (sizeof(statuses) / sizeof(statuses[0]))] : 0;
		if (job.res.net == CM_NET_OK && job.res.status == 0) {
			job.res.status = 200;
		}
		if (take(&in) & 1) {
			job.res.retry_after_s = take(&in);
		}
		pick = take(&in);
		if (pick == 255 && in.n) {
			size_t len = take(&in);
			len = len < in.n ? len : in.n;
			cm_buf_append(&job.res.body, (const char *) in.p, len);
			in.p += len;
			in.n -= len;
		} else {
			body = bodies[pick % (sizeof(bodies) / sizeof(bodies[0]))];
			cm_buf_append(&job.res.body, body, strlen(body));
		}
		if (job.res.net != CM_NET_OK) {
			snprintf(job.res.error, sizeof(job.res.error), "fuzz");
		}
		if (getenv("FUZZ_TRACE")) {
			fprintf(stderr, "%s %s -> net=%d sent=%d status=%ld body=%.40s\n", job.http.method, job.http.url, (int) job.res.net,
				(int) job.res.sent, job.res.status, job.res.body.data ? job.res.body.data : "");
		}
		if (job.x == CM_EX_SEND && cm_ops[op.kind].mutating) {
			bool uncertain = job.res.net == CM_NET_TIMEOUT || job.res.net == CM_NET_DROPPED || job.res.net == CM_NET_TOO_LARGE
				|| job.res.net == CM_NET_FAILED || job.res.status >= 500 || job.res.status == 400
				|| (job.res.status >= 200 && job.res.status < 300);
			if (job.res.net == CM_NET_CONNECT || (job.res.net != CM_NET_OK && !job.res.sent && job.res.net != CM_NET_DROPPED)) {
				uncertain = false; /* never left: nothing can be applied */
			}
			may_resend = !uncertain;
			last_send_timed_out = job.res.net == CM_NET_TIMEOUT && job.res.sent;
		}
		if (job.x == CM_EX_READ && job.res.net == CM_NET_OK && job.res.status >= 200 && job.res.status < 300 && !last_send_timed_out) {
			/* a read that shows nothing of the update allows one more send */
			char why[64], partial[64];
			json_object *order_body = cm_json_parse(job.res.body.data ? job.res.body.data : "", job.res.body.len, why, sizeof(why));
			json_object *order = cm_json_order(order_body);
			if (order && cm_json_order_status(order, &e) && cm_ops[op.kind].shown(cm_json_doc(order), &op, partial, sizeof(partial)) == CM_SHOWS_NOTHING) {
				may_resend = true;
			}
			json_object_put(order_body);
		}
		cm_job_transferred(&job);
	}
	cm_job_end(&job);
	if (r.ok && (r.retryable || r.unconfirmed)) {
		abort();
	}
	if (r.unconfirmed && (r.ok || !r.retryable || !cm_ops[op.kind].mutating)) {
		abort();
	}
	if (r.attempts != api || !r.status_details[0] != r.ok) {
		abort();
	}
	cm_result_free(&r);
	cm_token_cache_free(&tokens);
	return 0;
}
