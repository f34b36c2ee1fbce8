#include "paths.h"

#include <inttypes.h>
#include <string.h>

#include "escape.h"

#define SLUG_MAX 48

void paths_slug(struct buf *b, const char *text)
{
	const char *p = text;
	size_t start = b->len;
	int dash = 0;

	/* "(SBAC)SBAC-SUM-..." drops its source prefix. */
	if (p[0] == '(' && strchr(p, ')'))
		p = strchr(p, ')') + 1;
	for (; *p && b->len - start < SLUG_MAX; p++) {
		char c = *p;

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b->len > start)
				buf_putc(b, '-');
			buf_putc(b, c);
			dash = 0;
		} else {
			dash = 1;
		}
	}
	if (b->len == start)
		buf_puts(b, "assessment");
}

void paths_view(struct buf *b, const char *dir, enum paths_view view,
		const struct ds_assessment *a, int year, const char *suffix)
{
	static const char *const names[] = { "results", "items", "targets" };

	buf_printf(b, "%s/%s-%d-", dir, names[view], year);
	paths_slug(b, a->natural_id);
	buf_printf(b, "-a%" PRId64 "%s", a->id, suffix);
}

void paths_dashboard(struct buf *b, const char *dir, int year,
		     const char *suffix)
{
	buf_printf(b, "%s/dashboard-%d%s", dir, year, suffix);
}

void paths_student(struct buf *b, const struct ds_student *p,
		   const char *suffix)
{
	buf_printf(b, "students/s%" PRId64 "%s", p->id, suffix);
}

void paths_group_dir(struct buf *b, const struct ds_group *g)
{
	buf_printf(b, "groups/g%" PRId64, g->id);
}

void paths_link(struct buf *b, const char *from, const char *to)
{
	const char *p;

	for (p = strchr(from, '/'); p; p = strchr(p + 1, '/'))
		buf_puts(b, "../");
	escape_url_path(b, to);
}
