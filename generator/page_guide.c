#include "page_guide.h"

#include "page.h"

int page_guide(struct site *s, const struct guide *g)
{
	struct tvalue *guides;
	struct page p;
	int i;

	page_begin(&p, s, g->path, g->title);
	/* cmark's safe mode already dropped raw HTML and unsafe links. */
	tv_set_str(p.doc, p.data, "body", g->html);
	guides = tv_set_list(p.doc, p.data, "guides");
	for (i = 0; i < s->guide_count; i++) {
		struct tvalue *m = tv_push_map(p.doc, guides);

		tv_set_str(p.doc, m, "label", s->guides[i].title);
		page_set_link(&p, m, "link", s->guides[i].path);
		tv_set_bool(p.doc, m, "current", s->guides[i].path == g->path);
	}
	return page_end(&p, "guide");
}

int page_guide_index(struct site *s)
{
	struct tvalue *guides;
	struct page p;
	int i;

	page_begin(&p, s, PAGE_GUIDE_INDEX, "Guide");
	guides = tv_set_list(p.doc, p.data, "guides");
	for (i = 0; i < s->guide_count; i++) {
		struct tvalue *m = tv_push_map(p.doc, guides);

		tv_set_str(p.doc, m, "label", s->guides[i].title);
		page_set_link(&p, m, "link", s->guides[i].path);
	}
	return page_end(&p, "guides");
}
