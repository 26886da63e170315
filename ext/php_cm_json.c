/* A JSON decoder for Walmart's answers: json_decode($body, true), value for
 * value, in one pass and without PHP's general-purpose scanner and parser
 * tables. What makes it cheaper is what it knows: an answer repeats the same
 * few dozen field names, and PHP's parser allocates, hashes and frees each
 * one for every object; here they are interned once (php_cm_json_startup) and
 * recognised by their length and first and last bytes, read as integers right
 * after a string's end is found 8 bytes at a time. The rules follow PHP's scanner
 * (ext/json/json_scanner.re): strict RFC 8259 grammar, UTF-8 validated,
 * \u escapes with paired surrogates, integers that do not fit a zend_long
 * become floats, object keys go through the symbol table rules (numeric keys
 * become integers), a repeated key keeps its first place and its last value.
 * tests/decode_same_as_json_decode.phpt holds it to json_decode() on crafted
 * and generated answers, tests/fuzz/fuzz_php_json.c on many more. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_strtod.h"

#include "php_cm_json.h"
#include "cm_utf8.h"

#define PHP_CM_JSON_DEPTH 512     /* json_decode()'s default depth */
#define PHP_CM_JSON_SLOTS 512     /* the vocabulary's table: a power of two, at least twice its words */
#define PHP_CM_JSON_WORD_MAX 32   /* longer strings are never looked up */

/* Walmart's field names (orders, errors, the token) and values that recur in every answer. */
static const char *const php_cm_json_words[] = {
	/* orders */
	"list", "meta", "totalCount", "limit", "nextCursor", "elements", "order", "purchaseOrderId", "customerOrderId",
	"customerEmailId", "sellerOrderId", "orderDate", "orderType", "originalCustomerOrderID", "shippingInfo", "phone",
	"estimatedDeliveryDate", "estimatedShipDate", "methodCode", "postalAddress", "name", "address1", "address2",
	"city", "state", "postalCode", "country", "addressType", "orderLines", "orderLine", "lineNumber", "item",
	"productName", "sku", "imageUrl", "weight", "value", "unit", "charges", "charge", "chargeType", "chargeName",
	"chargeAmount", "currency", "amount", "tax", "taxName", "taxAmount", "orderLineQuantity", "unitOfMeasurement",
	"statusDate", "orderLineStatuses", "orderLineStatus", "status", "subSellerId", "statusQuantity",
	"cancellationReason", "trackingInfo", "shipDateTime", "carrierName", "otherCarrier", "carrier", "trackingNumber",
	"trackingURL", "returnCenterAddress", "dayPhone", "emailId", "refund", "refundId", "refundComments",
	"refundCharges", "refundCharge", "refundReason", "fulfillment", "fulfillmentOption", "shipMethod", "storeId",
	"pickUpDateTime", "pickUpBy", "shippingProgramType", "shipNode", "type", "intentToCancel", "originalCarrierMethod",
	"referenceLineId", "serialNumbers", "orderProducts", "shipNodeType", "partner", "partnerId",
	"martId", "isGuest", "paymentTypes", "orderSummary", "totalAmount", "orderSubTotals", "subTotalType",
	"pickupPersons", "configId", "quantity", "fulfillmentType", "lineStatus",
	/* errors and the token */
	"errors", "error", "code", "field", "description", "info", "severity", "category", "causes", "errorIdentifiers",
	"entry", "key", "access_token", "token_type", "expires_in",
	/* values */
	"Created", "Acknowledged", "Shipped", "Delivered", "Cancelled", "Refund", "EACH", "USD", "PRODUCT", "SHIPPING",
	"ItemPrice", "Tax1", "Standard", "Express", "OneDay", "TwoDay", "Freight", "WhiteGlove", "Value", "RESIDENTIAL",
	"COMMERCIAL", "S2H", "S2S", "DELIVERY", "PICKUP", "STANDARD", "EXPRESS", "USA", "UPS", "USPS", "FedEx", "DHL",
	"OnTrac", "SELLER_FULFILLED", "REGULAR", "Bearer", "DATA", "REQUEST", "SYSTEM", "APPLICATION", "ERROR", "WARN",
	"INFO", "SELLER_CANCEL", "true", "false",
	/* the Channel Manager statuses and the error codes results carry */
	"Open", "Partially Shipped", "Canceled", "Error", "INVALID_INPUT", "INVALID_RESPONSE", "CONNECTION_FAILED",
	"TIMEOUT", "RATE_LIMITED", "SERVER_ERROR", "UNAUTHORIZED", "TOKEN_REJECTED", "INTERRUPTED", "CONTENT_NOT_FOUND",
};

/* The vocabulary's table: each word with its first and last 8 bytes, so that
 * a word of up to 16 bytes is recognised by two integer comparisons. */
typedef struct {
	zend_string *word;
	uint64_t head, tail;
} php_cm_json_slot;

static php_cm_json_slot php_cm_json_table[PHP_CM_JSON_SLOTS];

static zend_always_inline uint64_t php_cm_json_load8(const unsigned char *s)
{
	uint64_t v;

	memcpy(&v, s, 8);
	return v;
}

/* Two integers that, with len, tell s[0..len) (len >= 2) from any other string of that length when len <= 16:
 * its first and last 8 bytes, or for shorter ones its bytes gathered without reading past them. */
static zend_always_inline void php_cm_json_ends(const unsigned char *s, size_t len, uint64_t *head, uint64_t *tail)
{
	if (len >= 8) {
		*head = php_cm_json_load8(s);
		*tail = php_cm_json_load8(s + len - 8);
	} else if (len >= 4) {
		uint32_t a, b;

		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		*head = a | ((uint64_t) b << 32);
		*tail = 0;
	} else {
		*head = s[0] | ((uint64_t) s[1] << 8) | ((uint64_t) s[len - 1] << 16);
		*tail = 0;
	}
}

static zend_always_inline size_t php_cm_json_slot_of(uint64_t head, uint64_t tail, size_t len)
{
	return (size_t) (((head ^ (tail >> 1) ^ len) * UINT64_C(0x9E3779B97F4A7C15)) >> 55) & (PHP_CM_JSON_SLOTS - 1);
}

void php_cm_json_startup(void)
{
	size_t i;

	for (i = 0; i < sizeof(php_cm_json_words) / sizeof(php_cm_json_words[0]); i++) {
		const unsigned char *w = (const unsigned char *) php_cm_json_words[i];
		size_t len = strlen((const char *) w), slot;
		uint64_t head, tail;

		ZEND_ASSERT(len >= 2 && len <= PHP_CM_JSON_WORD_MAX);
		php_cm_json_ends(w, len, &head, &tail);
		slot = php_cm_json_slot_of(head, tail, len);
		while (php_cm_json_table[slot].word) {
			slot = (slot + 1) & (PHP_CM_JSON_SLOTS - 1); /* linear probing */
		}
		php_cm_json_table[slot] = (php_cm_json_slot) {zend_string_init_interned((const char *) w, len, 1), head, tail};
	}
}

/* The interned word s[0..len), or NULL. */
static zend_always_inline zend_string *php_cm_json_word(const unsigned char *s, size_t len)
{
	uint64_t head, tail;
	size_t slot;
	const php_cm_json_slot *e;

	if (len > PHP_CM_JSON_WORD_MAX) {
		return NULL;
	}
	php_cm_json_ends(s, len, &head, &tail);
	for (slot = php_cm_json_slot_of(head, tail, len); (e = &php_cm_json_table[slot])->word;
			slot = (slot + 1) & (PHP_CM_JSON_SLOTS - 1)) {
		const unsigned char *w = (const unsigned char *) ZSTR_VAL(e->word);

		/* beyond 16 bytes, the middle too: bytes 8 to 15 and len-16 to len-9 cover it up to 32 */
		if (e->head == head && e->tail == tail && ZSTR_LEN(e->word) == len && (len <= 16
				|| (php_cm_json_load8(w + 8) == php_cm_json_load8(s + 8)
					&& php_cm_json_load8(w + len - 16) == php_cm_json_load8(s + len - 16)))) {
			return e->word;
		}
	}
	return NULL;
}

/* The bytes among the 8 in w (little-endian: the first in the low byte) a plain string stops at: a quote, a
 * backslash, a control character or a non-ASCII byte, as the high bit of each. A borrow may also flag a byte
 * after one of those, never one before: the lowest flag is the first stop. */
static zend_always_inline uint64_t php_cm_json_stops8(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
	uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');

	return (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | (w - ones * 0x20) | w) & highs;
}

/* s[0..len): a word of the vocabulary or the engine's one-character or empty string when it is one, else new. */
static zend_always_inline zend_string *php_cm_json_new_string(const unsigned char *s, size_t len)
{
	zend_string *w;

	if (len <= 1) {
		return len ? ZSTR_CHAR(*s) : ZSTR_EMPTY_ALLOC();
	}
	if ((w = php_cm_json_word(s, len))) {
		return w;
	}
	return zend_string_init((const char *) s, len, 0);
}

zend_string *php_cm_json_string_of(const char *s, size_t len)
{
	return php_cm_json_new_string((const unsigned char *) s, len);
}

typedef struct {
	const unsigned char *p, *start, *end;
	int depth;
	const char *error;            /* what is wrong, at error_at */
	const unsigned char *error_at;
} php_cm_json;

/* Bytes a plain string may hold as they are: printable ASCII but the quote and the backslash. */
static const unsigned char php_cm_json_plain[256] = {
	['\x20'] = 1, ['\x21'] = 1, ['\x23'] = 1, ['\x24'] = 1, ['\x25'] = 1, ['\x26'] = 1, ['\x27'] = 1, ['\x28'] = 1,
	['\x29'] = 1, ['\x2a'] = 1, ['\x2b'] = 1, ['\x2c'] = 1, ['\x2d'] = 1, ['\x2e'] = 1, ['\x2f'] = 1, ['0'] = 1,
	['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [':'] = 1,
	[';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
	['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1,
	['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1,
	['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1,
	['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1, ['~'] = 1, ['\x7f'] = 1,
};

static bool php_cm_json_fail(php_cm_json *j, const unsigned char *at, const char *what)
{
	j->error = what;
	j->error_at = at;
	return false;
}

/* At the end of the input a value cannot be complete: the answer was cut short. */
#define PHP_CM_JSON_NEED(j, at) \
	do { \
		if ((at) >= (j)->end) { \
			return php_cm_json_fail((j), (j)->end, NULL); \
		} \
	} while (0)

static zend_always_inline void php_cm_json_space(php_cm_json *j)
{
	/* Walmart's answers are compact: one comparison decides most calls (every space is at most ' ') */
	if (j->p < j->end && *j->p <= ' ') {
		while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\r' || *j->p == '\t')) {
			j->p++;
		}
	}
}

static int php_cm_json_hex4(const unsigned char *s)
{
	int v = 0, i;

	for (i = 0; i < 4; i++) {
		unsigned char c = s[i];
		v <<= 4;
		if (c >= '0' && c <= '9') {
			v |= c - '0';
		} else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
			v |= (c | 0x20) - 'a' + 10;
		} else {
			return -1;
		}
	}
	return v;
}

/* The \u escape at s (after its backslash), end its limit: its code point, with
 * the bytes it spans in *span, or -1 (syntax) or -2 (an unpaired surrogate). */
static int32_t php_cm_json_escape_u(const unsigned char *s, const unsigned char *end, size_t *span)
{
	int hi, lo;

	if (end - s < 5 || (hi = php_cm_json_hex4(s + 1)) < 0) {
		return -1;
	}
	*span = 5;
	if (hi < 0xD800 || hi > 0xDFFF) {
		return hi;
	}
	if (hi > 0xDBFF || end - s < 11 || s[5] != '\\' || s[6] != 'u' || (lo = php_cm_json_hex4(s + 7)) < 0xDC00
			|| lo > 0xDFFF) {
		return -2;
	}
	*span = 11;
	return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

static size_t php_cm_json_utf8(char *out, int32_t cp)
{
	if (cp < 0x80) {
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/* A string with escapes or non-ASCII bytes, from s (just after the opening
 * quote): validated and measured first, then decoded into a string of exactly
 * its size. */
static zend_string *php_cm_json_string_slow(php_cm_json *j, const unsigned char *s)
{
	const unsigned char *p = s;
	size_t len = 0, span, k;
	zend_string *str;
	char *out;
	int32_t cp;

	for (;;) {
		if (p >= j->end) {
			php_cm_json_fail(j, j->end, NULL);
			return NULL;
		}
		if (*p == '"') {
			break;
		}
		if (*p == '\\') {
			if (p + 1 >= j->end) {
				php_cm_json_fail(j, j->end, NULL);
				return NULL;
			}
			switch (p[1]) {
				case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
					len++;
					p += 2;
					continue;
				case 'u':
					cp = php_cm_json_escape_u(p + 1, j->end, &span);
					if (cp < 0) {
						php_cm_json_fail(j, p, cp == -1 ? "a syntax error" : "an unpaired UTF-16 surrogate");
						return NULL;
					}
					len += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
					p += 1 + span;
					continue;
				default:
					php_cm_json_fail(j, p, "a syntax error");
					return NULL;
			}
		}
		if (*p < 0x20) {
			php_cm_json_fail(j, p, "an unexpected control character");
			return NULL;
		}
		if (!(k = cm_utf8_char_len((const char *) p, (size_t) (j->end - p)))) {
			php_cm_json_fail(j, p, "malformed UTF-8");
			return NULL;
		}
		len += k;
		p += k;
	}

	str = zend_string_alloc(len, 0);
	out = ZSTR_VAL(str);
	while (s < p) {
		if (*s != '\\') {
			*out++ = (char) *s++;
			continue;
		}
		switch (s[1]) {
			case 'b': *out++ = '\b'; break;
			case 'f': *out++ = '\f'; break;
			case 'n': *out++ = '\n'; break;
			case 'r': *out++ = '\r'; break;
			case 't': *out++ = '\t'; break;
			case 'u':
				out += php_cm_json_utf8(out, php_cm_json_escape_u(s + 1, j->end, &span));
				s += 1 + span;
				continue;
			default: *out++ = (char) s[1]; /* " \ / */
		}
		s += 2;
	}
	*out = '\0';
	j->p = p + 1;
	return str;
}

/* The first byte from p on that a plain string stops at (see php_cm_json_stops8), or end. */
static zend_always_inline const unsigned char *php_cm_json_plain_end(const unsigned char *p, const unsigned char *end)
{
#ifndef WORDS_BIGENDIAN
	for (; end - p >= 8; p += 8) {
		uint64_t stops = php_cm_json_stops8(php_cm_json_load8(p));
		if (stops) {
			return p + (__builtin_ctzll(stops) >> 3);
		}
	}
#endif
	while (p < end && php_cm_json_plain[*p]) {
		p++;
	}
	return p;
}

/* The string at j->p (its opening quote), as php_cm_json_new_string() gives it. NULL on error. */
static zend_always_inline zend_string *php_cm_json_string(php_cm_json *j)
{
	const unsigned char *s = j->p + 1, *p = php_cm_json_plain_end(s, j->end);

	if (p >= j->end || *p != '"') {
		return php_cm_json_string_slow(j, s);
	}
	j->p = p + 1;
	return php_cm_json_new_string(s, (size_t) (p - s));
}

static bool php_cm_json_value(php_cm_json *j, zval *out);

static bool php_cm_json_number(php_cm_json *j, zval *out)
{
	const unsigned char *s = j->p, *p = s, *digits;
	bool negative = *p == '-', integer = true;
	size_t n;

	p += negative;
	PHP_CM_JSON_NEED(j, p);
	digits = p;
	if (*p == '0') {
		p++;
	} else if (*p >= '1' && *p <= '9') {
		while (p < j->end && *p >= '0' && *p <= '9') {
			p++;
		}
	} else {
		return php_cm_json_fail(j, p, "a syntax error");
	}
	n = (size_t) (p - digits);
	if (p < j->end && *p == '.') {
		p++;
		PHP_CM_JSON_NEED(j, p);
		if (*p < '0' || *p > '9') {
			return php_cm_json_fail(j, p, "a syntax error");
		}
		while (p < j->end && *p >= '0' && *p <= '9') {
			p++;
		}
		integer = false;
	}
	if (p < j->end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < j->end && (*p == '+' || *p == '-')) {
			p++;
		}
		PHP_CM_JSON_NEED(j, p);
		if (*p < '0' || *p > '9') {
			return php_cm_json_fail(j, p, "a syntax error");
		}
		while (p < j->end && *p >= '0' && *p <= '9') {
			p++;
		}
		integer = false;
	}
	j->p = p;

	/* as PHP's scanner: an integer of up to 18 digits fits; of 19, when below LONG_MIN's digits (or equal, negative) */
	if (integer && (n < MAX_LENGTH_OF_LONG - 1 || (n == MAX_LENGTH_OF_LONG - 1
			&& (memcmp(digits, LONG_MIN_DIGITS, n) < 0 || (negative && memcmp(digits, LONG_MIN_DIGITS, n) == 0))))) {
		zend_ulong v = 0;
		const unsigned char *d;

		for (d = digits; d < p; d++) {
			v = v * 10 + (zend_ulong) (*d - '0');
		}
		ZVAL_LONG(out, negative ? (zend_long) (0 - v) : (zend_long) v);
		return true;
	}
	{
		/* a float, or an integer beyond zend_long: zend_strtod, as json_decode(), on a terminated copy */
		char small[64], *copy = (size_t) (p - s) < sizeof(small) ? small : emalloc((size_t) (p - s) + 1);

		memcpy(copy, s, (size_t) (p - s));
		copy[p - s] = '\0';
		ZVAL_DOUBLE(out, zend_strtod(copy, NULL));
		if (copy != small) {
			efree(copy);
		}
	}
	return true;
}

static bool php_cm_json_literal(php_cm_json *j, const char *word, size_t len)
{
	size_t avail = (size_t) (j->end - j->p);

	if (memcmp(j->p, word, avail < len ? avail : len) != 0) {
		return php_cm_json_fail(j, j->p, "a syntax error");
	}
	if (avail < len) {
		return php_cm_json_fail(j, j->end, NULL);
	}
	j->p += len;
	return true;
}

typedef enum { PHP_CM_JSON_FAILED, PHP_CM_JSON_EMPTY, PHP_CM_JSON_OPEN } php_cm_json_opened;

/* Past an opening bracket, into *out: the engine's shared empty array when the closing one follows (as json_decode()
 * gives), else a new array to fill (OPEN). */
static zend_always_inline php_cm_json_opened php_cm_json_open(php_cm_json *j, unsigned char close, zval *out)
{
	/* json_decode() at its default depth (512) takes 511 nested arrays and objects: its depth counts the
	 * values inside the innermost one as a level */
	if (++j->depth >= PHP_CM_JSON_DEPTH) {
		php_cm_json_fail(j, j->p, "nested too deeply");
		return PHP_CM_JSON_FAILED;
	}
	j->p++;
	php_cm_json_space(j);
	if (j->p >= j->end) {
		php_cm_json_fail(j, j->end, NULL);
		return PHP_CM_JSON_FAILED;
	}
	if (*j->p == close) {
		j->p++;
		j->depth--;
		ZVAL_EMPTY_ARRAY(out);
		return PHP_CM_JSON_EMPTY;
	}
	array_init(out);
	return PHP_CM_JSON_OPEN;
}

/* Whether the next byte is c; if not, the error: the answer cut short, or a syntax error. */
static zend_always_inline bool php_cm_json_at(php_cm_json *j, unsigned char c)
{
	if (j->p < j->end && *j->p == c) {
		return true;
	}
	return php_cm_json_fail(j, j->p < j->end ? j->p : j->end, j->p < j->end ? "a syntax error" : NULL);
}

/* After a member or element: true when another follows (the comma consumed), false at the closing bracket or on error. */
static zend_always_inline bool php_cm_json_next(php_cm_json *j, unsigned char close, bool *done)
{
	php_cm_json_space(j);
	PHP_CM_JSON_NEED(j, j->p);
	if (*j->p == ',') {
		j->p++;
		php_cm_json_space(j);
		return true;
	}
	if (*j->p == close) {
		j->p++;
		j->depth--;
		*done = true;
		return true;
	}
	return php_cm_json_fail(j, j->p, "a syntax error");
}

static bool php_cm_json_array(php_cm_json *j, zval *out)
{
	php_cm_json_opened opened = php_cm_json_open(j, ']', out);
	bool done = false;
	zval v;

	if (opened != PHP_CM_JSON_OPEN) {
		return opened == PHP_CM_JSON_EMPTY;
	}
	while (!done) {
		if (!php_cm_json_value(j, &v)) {
			break;
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &v);
		if (!php_cm_json_next(j, ']', &done)) {
			break;
		}
	}
	if (!done) {
		zval_ptr_dtor(out);
	}
	return done;
}

static bool php_cm_json_object(php_cm_json *j, zval *out)
{
	php_cm_json_opened opened = php_cm_json_open(j, '}', out);
	bool done = false;
	zend_string *key;
	zend_ulong index;
	zval v;

	if (opened != PHP_CM_JSON_OPEN) {
		return opened == PHP_CM_JSON_EMPTY;
	}
	while (!done) {
		if (!php_cm_json_at(j, '"') || !(key = php_cm_json_string(j))) {
			break;
		}
		php_cm_json_space(j);
		if (!php_cm_json_at(j, ':')) {
			zend_string_release(key);
			break;
		}
		j->p++;
		php_cm_json_space(j);
		if (!php_cm_json_value(j, &v)) {
			zend_string_release(key);
			break;
		}
		if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), index)) {
			zend_hash_index_update(Z_ARRVAL_P(out), index, &v);
		} else {
			zend_hash_update(Z_ARRVAL_P(out), key, &v);
		}
		zend_string_release(key);
		if (!php_cm_json_next(j, '}', &done)) {
			break;
		}
	}
	if (!done) {
		zval_ptr_dtor(out);
	}
	return done;
}

static bool php_cm_json_value(php_cm_json *j, zval *out)
{
	zend_string *str;

	PHP_CM_JSON_NEED(j, j->p);
	switch (*j->p) {
		case '{':
			return php_cm_json_object(j, out);
		case '[':
			return php_cm_json_array(j, out);
		case '"':
			if (!(str = php_cm_json_string(j))) {
				return false;
			}
			ZVAL_STR(out, str);
			return true;
		case 't':
			ZVAL_TRUE(out);
			return php_cm_json_literal(j, "true", 4);
		case 'f':
			ZVAL_FALSE(out);
			return php_cm_json_literal(j, "false", 5);
		case 'n':
			ZVAL_NULL(out);
			return php_cm_json_literal(j, "null", 4);
		case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
			return php_cm_json_number(j, out);
		case '\0':
			return php_cm_json_fail(j, j->p, "an unexpected control character");
		default:
			return php_cm_json_fail(j, j->p, "a syntax error");
	}
}

bool php_cm_json_decode(zval *out, const char *s, size_t n, char *why, size_t why_size)
{
	php_cm_json j = {(const unsigned char *) s, (const unsigned char *) s, (const unsigned char *) s + n, 0, NULL, NULL};

	php_cm_json_space(&j);
	if (php_cm_json_value(&j, out)) {
		php_cm_json_space(&j);
		if (j.p == j.end) {
			return true;
		}
		zval_ptr_dtor(out);
		php_cm_json_fail(&j, j.p, *j.p ? "a syntax error" : "an unexpected control character");
	}
	if (!j.error) {
		snprintf(why, why_size, "the JSON ends early");
	} else {
		snprintf(why, why_size, "%s at byte %zu", j.error, (size_t) (j.error_at - j.start));
	}
	ZVAL_UNDEF(out);
	return false;
}
