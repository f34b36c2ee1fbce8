#include "tvalue.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

struct tv_doc {
	struct arena arena;
};

struct tv_doc *tv_doc_new(void)
{
	return xcalloc(1, sizeof(struct tv_doc));
}

void tv_doc_free(struct tv_doc *doc)
{
	if (!doc)
		return;
	arena_release(&doc->arena);
	free(doc);
}

void tv_doc_reset(struct tv_doc *doc)
{
	arena_reset(&doc->arena);
}

static struct tvalue *make(struct tv_doc *doc, enum tv_type type)
{
	struct tvalue *v = arena_alloc(&doc->arena, sizeof(*v));

	memset(v, 0, sizeof(*v));
	v->type = type;
	return v;
}

struct tvalue *tv_map(struct tv_doc *doc)
{
	return make(doc, TV_MAP);
}

struct tvalue *tv_list(struct tv_doc *doc)
{
	return make(doc, TV_LIST);
}

struct tvalue *tv_str(struct tv_doc *doc, const char *s)
{
	struct tvalue *v = make(doc, TV_STRING);

	if (!s)
		s = "";
	v->u.str.len = strlen(s);
	v->u.str.s = arena_strndup(&doc->arena, s, v->u.str.len);
	return v;
}

struct tvalue *tv_num(struct tv_doc *doc, double n)
{
	struct tvalue *v = make(doc, TV_NUMBER);

	v->u.num = n;
	return v;
}

struct tvalue *tv_bool(struct tv_doc *doc, int flag)
{
	struct tvalue *v = make(doc, TV_BOOL);

	v->u.flag = !!flag;
	return v;
}

/* Short strings format once, on the stack; longer ones a second time. */
static struct tvalue *vformat(struct tv_doc *doc, const char *fmt, va_list ap)
{
	struct tvalue *v = make(doc, TV_STRING);
	char small[256];
	va_list again;
	char *s;
	int n;

	va_copy(again, ap);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof(small)) {
		s = arena_strndup(&doc->arena, small, (size_t)n);
	} else {
		s = arena_alloc(&doc->arena, (size_t)n + 1);
		vsnprintf(s, (size_t)n + 1, fmt, again);
	}
	va_end(again);
	v->u.str.s = s;
	v->u.str.len = (size_t)n;
	return v;
}

struct tvalue *tv_printf(struct tv_doc *doc, const char *fmt, ...)
{
	struct tvalue *v;
	va_list ap;

	va_start(ap, fmt);
	v = vformat(doc, fmt, ap);
	va_end(ap);
	return v;
}

static void append(struct tvalue *parent, struct tvalue *kid)
{
	if (parent->u.kids.tail)
		parent->u.kids.tail->next = kid;
	else
		parent->u.kids.head = kid;
	parent->u.kids.tail = kid;
	parent->u.kids.count++;
}

struct tvalue *tv_push(struct tvalue *list, struct tvalue *item)
{
	append(list, item);
	return item;
}

/* FNV-1a: names are short, and equal names must hash alike. */
unsigned tv_hash(const char *key)
{
	unsigned h = 2166136261u;

	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 16777619u;
	return h;
}

struct tvalue *tv_set(struct tvalue *map, const char *key, struct tvalue *v)
{
	v->key = key;
	v->key_hash = tv_hash(key);
	append(map, v);
	return v;
}

void tv_set_view(struct tv_doc *doc, struct tvalue *map, const char *key,
		 const struct tvalue *shared)
{
	struct tvalue *v = make(doc, TV_MAP);

	/* The members stay where they are; only the head is new. */
	v->u.kids = shared->u.kids;
	tv_set(map, key, v);
}

void tv_set_str(struct tv_doc *doc, struct tvalue *map, const char *key,
		const char *s)
{
	tv_set(map, key, tv_str(doc, s));
}

void tv_set_num(struct tv_doc *doc, struct tvalue *map, const char *key,
		double v)
{
	tv_set(map, key, tv_num(doc, v));
}

void tv_set_bool(struct tv_doc *doc, struct tvalue *map, const char *key, int v)
{
	tv_set(map, key, tv_bool(doc, v));
}

void tv_set_printf(struct tv_doc *doc, struct tvalue *map, const char *key,
		   const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tv_set(map, key, vformat(doc, fmt, ap));
	va_end(ap);
}

struct tvalue *tv_set_map(struct tv_doc *doc, struct tvalue *map,
			  const char *key)
{
	return tv_set(map, key, tv_map(doc));
}

struct tvalue *tv_set_list(struct tv_doc *doc, struct tvalue *map,
			   const char *key)
{
	return tv_set(map, key, tv_list(doc));
}

struct tvalue *tv_push_map(struct tv_doc *doc, struct tvalue *list)
{
	return tv_push(list, tv_map(doc));
}

const struct tvalue *tv_get_hashed(const struct tvalue *v, const char *key,
				   unsigned hash)
{
	const struct tvalue *m;

	if (!v || v->type != TV_MAP)
		return NULL;
	for (m = v->u.kids.head; m; m = m->next)
		if (m->key_hash == hash && !strcmp(m->key, key))
			return m;
	return NULL;
}

const struct tvalue *tv_get(const struct tvalue *v, const char *key)
{
	return tv_get_hashed(v, key, tv_hash(key));
}

int tv_truthy(const struct tvalue *v)
{
	if (!v)
		return 0;
	switch (v->type) {
	case TV_NULL:
		return 0;
	case TV_STRING:
		return v->u.str.len > 0;
	case TV_NUMBER:
		return v->u.num != 0;
	case TV_BOOL:
		return v->u.flag;
	case TV_LIST:
		return v->u.kids.count > 0;
	case TV_MAP:
		return 1;
	}
	return 0;
}
