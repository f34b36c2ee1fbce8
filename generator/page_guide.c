#include "page_guide.h"

#include <string.h>

#include "page.h"

/* The guide's pages as the page's readers see them. */
static void list_guides(struct page *p, const char *current)
{
	const struct site_guides *g = p->site->guides;
	struct tvalue *list = tv_set_list(p->doc, p->data, "guides");
	int i;

	for (i = 0; i < g->count; i++) {
		struct tvalue *m = tv_push_map(p->doc, list);

		tv_set_str(p->doc, m, "label", g->items[i].title);
		page_set_link(p, m, "link", g->items[i].path);
		tv_set_bool(p->doc, m, "current",
			    current && !strcmp(g->items[i].path, current));
	}
}

int page_guide(struct site *s, const struct guide *g)
{
	struct page p;

	page_begin(&p, s, g->path, g->title);
	/* cmark's safe mode already dropped raw HTML and unsafe links. */
	tv_set_str(p.doc, p.data, "body", g->html);
	list_guides(&p, g->path);
	return page_end(&p, "guide");
}

int page_guide_index(struct site *s)
{
	struct page p;

	page_begin(&p, s, s->guides->index, i18n_text(s->lang, "guide.title"));
	list_guides(&p, NULL);
	return page_end(&p, "guides");
}
