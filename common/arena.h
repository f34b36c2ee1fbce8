/*
 * A bump allocator for the short-lived strings of one document.
 *
 * Everything taken from an arena lives until arena_reset() or
 * arena_release(); callers never free pieces of it.
 */
#ifndef SCOREBOOK_ARENA_H
#define SCOREBOOK_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
};

#define ARENA_INIT                                                             \
	{                                                                      \
		NULL                                                           \
	}

void *arena_alloc(struct arena *a, size_t size);
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_strdup(struct arena *a, const char *s);
void arena_reset(struct arena *a);
void arena_release(struct arena *a);

#endif
