/* One HTTPS exchange with libcurl: options that are always set (timeouts,
 * TLS verification, no redirects, no signals), a capped body, the rate-limit
 * headers, and what a failure means for a retry.
 *
 * Ownership: a cm_http_request borrows everything it points to (URL, headers,
 * body) until the transfer is finished and detached; a cm_http_response owns
 * its body buffer (cm_http_response_free). */
#ifndef CM_HTTP_H
#define CM_HTTP_H

#include <curl/curl.h>

#include "cm_buf.h"
#include "cm_core.h"

#define CM_HTTP_MAX_BODY (8 * 1024 * 1024)

typedef enum {
	CM_NET_OK = 0,
	CM_NET_TIMEOUT,    /* no complete answer in time */
	CM_NET_CONNECT,    /* no connection: the request was not sent */
	CM_NET_DROPPED,    /* the connection failed after the request was (maybe) sent */
	CM_NET_TOO_LARGE,  /* the body passed CM_HTTP_MAX_BODY */
	CM_NET_FAILED      /* anything else libcurl reports */
} cm_net;

typedef struct {
	const char *method;          /* GET, POST or PUT */
	const char *url;
	struct curl_slist *headers;  /* every header, the User-Agent included */
	const char *body;            /* NULL: none */
	size_t body_len;
	long timeout_ms;
	long connect_timeout_ms;
} cm_http_request;

typedef struct {
	cm_net net;
	long status;                 /* 0 when no response came */
	const char *body_out;        /* the request body */
	size_t body_out_len;
	size_t body_out_pos;         /* libcurl < 7.80: how much of it was read */
	int sends;                   /* how many times libcurl went to send the request */
	bool sent;                   /* bytes of the request left this process */
	cm_buf body;
	int64_t replenish_at_ms;     /* x-next-replenish-time: epoch ms, or -1 */
	int64_t token_count;         /* x-current-token-count, or -1 */
	int64_t retry_after_s;       /* Retry-After in seconds, or -1 */
	double duration_ms;
	char error[CURL_ERROR_SIZE];
} cm_http_response;

/* Gives a new easy handle (NULL is passed through) what every request on it
 * shares: the share, callbacks, TLS verification, protocols, no signals, no
 * redirects. Once, after curl_easy_init(). */
CURL *cm_http_prepare(CURL *h, CURLSH *share);

/* Sets a handle prepared by cm_http_prepare up for req, writing into res:
 * every option a request may change is set again, so nothing of an earlier
 * request remains but its connections. */
void cm_http_setup(CURL *h, const cm_http_request *req, cm_http_response *res);

/* Classifies the outcome of a transfer on a handle set up by cm_http_setup. */
void cm_http_finish(CURL *h, CURLcode rc, cm_http_response *res);

/* Clears what the handle points to in a finished request (error buffer, headers). */
void cm_http_detach(CURL *h);

void cm_http_response_free(cm_http_response *res);

/* Parses a decimal header value ("1764412800000", " 3 "); -1 when it is not one, INT64_MAX when it is too large. */
int64_t cm_http_parse_int(const char *s, size_t n);

#endif
