#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* FNV-1a: short keys, no adversary that profits from collisions. */
static uint64_t hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* The slot holding key, or the empty slot where it belongs. */
static struct strmap_slot *find(const struct strmap *m, const char *key)
{
	size_t mask = m->size - 1;
	size_t i = (size_t)hash(key) & mask;

	while (m->slots[i].key && strcmp(m->slots[i].key, key))
		i = (i + 1) & mask;
	return &m->slots[i];
}

int strmap_get(const struct strmap *m, const char *key, int64_t *value)
{
	struct strmap_slot *slot;

	if (!m->size)
		return 0;
	slot = find(m, key);
	if (!slot->key)
		return 0;
	*value = slot->value;
	return 1;
}

/* Keep the load under one half so that probes stay short. */
static void grow(struct strmap *m)
{
	struct strmap old = *m;
	size_t i;

	m->size = old.size ? old.size * 2 : 64;
	m->slots = xcalloc(m->size, sizeof(*m->slots));
	for (i = 0; i < old.size; i++)
		if (old.slots[i].key)
			*find(m, old.slots[i].key) = old.slots[i];
	free(old.slots);
}

void strmap_put(struct strmap *m, const char *key, int64_t value)
{
	struct strmap_slot *slot;

	if ((m->used + 1) * 2 > m->size)
		grow(m);
	slot = find(m, key);
	if (!slot->key) {
		slot->key = xstrdup(key);
		m->used++;
	}
	slot->value = value;
}

void strmap_release(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->size; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof(*m));
}
