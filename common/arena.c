#include "arena.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct arena_block {
	struct arena_block *next;
	size_t used;
	size_t size;
	max_align_t data[];
};

#define ARENA_BLOCK_SIZE ((size_t)64 * 1024)

static size_t align_up(size_t n)
{
	size_t a = sizeof(max_align_t);

	return (n + a - 1) / a * a;
}

void *arena_alloc(struct arena *a, size_t size)
{
	struct arena_block *b = a->head;
	void *p;

	size = align_up(size ? size : 1);
	if (!b || b->size - b->used < size) {
		size_t want = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;

		b = xmalloc(sizeof(*b) + want);
		b->used = 0;
		b->size = want;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += size;
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

/* Keep the newest block for reuse; free the others. */
void arena_reset(struct arena *a)
{
	struct arena_block *b = a->head;

	if (!b)
		return;
	while (b->next) {
		struct arena_block *next = b->next->next;

		free(b->next);
		b->next = next;
	}
	b->used = 0;
}

void arena_release(struct arena *a)
{
	while (a->head) {
		struct arena_block *next = a->head->next;

		free(a->head);
		a->head = next;
	}
}
