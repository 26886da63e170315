/* The sentence the merchant reads in Channel Manager's Status Details after a
 * failed operation: what failed, on which side, and what to do next. */
#ifndef CM_SENTENCE_H
#define CM_SENTENCE_H

#include "cm_walmart.h"

typedef struct {
	const cm_op_def *def;
	bool rejected;             /* Walmart refused the request itself (a 4xx about its content) */
	const char *partial_line;  /* "" or the line Walmart's order shows the update on only in part */
} cm_sentence_facts;

/* The phrase every unconfirmed result ends with: the module's next attempt reads first. */
#define CM_SENTENCE_UNCONFIRMED "Walmart may have received it; it will be checked before it is sent again."

/* Writes r->status_details from r (errors, http_status, attempts, unconfirmed) and f. */
void cm_describe(cm_result *r, const cm_sentence_facts *f);

#endif
