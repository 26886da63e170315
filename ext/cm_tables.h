/* Walmart's enumerations and the aliases Magento uses for them. They change
 * over time, so each is one table in cm_tables.c. Lookups ignore case and
 * answer Walmart's spelling. */
#ifndef CM_TABLES_H
#define CM_TABLES_H

#include "cm_core.h"

typedef struct {
	const char *name;    /* what the caller may write */
	const char *walmart; /* what goes into the payload */
} cm_name;

extern const cm_name cm_carriers[];         /* Walmart's CarrierNameType enum */
extern const cm_name cm_carrier_aliases[];  /* Magento carrier codes */
extern const cm_name cm_methods[];
extern const cm_name cm_cancel_reasons[];   /* Walmart codes, then our short aliases */

/* The reason Walmart allows only when the customer asked to cancel (intentToCancel). */
#define CM_REASON_CUSTOMER_REQUESTED "CUSTOMER_REQUESTED_SELLER_TO_CANCEL"

const char *cm_name_find(const cm_name *table, cm_str s);

/* Walmart's carrier name for a Walmart name or a Magento code, NULL for any other carrier. */
const char *cm_carrier_find(cm_str s);

/* "A, B, C": every name of a short table, for error messages. */
#define CM_NAME_LIST_MAX 512
const char *cm_name_list(char *buf, size_t size, const cm_name *table);

#endif
