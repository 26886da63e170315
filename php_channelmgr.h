#ifndef PHP_CHANNELMGR_H
#define PHP_CHANNELMGR_H

extern zend_module_entry channelmgr_module_entry;
#define phpext_channelmgr_ptr &channelmgr_module_entry

#define PHP_CHANNELMGR_VERSION "0.4.0"

#include <curl/curl.h>
#include "ext/cm_token.h"

ZEND_BEGIN_MODULE_GLOBALS(channelmgr)
	char *base_url;
	char *service_name;
	char *channel_type;       /* WM_CONSUMER.CHANNEL.TYPE; "": not sent */
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	zend_long max_retries;
	/* Kept for the life of the worker process, across PHP requests: created on
	 * first use (after FPM forks), freed at shutdown. */
	CURL *curl;
	CURLSH *share;            /* connections, DNS and TLS sessions, for every handle */
	CURLM *multi;             /* syncBatch */
	CURL **batch_handles;
	int batch_handle_count;
	cm_token_cache tokens;
	uint64_t rng;             /* jitter and correlation ids */
	bool busy;                /* a call is running: the handles are in use (a logger cannot call in) */
ZEND_END_MODULE_GLOBALS(channelmgr)

ZEND_EXTERN_MODULE_GLOBALS(channelmgr)
#define CM_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(channelmgr, v)

#if defined(ZTS) && defined(COMPILE_DL_CHANNELMGR)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
