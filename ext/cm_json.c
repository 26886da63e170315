#include "cm_json.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

json_object *cm_json_parse(const char *s, size_t n, char *why, size_t why_size)
{
	json_tokener *tok;
	json_object *o;
	enum json_tokener_error err;

	if (n > INT_MAX) {
		snprintf(why, why_size, "the answer is too large");
		return NULL;
	}
	if (!(tok = json_tokener_new())) {
		snprintf(why, why_size, "out of memory");
		return NULL;
	}
	o = json_tokener_parse_ex(tok, s, (int) n);
	err = json_tokener_get_error(tok);
	if (err == json_tokener_continue) {
		/* every byte was read; a NUL tells json-c the text ends, which completes
		 * a bare number or literal ("null", "12") and nothing else */
		o = json_tokener_parse_ex(tok, "", 1);
		err = json_tokener_get_error(tok);
		if (err == json_tokener_success && !o) {
			snprintf(why, why_size, "the answer is JSON null");
		} else if (err != json_tokener_success) {
			snprintf(why, why_size, "the JSON ends early");
		}
	} else if (err != json_tokener_success) {
		snprintf(why, why_size, "%s at byte %zu", json_tokener_error_desc(err), json_tokener_get_parse_end(tok));
	} else {
		/* trailing whitespace is fine, anything else is not */
		size_t i = json_tokener_get_parse_end(tok);
		while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) {
			i++;
		}
		if (i != n) {
			snprintf(why, why_size, "unexpected data after the JSON value at byte %zu", i);
			err = json_tokener_error_parse_unexpected;
		} else if (!o) {
			snprintf(why, why_size, "the answer is JSON null");
		}
	}
	if (err != json_tokener_success) {
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	return o;
}

static cm_doc_type cm_json_node_type(const void *node)
{
	switch (json_object_get_type((json_object *) node)) {
		case json_type_boolean:
			return CM_DOC_BOOL;
		case json_type_int:
			return CM_DOC_INT;
		case json_type_double:
			return CM_DOC_FLOAT;
		case json_type_string:
			return CM_DOC_STRING;
		case json_type_array:
			return CM_DOC_LIST;
		case json_type_object:
			return CM_DOC_OBJECT;
		default:
			return CM_DOC_MISSING;
	}
}

static const void *cm_json_node_member(const void *node, const char *name, size_t len)
{
	json_object *v = NULL;

	/* json-c looks members up by NUL-terminated name; every name asked for is one */
	return json_object_is_type((json_object *) node, json_type_object)
		&& json_object_object_get_ex((json_object *) node, name, &v) ? v : NULL;
}

static size_t cm_json_node_length(const void *node)
{
	json_object *o = (json_object *) node;

	if (json_object_is_type(o, json_type_array)) {
		return json_object_array_length(o);
	}
	return json_object_is_type(o, json_type_object) ? (size_t) json_object_object_length(o) : 0;
}

static const void *cm_json_node_index(const void *node, size_t i)
{
	return json_object_array_get_idx((json_object *) node, i);
}

static cm_str cm_json_node_string(const void *node)
{
	cm_str s = {json_object_get_string((json_object *) node), (size_t) json_object_get_string_len((json_object *) node)};

	return s;
}

static int64_t cm_json_node_integer(const void *node)
{
	return json_object_get_int64((json_object *) node);
}

static double cm_json_node_number(const void *node)
{
	return json_object_get_double((json_object *) node);
}

static bool cm_json_node_boolean(const void *node)
{
	return json_object_get_boolean((json_object *) node);
}

static const cm_doc_ops cm_json_ops = {
	cm_json_node_type, cm_json_node_member, cm_json_node_length, cm_json_node_index,
	cm_json_node_string, cm_json_node_integer, cm_json_node_number, cm_json_node_boolean,
};

cm_doc cm_json_doc(json_object *o)
{
	cm_doc d = {&cm_json_ops, o};

	return d;
}

json_object *cm_json_get(json_object *o, const char *key)
{
	json_object *v = NULL;

	return o && json_object_is_type(o, json_type_object) && json_object_object_get_ex(o, key, &v) ? v : NULL;
}

const char *cm_json_string(json_object *o, const char *key)
{
	json_object *v = cm_json_get(o, key);

	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

size_t cm_json_errors(json_object *body, cm_api_error *out, size_t max)
{
	return cm_answer_errors(cm_json_doc(body), out, max);
}

json_object *cm_json_order(json_object *body)
{
	json_object *order = cm_json_get(body, "order");

	if (order && json_object_is_type(order, json_type_object)) {
		return order;
	}
	return cm_json_get(body, "orderLines") ? body : NULL;
}

const char *cm_json_order_status(json_object *body, cm_error *e)
{
	return cm_answer_order_status(cm_json_doc(body), e);
}

cm_shown cm_json_shipment_shown(json_object *order, const cm_shipment *s, char *line, size_t line_size)
{
	return cm_answer_shipment_shown(cm_json_doc(order), s, line, line_size);
}

cm_shown cm_json_cancellation_shown(json_object *order, const cm_cancellation *c, char *line, size_t line_size)
{
	return cm_answer_cancellation_shown(cm_json_doc(order), c, line, line_size);
}

bool cm_json_shows_shipment(json_object *order, const cm_shipment *s)
{
	char line[32];

	return cm_json_shipment_shown(order, s, line, sizeof(line)) == CM_SHOWN_YES;
}

bool cm_json_shows_cancellation(json_object *order, const cm_cancellation *c)
{
	char line[32];

	return cm_json_cancellation_shown(order, c, line, sizeof(line)) == CM_SHOWN_YES;
}

bool cm_json_intent_to_cancel(json_object *order)
{
	return cm_answer_intent_to_cancel(cm_json_doc(order));
}

static void *cm_json_decoder_parse(void *ctx, const char *s, size_t n, char *why, size_t why_size)
{
	return cm_json_parse(s, n, why, why_size);
}

static cm_doc cm_json_decoder_root(const void *doc)
{
	return cm_json_doc((json_object *) doc);
}

static void cm_json_decoder_release(void *doc)
{
	json_object_put(doc);
}

const cm_decoder cm_json_decoder = {cm_json_decoder_parse, cm_json_decoder_root, cm_json_decoder_release, NULL};
