#include "cm_batch.h"
#include "cm_time.h"

#include <stdlib.h>
#include <string.h>

typedef enum { CM_SLOT_FREE, CM_SLOT_READY, CM_SLOT_IN_FLIGHT, CM_SLOT_SLEEPING, CM_SLOT_WAITING } cm_slot_state;

typedef struct {
	cm_slot_state state;
	size_t index;
	cm_job job;
	cm_result result;
} cm_slot;

/* The next operation that may start: not started, and its purchase order's previous one finished. */
static size_t cm_batch_next(const cm_batch *b, const bool *started, const bool *finished)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		if (b->ops[i] && !started[i] && (b->after[i] == CM_NO_INDEX || finished[b->after[i]])) {
			return i;
		}
	}
	return CM_NO_INDEX;
}

void cm_run_batch(cm_env *env, const cm_client_config *cfg, CURLM *multi, CURL **handles, const cm_batch *b)
{
	int k, n_slots = b->concurrency;
	cm_slot *slots = calloc((size_t) n_slots, sizeof(*slots));
	bool *started = calloc(b->n ? b->n : 1, sizeof(bool)), *finished = calloc(b->n ? b->n : 1, sizeof(bool));
	size_t i, remaining = 0;

	if (!slots || !started || !finished) {
		/* no room to run them together: one by one, the way single calls run */
		for (i = 0; i < b->n; i++) {
			if (b->ops[i]) {
				cm_result r;
				cm_run(env, cfg, b->ops[i], &r);
				b->done(b->ctx, i, &r);
				cm_result_free(&r);
			}
		}
		goto out;
	}
	env->interrupted = false;
	for (i = 0; i < b->n; i++) {
		remaining += b->ops[i] != NULL;
	}
	while (remaining > 0) {
		bool progressed = false, any_in_flight = false;
		int64_t wake = INT64_MAX, now;
		int running;
		CURLMsg *msg;

		for (k = 0; k < n_slots; k++) {
			cm_slot *s = &slots[k];

			if (s->state == CM_SLOT_FREE && (i = cm_batch_next(b, started, finished)) != CM_NO_INDEX) {
				started[i] = true;
				s->index = i;
				cm_job_start(&s->job, env, cfg, b->ops[i], &s->result);
				s->state = CM_SLOT_READY;
			}
			if (s->state == CM_SLOT_SLEEPING && (s->job.wake_at_ms <= cm_clock_mono_ms() || env->interrupted)) {
				s->state = CM_SLOT_READY;
			}
			if (s->state != CM_SLOT_READY) {
				continue;
			}
			switch (cm_job_step(&s->job)) {
				case CM_JOB_HTTP:
					cm_http_setup(handles[k], &s->job.http, &s->job.res);
					curl_multi_add_handle(multi, handles[k]);
					s->state = CM_SLOT_IN_FLIGHT;
					break;
				case CM_JOB_SLEEP:
					s->state = CM_SLOT_SLEEPING;
					break;
				case CM_JOB_WAIT:
					s->state = CM_SLOT_WAITING;
					break;
				case CM_JOB_DONE:
					b->done(b->ctx, s->index, &s->result);
					cm_result_free(&s->result);
					cm_job_end(&s->job);
					finished[s->index] = true;
					remaining--;
					s->state = CM_SLOT_FREE;
					k--; /* the slot takes the next operation now */
					break;
			}
			progressed = true;
		}
		if (progressed) {
			continue;
		}

		curl_multi_perform(multi, &running);
		while ((msg = curl_multi_info_read(multi, &running))) {
			if (msg->msg != CURLMSG_DONE) {
				continue;
			}
			for (k = 0; k < n_slots && handles[k] != msg->easy_handle; k++);
			if (k == n_slots) {
				continue;
			}
			cm_http_finish(handles[k], msg->data.result, &slots[k].job.res);
			curl_multi_remove_handle(multi, handles[k]);
			cm_http_detach(handles[k]);
			cm_job_transferred(&slots[k].job);
			slots[k].state = CM_SLOT_READY;
			progressed = true;
		}
		for (k = 0; k < n_slots; k++) {
			if (slots[k].state == CM_SLOT_WAITING && progressed) {
				slots[k].state = CM_SLOT_READY; /* what it waited for may have come */
			}
			any_in_flight = any_in_flight || slots[k].state == CM_SLOT_IN_FLIGHT;
			if (slots[k].state == CM_SLOT_SLEEPING && slots[k].job.wake_at_ms < wake) {
				wake = slots[k].job.wake_at_ms;
			}
		}
		if (progressed) {
			continue;
		}
		now = cm_clock_mono_ms();
		if (any_in_flight) {
			curl_multi_poll(multi, NULL, 0, wake == INT64_MAX ? 1000 : (int) (wake > now ? (wake - now < 1000 ? wake - now : 1000) : 0), NULL);
		} else {
			/* nothing on the wire: sleep until the first wake-up (a waiting job is woken too: nothing else will) */
			cm_env_sleep_until(env, wake == INT64_MAX ? now + 1 : wake);
			for (k = 0; k < n_slots; k++) {
				if (slots[k].state == CM_SLOT_WAITING) {
					slots[k].state = CM_SLOT_READY;
				}
			}
		}
	}
out:
	free(slots);
	free(started);
	free(finished);
}
