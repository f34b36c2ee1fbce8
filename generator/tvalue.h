/*
 * The values a page template is rendered from: strings, numbers,
 * booleans, lists and maps, built by the page code as a tree.
 *
 * A document owns every value and string made through it; tv_doc_free()
 * releases them all at once.  Map keys are not copied: pass string
 * literals or strings that outlive the document.
 */
#ifndef SCOREBOOK_TVALUE_H
#define SCOREBOOK_TVALUE_H

#include <stddef.h>

enum tv_type { TV_NULL, TV_STRING, TV_NUMBER, TV_BOOL, TV_LIST, TV_MAP };

struct tvalue {
	enum tv_type type;
	const char *key;     /* the member's name when inside a map */
	unsigned key_hash;   /* tv_hash(key), to compare names quickly */
	struct tvalue *next; /* the following item or member */
	union {
		struct {
			const char *s;
			size_t len;
		} str;
		double num;
		int flag;
		struct {
			struct tvalue *head, *tail;
			int count;
		} kids; /* list items or map members */
	} u;
};

struct tv_doc;

struct tv_doc *tv_doc_new(void);
void tv_doc_free(struct tv_doc *doc);
/* Drop every value but keep the memory for the next page. */
void tv_doc_reset(struct tv_doc *doc);

struct tvalue *tv_map(struct tv_doc *doc);
struct tvalue *tv_list(struct tv_doc *doc);
struct tvalue *tv_str(struct tv_doc *doc, const char *s);
struct tvalue *tv_num(struct tv_doc *doc, double v);
struct tvalue *tv_bool(struct tv_doc *doc, int v);
/* A string the document keeps a copy of, formatted like printf. */
struct tvalue *tv_printf(struct tv_doc *doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Append an item to a list; returns the item. */
struct tvalue *tv_push(struct tvalue *list, struct tvalue *item);
/* Add a member to a map; returns the value.  Keys are looked up first
 * to last, so setting a key twice keeps the first value. */
struct tvalue *tv_set(struct tvalue *map, const char *key, struct tvalue *v);
void tv_set_str(struct tv_doc *doc, struct tvalue *map, const char *key,
		const char *s);
void tv_set_num(struct tv_doc *doc, struct tvalue *map, const char *key,
		double v);
void tv_set_bool(struct tv_doc *doc, struct tvalue *map, const char *key,
		 int v);
void tv_set_printf(struct tv_doc *doc, struct tvalue *map, const char *key,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A new map or list, already set under key. */
struct tvalue *tv_set_map(struct tv_doc *doc, struct tvalue *map,
			  const char *key);
struct tvalue *tv_set_list(struct tv_doc *doc, struct tvalue *map,
			   const char *key);
/* map.key = a read-only view of the members of map `shared`, which
 * must outlive the document and never be appended to through it. */
void tv_set_view(struct tv_doc *doc, struct tvalue *map, const char *key,
		 const struct tvalue *shared);
/* A new map appended to a list. */
struct tvalue *tv_push_map(struct tv_doc *doc, struct tvalue *list);

/* The member named key, or NULL; v may be NULL or not a map. */
const struct tvalue *tv_get(const struct tvalue *v, const char *key);
/* The same with the key's tv_hash() worked out once by the caller. */
const struct tvalue *tv_get_hashed(const struct tvalue *v, const char *key,
				   unsigned hash);
unsigned tv_hash(const char *key);
/* Missing, false, empty string, empty list and zero are false. */
int tv_truthy(const struct tvalue *v);

#endif
