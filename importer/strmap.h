/*
 * A map from strings to 64-bit values, for the per-file caches of the
 * delimited importers (school ids, assessments, groups seen).  The map
 * keeps its own copies of the keys; strmap_release() frees everything.
 */
#ifndef SCOREBOOK_STRMAP_H
#define SCOREBOOK_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_slot {
	char *key;
	int64_t value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t size, used; /* size is zero or a power of two */
};

#define STRMAP_INIT                                                            \
	{                                                                      \
		NULL, 0, 0                                                     \
	}

/* 1 and the value when key is in the map, 0 otherwise. */
int strmap_get(const struct strmap *m, const char *key, int64_t *value);
/* Add key, or replace its value. */
void strmap_put(struct strmap *m, const char *key, int64_t value);
void strmap_release(struct strmap *m);

#endif
