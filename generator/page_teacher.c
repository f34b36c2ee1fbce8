#include "page_teacher.h"

#include "escape.h"
#include "page.h"
#include "paths.h"

static void group_item(struct buf *body, const struct ds_group *g)
{
	struct buf dir = BUF_INIT;

	paths_group_dir(&dir, g);
	buf_puts(body, "<li><a href=\"");
	escape_url_path(body, buf_cstr(&dir));
	buf_puts(body, "/index.html\">");
	escape_html(body, g->name);
	buf_printf(body, "</a> (%d-%02d, %d student%s)</li>\n", g->year - 1,
		   g->year % 100, g->member_count,
		   g->member_count == 1 ? "" : "s");
	buf_release(&dir);
}

int page_teacher_home(struct site *s)
{
	struct buf body = BUF_INIT;
	struct page p;
	int i, rc;

	page_begin(&p, s, "index.html", "My groups");
	buf_puts(&body,
		 "<p class=\"lead\">The results of the students in "
		 "the groups assigned to you.</p>\n<ul class=\"links\">\n");
	for (i = 0; i < s->ds->group_count; i++)
		group_item(&body, &s->ds->groups[i]);
	buf_puts(&body, "</ul>\n");
	page_set_fragment(&p, p.data, "body", &body);
	tv_set_list(p.doc, p.data, "guides");
	rc = page_end(&p, "guide");
	buf_release(&body);
	return rc;
}
