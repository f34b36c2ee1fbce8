#include "school_list.h"

#include <stdlib.h>
#include <string.h>

#include "store_read.h"
#include "xalloc.h"

static const char *keep(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static int add_school(void *ctx, const struct store_school_row *r)
{
	struct school_list *l = ctx;
	struct ds_school *d;

	if (l->count == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 32;
		l->rows = xrealloc(l->rows, (size_t)l->alloc * sizeof(*d));
	}
	d = &l->rows[l->count++];
	d->id = r->id;
	d->natural_id = keep(&l->arena, r->natural_id);
	d->name = keep(&l->arena, r->name);
	d->district_id = keep(&l->arena, r->district_natural_id);
	d->district_name = keep(&l->arena, r->district_name);
	return 0;
}

static int by_id(const void *a, const void *b)
{
	const struct ds_school *x = *(const struct ds_school *const *)a;
	const struct ds_school *y = *(const struct ds_school *const *)b;

	return (x->id > y->id) - (x->id < y->id);
}

int school_list_load(struct school_list *l, struct store *s)
{
	int i, rc;

	memset(l, 0, sizeof(*l));
	rc = store_read_schools(s, add_school, l);
	if (rc < 0)
		return rc;
	l->by_id = xcalloc((size_t)l->count + 1, sizeof(*l->by_id));
	for (i = 0; i < l->count; i++)
		l->by_id[i] = &l->rows[i];
	qsort(l->by_id, (size_t)l->count, sizeof(*l->by_id), by_id);
	return 0;
}

void school_list_release(struct school_list *l)
{
	arena_release(&l->arena);
	free(l->rows);
	free(l->by_id);
	memset(l, 0, sizeof(*l));
}

const struct ds_school *school_list_find(const struct school_list *l,
					 const char *natural_id)
{
	int lo = 0, hi = l->count - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;
		int c = strcmp(l->rows[mid].natural_id, natural_id);

		if (!c)
			return &l->rows[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

const struct ds_school *school_list_by_id(const struct school_list *l,
					  int64_t id)
{
	struct ds_school key, *kp = &key, **hit;

	key.id = id;
	hit =
	    bsearch(&kp, l->by_id, (size_t)l->count, sizeof(*l->by_id), by_id);
	return hit ? *hit : NULL;
}
