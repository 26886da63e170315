// php_cm_json_decode() against PHP's own json_decode($s, true), inside the
// embedded engine (libphp8.2-embed): every input goes through both, and they
// must agree: both fail, or both succeed with the same value (===, recursive,
// key types and order included; doubles bit for bit, so -0.0 is not 0.0; the
// next free index of non-empty arrays; serialize() of both). On top: a
// failure fills why with one terminated line, and the value
// php_cm_json_decode() gives is sound (terminated strings, fresh references,
// keys found by their hashes, the vocabulary's words permanent), and
// php_cm_json_string_of() gives back the bytes it is given.
// Zend's allocator is off (USE_ZEND_ALLOC=0): every allocation goes through
// malloc, so ASan sees overruns and the leak check sees what is not freed.
// No php.ini is read (php -n). FUZZ_PHP_JSON_SHOW=1 prints the engine's
// version and modules at startup.
// options: -max_len=4096 -dict=tests/fuzz/fuzz_php_json.dict
// sources: ext/php_cm_json.c
// flags: $(php-config --includes) -lphp8.2
#include "php.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "ext/standard/php_var.h"
#include "sapi/embed/php_embed.h"
#include "zend_smart_str.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php_cm_json.h"

#define FUZZ_WHY_SIZE 160

/* the leak checker's switch, where there is one (builds without ASan or LSan, for coverage say, have none) */
#if defined(__has_feature)
# if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#  define FUZZ_LSAN 1
# endif
#endif
#ifdef FUZZ_LSAN
# include <sanitizer/lsan_interface.h>
#else
# define __lsan_disable() ((void) 0)
# define __lsan_enable() ((void) 0)
#endif


/* The vocabulary is interned from a module's MINIT, as the extension does, so
 * that its words are permanent interned strings and not the request's. */
static PHP_MINIT_FUNCTION(fuzz_php_json)
{
	php_cm_json_startup();
	return SUCCESS;
}

static zend_module_entry fuzz_php_json_module = {
	STANDARD_MODULE_HEADER, "fuzz_php_json", NULL, PHP_MINIT(fuzz_php_json), NULL, NULL, NULL, NULL,
	"1", STANDARD_MODULE_PROPERTIES,
};

static int fuzz_sapi_startup(sapi_module_struct *sapi)
{
	return php_module_startup(sapi, &fuzz_php_json_module);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char *php_argv[] = {"fuzz_php_json", NULL};

	setenv("USE_ZEND_ALLOC", "0", 1); /* before the engine starts: it reads it once */
	php_embed_module.php_ini_ignore = 1; /* php -n: no php.ini, no conf.d (opcache and the rest) */
	php_embed_module.startup = fuzz_sapi_startup;
	/* The engine's startup is no input's: what it allocates is not a leak. (It keeps some blocks only through
	 * a pointer just past their end, arginfo - 1, which the leak check at exit would report.) */
	__lsan_disable();
	if (php_embed_init(1, php_argv) != SUCCESS) {
		fprintf(stderr, "fuzz_php_json: php_embed_init failed\n");
		abort();
	}
	__lsan_enable();
	/* the request php_embed_init started stays open for the whole run */

	/* the vocabulary is there, and permanent: a field name decodes to its interned word */
	{
		zval v;
		char why[FUZZ_WHY_SIZE];

		if (!php_cm_json_decode(&v, "\"orderLine\"", 11, why, sizeof(why)) || Z_TYPE(v) != IS_STRING
				|| !ZSTR_IS_INTERNED(Z_STR(v)) || !(GC_FLAGS(Z_STR(v)) & IS_STR_PERMANENT)) {
			fprintf(stderr, "fuzz_php_json: php_cm_json_startup() did not intern the vocabulary\n");
			abort();
		}
		zval_ptr_dtor(&v);
	}
	if (getenv("FUZZ_PHP_JSON_SHOW")) {
		zend_module_entry *m;

#ifdef ZTS
		fprintf(stderr, "fuzz_php_json: PHP %s (ZTS), modules:", PHP_VERSION);
#else
		fprintf(stderr, "fuzz_php_json: PHP %s (NTS), modules:", PHP_VERSION);
#endif
		ZEND_HASH_FOREACH_PTR(&module_registry, m) {
			fprintf(stderr, " %s", m->name);
		} ZEND_HASH_FOREACH_END();
		fprintf(stderr, "\n");
	}
	return 0;
}

/* Both results, then the input, and abort: libFuzzer reports it as a crash. */
static const uint8_t *fuzz_data;
static size_t fuzz_size;

static void fuzz_print_bytes(const char *what, const char *s, size_t n, size_t max)
{
	size_t i;

	fprintf(stderr, "fuzz_php_json: %s (%zu bytes): \"", what, n);
	for (i = 0; i < n && i < max; i++) {
		unsigned char c = (unsigned char) s[i];
		if (c == '"' || c == '\\') {
			fprintf(stderr, "\\%c", c);
		} else if (c >= 0x20 && c < 0x7f) {
			fputc(c, stderr);
		} else {
			fprintf(stderr, "\\x%02x", c);
		}
	}
	fprintf(stderr, "\"%s\n", i < n ? "..." : "");
}

static void fuzz_print_value(const char *who, bool ok, zval *v, const char *why)
{
	smart_str buf = {0};
	php_serialize_data_t data;

	if (!ok) {
		fprintf(stderr, "fuzz_php_json: %s: fails (%s)\n", who, why);
		return;
	}
	PHP_VAR_SERIALIZE_INIT(data);
	php_var_serialize(&buf, v, &data);
	PHP_VAR_SERIALIZE_DESTROY(data);
	smart_str_0(&buf);
	fuzz_print_bytes(who, buf.s ? ZSTR_VAL(buf.s) : "", buf.s ? ZSTR_LEN(buf.s) : 0, 300);
	smart_str_free(&buf);
}

/* json_last_error() after a failed json_decode(), by its name */
static const char *fuzz_json_error = "";

static const char *fuzz_json_error_name(php_json_error_code code)
{
	switch (code) {
		case PHP_JSON_ERROR_DEPTH: return "JSON_ERROR_DEPTH";
		case PHP_JSON_ERROR_STATE_MISMATCH: return "JSON_ERROR_STATE_MISMATCH";
		case PHP_JSON_ERROR_CTRL_CHAR: return "JSON_ERROR_CTRL_CHAR";
		case PHP_JSON_ERROR_SYNTAX: return "JSON_ERROR_SYNTAX";
		case PHP_JSON_ERROR_UTF8: return "JSON_ERROR_UTF8";
		case PHP_JSON_ERROR_UTF16: return "JSON_ERROR_UTF16";
		default: return "another JSON_ERROR_*";
	}
}

static ZEND_NORETURN void fuzz_disagree(const char *what, bool ok_json, zval *json, bool ok_cm, zval *cm, const char *why)
{
	fprintf(stderr, "fuzz_php_json: %s\n", what);
	fuzz_print_bytes("input               ", (const char *) fuzz_data, fuzz_size, 300);
	fuzz_print_value("json_decode()       ", ok_json, json, fuzz_json_error);
	fuzz_print_value("php_cm_json_decode()", ok_cm, cm, why);
	abort();
}

/* Where the values differ first, for the report: "[key][1]: what". */
static char fuzz_where[512];

static bool fuzz_differ(const char *what)
{
	snprintf(fuzz_where, sizeof(fuzz_where), ": %s", what);
	return false;
}

/* Puts [key] in front of fuzz_where, on the way out of a difference inside an array. */
static bool fuzz_inside(zend_string *key, zend_ulong index)
{
	char inner[sizeof(fuzz_where)];

	memcpy(inner, fuzz_where, sizeof(inner));
	if (key) {
		snprintf(fuzz_where, sizeof(fuzz_where), "[\"%.*s\"]%s", (int) (ZSTR_LEN(key) < 40 ? ZSTR_LEN(key) : 40),
			ZSTR_VAL(key), inner);
	} else {
		snprintf(fuzz_where, sizeof(fuzz_where), "[" ZEND_LONG_FMT "]%s", (zend_long) index, inner);
	}
	return false;
}

/* The same value, strictly: types, integers, doubles bit for bit, strings byte for byte, arrays in the same order
 * with the same keys (and key types) and the same next free index. Else false, with fuzz_where saying where. */
static bool fuzz_same(const zval *a, const zval *b)
{
	HashTable *ha, *hb;
	HashPosition pos;
	zend_string *ka, *kb;
	zend_ulong ia, ib;
	zval *va, *vb;
	double da, db;

	if (Z_TYPE_P(a) != Z_TYPE_P(b)) {
		return fuzz_differ("the types differ");
	}
	switch (Z_TYPE_P(a)) {
		case IS_NULL: case IS_TRUE: case IS_FALSE:
			return true;
		case IS_LONG:
			return Z_LVAL_P(a) == Z_LVAL_P(b) || fuzz_differ("the integers differ");
		case IS_DOUBLE:
			da = Z_DVAL_P(a);
			db = Z_DVAL_P(b);
			return memcmp(&da, &db, sizeof(da)) == 0 || fuzz_differ("the doubles differ (bits)");
		case IS_STRING:
			return zend_string_equals(Z_STR_P(a), Z_STR_P(b)) || fuzz_differ("the strings differ");
		case IS_ARRAY:
			ha = Z_ARRVAL_P(a);
			hb = Z_ARRVAL_P(b);
			if (zend_hash_num_elements(ha) != zend_hash_num_elements(hb)) {
				return fuzz_differ("the arrays' counts differ");
			}
			/* the next free index ($a[] = ...), which a negative key changes: an empty array must be the engine's
			 * shared one, whose next index is 0, as json_decode() gives (a new one starts at ZEND_LONG_MIN, "none
			 * yet": after $a[-5] = x; $a[] = y the key would be -4, not 0) */
			if (ha->nNextFreeElement != hb->nNextFreeElement) {
				snprintf(fuzz_where, sizeof(fuzz_where), ": the next free index differs (" ZEND_LONG_FMT " and "
					ZEND_LONG_FMT ")", ha->nNextFreeElement, hb->nNextFreeElement);
				return false;
			}
			zend_hash_internal_pointer_reset_ex(hb, &pos);
			ZEND_HASH_FOREACH_KEY_VAL(ha, ia, ka, va) {
				if (!(vb = zend_hash_get_current_data_ex(hb, &pos))) {
					return fuzz_differ("an array ends early");
				}
				if (zend_hash_get_current_key_ex(hb, &kb, &ib, &pos) == HASH_KEY_IS_STRING) {
					if (!ka || !zend_string_equals(ka, kb)) {
						return fuzz_differ("the keys differ (or their types)") || fuzz_inside(ka, ia);
					}
				} else if (ka || ia != ib) {
					return fuzz_differ("the keys differ (or their types)") || fuzz_inside(ka, ia);
				}
				if (!fuzz_same(va, vb)) {
					return fuzz_inside(ka, ia);
				}
				zend_hash_move_forward_ex(hb, &pos);
			} ZEND_HASH_FOREACH_END();
			return true;
		default:
			return fuzz_differ("a value of an unexpected type"); /* neither decoder makes anything else */
	}
}

/* What is wrong with a value php_cm_json_decode() made, as PHP's engine expects values, or NULL. */
static const char *fuzz_unsound(zval *v)
{
	zend_string *key;
	zend_ulong index, numeric;
	zval *item, *found;
	HashTable *h;
	const char *what;

	switch (Z_TYPE_P(v)) {
		case IS_NULL: case IS_TRUE: case IS_FALSE: case IS_LONG: case IS_DOUBLE:
			return NULL;
		case IS_STRING:
			if (ZSTR_VAL(Z_STR_P(v))[ZSTR_LEN(Z_STR_P(v))] != '\0') {
				return "a string is not NUL-terminated";
			}
			if (!ZSTR_IS_INTERNED(Z_STR_P(v)) && GC_REFCOUNT(Z_STR_P(v)) != 1) {
				return "a new string has a reference count other than 1";
			}
			if (ZSTR_IS_INTERNED(Z_STR_P(v)) && !(GC_FLAGS(Z_STR_P(v)) & IS_STR_PERMANENT)) {
				return "an interned string is the request's, not permanent";
			}
			return NULL;
		case IS_ARRAY:
			h = Z_ARRVAL_P(v);
			if (!(GC_FLAGS(h) & IS_ARRAY_IMMUTABLE) && GC_REFCOUNT(h) != 1) {
				return "an array has a reference count other than 1";
			}
			ZEND_HASH_FOREACH_KEY_VAL(h, index, key, item) {
				if (key) {
					if (ZSTR_VAL(key)[ZSTR_LEN(key)] != '\0') {
						return "a key is not NUL-terminated";
					}
					if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), numeric)) {
						return "a numeric key is a string";
					}
					found = zend_hash_find(h, key);
				} else {
					found = zend_hash_index_find(h, index);
				}
				if (found != item) {
					return "a key is not found where it is (its hash)";
				}
				if ((what = fuzz_unsound(item))) {
					return what;
				}
			} ZEND_HASH_FOREACH_END();
			return NULL;
		default:
			return "a value of an unexpected type";
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	php_json_parser parser;
	zval json, cm;
	bool ok_json, ok_cm;
	char why[FUZZ_WHY_SIZE + 1], *copy;
	const char *what;

	fuzz_data = data;
	fuzz_size = size;

	/* json_decode(): an empty string fails before the parser; the scanner wants s[n] == '\0' */
	ZVAL_UNDEF(&json);
	copy = estrndup((const char *) data, size);
	php_json_parser_init(&parser, &json, copy, size, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH);
	ok_json = size > 0 && php_json_parse(&parser) == 0;
	efree(copy);
	if (!ok_json) {
		fuzz_json_error = fuzz_json_error_name(size > 0 ? php_json_parser_error_code(&parser) : PHP_JSON_ERROR_SYNTAX);
		zval_ptr_dtor(&json);
		ZVAL_UNDEF(&json);
	}

	/* the fuzzer's own buffer, exactly size bytes and not terminated: ASan sees any read past it */
	memset(why, 0xA5, sizeof(why));
	ZVAL_UNDEF(&cm);
	ok_cm = php_cm_json_decode(&cm, (const char *) data, size, why, FUZZ_WHY_SIZE);

	if (!ok_cm) {
		size_t n = strnlen(why, FUZZ_WHY_SIZE);
		if (n == 0 || n == FUZZ_WHY_SIZE || (unsigned char) why[FUZZ_WHY_SIZE] != 0xA5) {
			why[FUZZ_WHY_SIZE] = '\0';
			fuzz_disagree("a failure without a terminated reason within why_size", ok_json, &json, ok_cm, &cm, why);
		}
	}
	if (ok_json != ok_cm) {
		fuzz_disagree(ok_json ? "json_decode() succeeds, php_cm_json_decode() fails"
			: "json_decode() fails, php_cm_json_decode() succeeds", ok_json, &json, ok_cm, &cm, why);
	}
	if (ok_cm) {
		if ((what = fuzz_unsound(&cm))) {
			fuzz_disagree(what, ok_json, &json, ok_cm, &cm, why);
		}
		if (!zend_is_identical(&json, &cm)) {
			fuzz_disagree("the values differ (===)", ok_json, &json, ok_cm, &cm, why);
		}
		if (!fuzz_same(&json, &cm)) {
			char what_where[sizeof(fuzz_where) + 32];

			snprintf(what_where, sizeof(what_where), "the values differ at the top%s", fuzz_where);
			fuzz_disagree(what_where, ok_json, &json, ok_cm, &cm, why);
		}
		{
			smart_str a = {0}, b = {0};
			php_serialize_data_t data_a, data_b;
			bool same;

			PHP_VAR_SERIALIZE_INIT(data_a);
			php_var_serialize(&a, &json, &data_a);
			PHP_VAR_SERIALIZE_DESTROY(data_a);
			PHP_VAR_SERIALIZE_INIT(data_b);
			php_var_serialize(&b, &cm, &data_b);
			PHP_VAR_SERIALIZE_DESTROY(data_b);
			same = a.s && b.s && zend_string_equals(a.s, b.s);
			smart_str_free(&a);
			smart_str_free(&b);
			if (!same) {
				fuzz_disagree("serialize() differs", ok_json, &json, ok_cm, &cm, why);
			}
		}
		zval_ptr_dtor(&cm);
		zval_ptr_dtor(&json);
	}

	/* php_cm_json_string_of(), the decoder's strings for its callers: the input's bytes as they are */
	{
		zend_string *str = php_cm_json_string_of((const char *) data, size);

		if (!zend_string_equals_cstr(str, (const char *) data, size) || ZSTR_VAL(str)[size] != '\0'
				|| (!ZSTR_IS_INTERNED(str) && GC_REFCOUNT(str) != 1)) {
			fprintf(stderr, "fuzz_php_json: php_cm_json_string_of() does not give the bytes it was given\n");
			fuzz_print_bytes("input               ", (const char *) data, size, 300);
			fuzz_print_bytes("php_cm_json_string_of()", ZSTR_VAL(str), ZSTR_LEN(str), 300);
			abort();
		}
		zend_string_release(str);
	}
	return 0;
}
