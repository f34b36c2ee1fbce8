#include "page_teacher.h"

#include "escape.h"
#include "exam_text.h"
#include "page.h"
#include "paths.h"

static void group_item(struct page *p, struct buf *body,
		       const struct ds_group *g)
{
	struct buf dir = BUF_INIT, year = BUF_INIT, members = BUF_INIT;
	struct buf facts = BUF_INIT;

	paths_group_dir(&dir, g);
	buf_puts(body, "<li><a href=\"");
	escape_url_path(body, buf_cstr(&dir));
	buf_puts(body, "/index.html\">");
	escape_html(body, g->name);
	buf_puts(body, "</a> ");
	exam_text_year(&year, g->year);
	i18n_count(&members, p->site->lang, "teacher.students",
		   g->member_count);
	i18n_format(&facts, p->site->lang, "teacher.group", buf_cstr(&year),
		    buf_cstr(&members), (char *)NULL);
	escape_html(body, buf_cstr(&facts));
	buf_puts(body, "</li>\n");
	buf_release(&dir);
	buf_release(&year);
	buf_release(&members);
	buf_release(&facts);
}

int page_teacher_home(struct site *s)
{
	struct buf body = BUF_INIT;
	struct page p;
	int i, rc;

	page_begin(&p, s, "index.html", i18n_text(s->lang, "teacher.title"));
	buf_puts(&body, "<p class=\"lead\">");
	escape_html(&body, page_text(&p, "teacher.lead"));
	buf_puts(&body, "</p>\n<ul class=\"links\">\n");
	for (i = 0; i < s->ds->group_count; i++)
		group_item(&p, &body, &s->ds->groups[i]);
	buf_puts(&body, "</ul>\n");
	page_set_fragment(&p, p.data, "body", &body);
	tv_set_list(p.doc, p.data, "guides");
	rc = page_end(&p, "guide");
	buf_release(&body);
	return rc;
}
