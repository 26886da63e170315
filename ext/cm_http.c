#include "cm_http.h"
#include "cm_text.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

static size_t cm_http_on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	cm_http_response *res = userdata;
	size_t n = size * nmemb;

	if (res->body.len + n > CM_HTTP_MAX_BODY) {
		res->net = CM_NET_TOO_LARGE;
		return 0; /* aborts the transfer */
	}
	cm_buf_append(&res->body, data, n);
	return res->body.oom ? 0 : n;
}

/* When a reused keep-alive connection dies before any answer, libcurl resends
 * the request on a new one: for a POST, the same units shipped twice. The
 * resend is refused: it fails, and the engine reads the order to learn what
 * happened. libcurl >= 7.80 asks before every send (CURLOPT_PREREQFUNCTION);
 * older ones are stopped by a body they cannot rewind (CURLE_SEND_FAIL_REWIND). */
#if LIBCURL_VERSION_NUM >= 0x075000 /* 7.80.0 */
# define CM_HTTP_PREREQ 1
static int cm_http_before_send(void *userdata, char *conn_primary_ip, char *conn_local_ip, int conn_primary_port,
	int conn_local_port)
{
	cm_http_response *res = userdata;

	return ++res->sends > 1 ? CURL_PREREQFUNC_ABORT : CURL_PREREQFUNC_OK;
}
#else
static size_t cm_http_read_body(char *buffer, size_t size, size_t nitems, void *userdata)
{
	cm_http_response *res = userdata;
	size_t n = res->body_out_len - res->body_out_pos;

	if (n > size * nitems) {
		n = size * nitems;
	}
	memcpy(buffer, res->body_out + res->body_out_pos, n);
	res->body_out_pos += n;
	res->sends = 1;
	return n;
}
#endif

int64_t cm_http_parse_int(const char *s, size_t n)
{
	int64_t v = 0;
	size_t i = 0, digits = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t')) {
		i++;
	}
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
		v = v > (INT64_MAX - 9) / 10 ? INT64_MAX : v * 10 + (s[i] - '0'); /* too large for any clock: saturates */
	}
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
		i++;
	}
	return digits && i == n ? v : -1;
}

/* The rate-limit headers, in any case: Walmart spells the replenish header two ways. */
static size_t cm_http_on_header(char *line, size_t size, size_t nmemb, void *userdata)
{
	static const struct {
		const char *name;
		size_t offset;
	} wanted[] = {
		{"x-next-replenish-time", offsetof(cm_http_response, replenish_at_ms)},
		{"x-next-replenishment-time", offsetof(cm_http_response, replenish_at_ms)},
		{"x-current-token-count", offsetof(cm_http_response, token_count)},
		{"retry-after", offsetof(cm_http_response, retry_after_s)},
	};
	size_t n = size * nmemb, i;
	const char *colon = memchr(line, ':', n);

	if (!colon) {
		if (n > 5 && memcmp(line, "HTTP/", 5) == 0) {
			/* a new response (after a 100 Continue, say): forget the previous one's headers */
			cm_http_response *res = userdata;
			res->replenish_at_ms = res->token_count = res->retry_after_s = -1;
		}
		return n;
	}
	for (i = 0; i < sizeof(wanted) / sizeof(wanted[0]); i++) {
		if (cm_str_ieq(line, (size_t) (colon - line), wanted[i].name)) {
			*(int64_t *) ((char *) userdata + wanted[i].offset) = cm_http_parse_int(colon + 1, n - (size_t) (colon + 1 - line));
		}
	}
	return n;
}

CURL *cm_http_prepare(CURL *h, CURLSH *share)
{
	if (!h) {
		return NULL;
	}
	if (share) {
		curl_easy_setopt(h, CURLOPT_SHARE, share);
	}
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, cm_http_on_body);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, cm_http_on_header);
#ifndef CM_HTTP_PREREQ
	curl_easy_setopt(h, CURLOPT_READFUNCTION, cm_http_read_body);
#endif
	return h;
}

void cm_http_setup(CURL *h, const cm_http_request *req, cm_http_response *res)
{
	bool get = strcmp(req->method, "GET") == 0;

	memset(res, 0, sizeof(*res));
	res->replenish_at_ms = res->token_count = res->retry_after_s = -1;

	curl_easy_setopt(h, CURLOPT_URL, req->url);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, req->headers);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, req->timeout_ms);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, req->connect_timeout_ms);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, res->error);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, res);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, res);
	curl_easy_setopt(h, CURLOPT_PRIVATE, res);
	if (get) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, NULL); /* no pointer into an earlier request's body stays */
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);       /* after POSTFIELDS, which means POST */
		curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, NULL);
#ifdef CM_HTTP_PREREQ
		curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, NULL); /* libcurl may resend a GET on a new connection */
#endif
		return;
	}
	res->body_out = req->body ? req->body : "";
	res->body_out_len = req->body ? req->body_len : 0;
	curl_easy_setopt(h, CURLOPT_POST, 1L);
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, strcmp(req->method, "POST") != 0 ? req->method : NULL);
#ifdef CM_HTTP_PREREQ
	/* the body goes out with the headers, in one write */
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, res->body_out);
	curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, cm_http_before_send);
	curl_easy_setopt(h, CURLOPT_PREREQDATA, res);
#else
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, NULL);
	curl_easy_setopt(h, CURLOPT_READDATA, res);
#endif
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) res->body_out_len);
}

void cm_http_finish(CURL *h, CURLcode rc, cm_http_response *res)
{
	curl_off_t request_size = 0, total_us = 0;

	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &res->status);
	curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &request_size);
	curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &total_us);
	res->sent = request_size > 0;
	res->duration_ms = (double) total_us / 1000.0;
	if (rc == CURLE_OK) {
		res->net = res->body.oom ? CM_NET_FAILED : CM_NET_OK;
		return;
	}
	if (res->net == CM_NET_TOO_LARGE) {
		return;
	}
	if (rc == CURLE_ABORTED_BY_CALLBACK && res->sends > 1) {
		/* the resend refused in cm_http_before_send: the first send may have been applied */
		res->sent = true;
		res->net = CM_NET_DROPPED;
		snprintf(res->error, sizeof(res->error), "the connection closed without an answer");
		return;
	}
	switch (rc) {
		case CURLE_OPERATION_TIMEDOUT:
			res->net = CM_NET_TIMEOUT;
			break;
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_RESOLVE_PROXY:
		case CURLE_COULDNT_CONNECT:
			res->net = CM_NET_CONNECT;
			break;
		case CURLE_SSL_CONNECT_ERROR:
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SEND_ERROR:
		case CURLE_SEND_FAIL_REWIND: /* a resend refused (libcurl < 7.80) */
		case CURLE_RECV_ERROR:
		case CURLE_GOT_NOTHING:
		case CURLE_PARTIAL_FILE:
			res->net = res->sent ? CM_NET_DROPPED : CM_NET_CONNECT;
			break;
		default:
			res->net = CM_NET_FAILED;
	}
	if (!res->error[0]) {
		snprintf(res->error, sizeof(res->error), "%s", curl_easy_strerror(rc));
	}
}

void cm_http_detach(CURL *h)
{
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(h, CURLOPT_PRIVATE, NULL);
}

void cm_http_response_free(cm_http_response *res)
{
	cm_buf_free(&res->body);
}
