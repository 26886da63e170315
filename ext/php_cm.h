/* The Zend binding's internal API: classes, exceptions and input conversion. */
#ifndef PHP_CM_H
#define PHP_CM_H

#include "php.h"
#include "cm_payload.h"

extern zend_class_entry *php_cm_exception_ce;
extern zend_class_entry *php_cm_validation_exception_ce;

/* Throws ChannelMgr\ValidationException with "<field>: <message>". */
void php_cm_throw_validation(const cm_error *e);

/* A PHP shipment array as a core shipment; strings borrow from the array. */
typedef struct {
	cm_shipment s;
	char (*numbers)[24]; /* text of int line numbers */
} php_cm_shipment;

typedef struct {
	cm_cancellation c;
	char (*numbers)[24];
} php_cm_cancellation;

bool php_cm_shipment_from_array(php_cm_shipment *in, HashTable *ht, cm_error *e);
void php_cm_shipment_free(php_cm_shipment *in);
bool php_cm_cancellation_from_array(php_cm_cancellation *in, HashTable *ht, zend_string *reason, cm_error *e);
void php_cm_cancellation_free(php_cm_cancellation *in);

/* The Channel Manager status of a decoded Walmart order ({"order": …} or the order itself). */
const char *php_cm_order_status(HashTable *order, cm_error *e);

#endif
