/* Many operations at once over libcurl's multi interface: at most
 * `concurrency` running, each a cm_job on its own easy handle (all sharing
 * the process's connections), operations on one purchase order one after the
 * other in input order.
 *
 * Ownership: the caller owns b, the operations and the handles; each result is
 * lent to b->done and freed right after it returns (copy what you keep). A
 * bailout (longjmp) out of done leaves the handles attached: the binding
 * detaches them before the next batch. */
#ifndef CM_BATCH_H
#define CM_BATCH_H

#include "cm_walmart.h"

#define CM_BATCH_MAX_CONCURRENCY 128

typedef struct {
	const cm_operation *const *ops;  /* NULL: not to run (refused input) */
	size_t n;
	const size_t *after;             /* the operation that must finish first (same purchase order), or CM_NO_INDEX */
	int concurrency;                 /* 1 to CM_BATCH_MAX_CONCURRENCY, and handles[] has as many */
	void (*done)(void *ctx, size_t index, cm_result *r); /* r is freed after the call */
	void *ctx;
} cm_batch;

void cm_run_batch(cm_env *env, const cm_client_config *cfg, CURLM *multi, CURL **handles, const cm_batch *b);

#endif
