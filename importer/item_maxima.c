#include "item_maxima.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "store_tables.h"

struct filling {
	struct item_maxima *m;
	int64_t assessment_id;
	struct buf key;
};

/* The key of an item: no item key holds a space, so none is ambiguous. */
static void item_key_of(struct buf *key, int64_t assessment_id,
			const char *item_key)
{
	buf_reset(key);
	buf_printf(key, "%" PRId64 " %s", assessment_id, item_key);
}

static void remember(void *ctx, const char *item_key, int max_points)
{
	struct filling *f = ctx;

	item_key_of(&f->key, f->assessment_id, item_key);
	strmap_put(&f->m->points, buf_cstr(&f->key), max_points);
}

int item_maxima_get(struct item_maxima *m, struct store *s,
		    int64_t assessment_id, const char *item_key, int *max)
{
	struct filling f = { m, assessment_id, BUF_INIT };
	char id[24];
	int64_t value;
	int rc = 0;

	snprintf(id, sizeof(id), "%" PRId64, assessment_id);
	if (!strmap_get(&m->loaded, id, &value)) {
		rc = store_tables_item_maxima(s, assessment_id, remember, &f);
		if (rc == 0)
			strmap_put(&m->loaded, id, 1);
	}
	if (rc == 0) {
		item_key_of(&f.key, assessment_id, item_key);
		rc = strmap_get(&m->points, buf_cstr(&f.key), &value);
		if (rc)
			*max = (int)value;
	}
	buf_release(&f.key);
	return rc;
}

void item_maxima_forget(struct item_maxima *m)
{
	strmap_release(&m->points);
	strmap_release(&m->loaded);
}

void item_maxima_release(struct item_maxima *m)
{
	item_maxima_forget(m);
}
