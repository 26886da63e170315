/* A read-only view of a decoded JSON document, so the rules that read Walmart's
 * answers (cm_answer.c) are written once and run on any decoder: json-c in the
 * core (cm_json.c, cm_json_doc) and PHP arrays in the binding (php_cm_input.c).
 * An implementation is a table of operations over its own node pointer; the
 * core never sees the decoder's types.
 *
 * Ownership: a cm_doc borrows its node, and everything read through it
 * (members, elements, string bytes) is borrowed from the same document, valid
 * while the document is alive and unchanged. Nothing here allocates. */
#ifndef CM_DOC_H
#define CM_DOC_H

#include "cm_core.h"

typedef enum {
	CM_DOC_MISSING = 0, /* absent, or JSON null: null means "not given", as in the PHP input */
	CM_DOC_BOOL,
	CM_DOC_INT,
	CM_DOC_FLOAT,
	CM_DOC_STRING,
	CM_DOC_LIST,        /* a JSON array (a PHP list; an empty PHP array is a list) */
	CM_DOC_OBJECT,      /* a JSON object (a PHP array with other keys) */
	CM_DOC_OTHER        /* anything JSON cannot hold (a PHP object, say) */
} cm_doc_type;

typedef struct {
	/* The node's type; never called with NULL. */
	cm_doc_type (*type)(const void *node);
	/* The member called name (len bytes) of an object, or NULL when node is no
	 * object, has no such member, or the member is null. */
	const void *(*member)(const void *node, const char *name, size_t len);
	/* Elements of a list, members of an object; 0 for anything else. */
	size_t (*length)(const void *node);
	/* Element i < length of a list; NULL for a null element. */
	const void *(*index)(const void *node, size_t i);
	/* The value of a STRING, INT (clamped to int64), FLOAT or BOOL node. */
	cm_str (*string)(const void *node);
	int64_t (*integer)(const void *node);
	double (*number)(const void *node);
	bool (*boolean)(const void *node);
} cm_doc_ops;

typedef struct {
	const cm_doc_ops *ops;
	const void *node;   /* NULL: missing */
} cm_doc;

static inline cm_doc_type cm_doc_type_of(cm_doc d)
{
	return d.node ? d.ops->type(d.node) : CM_DOC_MISSING;
}

static inline bool cm_doc_is_array(cm_doc d)
{
	cm_doc_type t = cm_doc_type_of(d);

	return t == CM_DOC_LIST || t == CM_DOC_OBJECT;
}

/* d[name]; missing when d is no object or has no such member. */
static inline cm_doc cm_doc_get(cm_doc d, const char *name)
{
	cm_doc m = {d.ops, NULL};
	size_t len = 0;

	while (name[len]) {
		len++;
	}
	if (d.node) {
		m.node = d.ops->member(d.node, name, len);
	}
	return m;
}

static inline size_t cm_doc_length(cm_doc d)
{
	return d.node ? d.ops->length(d.node) : 0;
}

/* Element i of a list (i < cm_doc_length). */
static inline cm_doc cm_doc_at(cm_doc d, size_t i)
{
	cm_doc m = {d.ops, d.node ? d.ops->index(d.node, i) : NULL};

	return m;
}

/* d as a string, or ptr NULL when it is not one. */
static inline cm_str cm_doc_str(cm_doc d)
{
	cm_str none = {NULL, 0};

	return cm_doc_type_of(d) == CM_DOC_STRING ? d.ops->string(d.node) : none;
}

/* How a value's type is named in messages: PHP's names, since a JSON object
 * and a JSON array are both a PHP array and the messages must not depend on
 * which decoder read the answer. */
static inline const char *cm_doc_type_name(cm_doc_type t)
{
	static const char *const names[] = {"null", "bool", "int", "float", "string", "array", "array", "object"};

	return names[t];
}

/* How answers are decoded into documents: the engine's only way to read JSON.
 * The core's own is json-c (cm_json_decoder, cm_json.c: core tests, fuzzers);
 * the binding's decodes with PHP's JSON parser, so that the decoded answer is
 * the result's order, as PHP arrays, with no second parse or copy. */
typedef struct {
	/* A new document for s[0..n), or NULL (why filled, why_size > 0) when it is
	 * not one JSON value, or is JSON null. */
	void *(*parse)(void *ctx, const char *s, size_t n, char *why, size_t why_size);
	/* The document's root value, borrowed from it. */
	cm_doc (*root)(const void *doc);
	/* Frees a document (NULL is fine). */
	void (*release)(void *doc);
	void *ctx;
} cm_decoder;

#endif
