#include "page_home.h"

#include "aggregate.h"
#include "exam_text.h"
#include "label.h"
#include "words.h"
#include "page.h"
#include "page_dashboard.h"
#include "paths.h"

static void add_link(struct page *p, struct tvalue *links, const char *label,
		     const char *target)
{
	struct tvalue *l = tv_push_map(p->doc, links);

	tv_set_str(p->doc, l, "label", label);
	page_set_link(p, l, "link", target);
}

static void view_links(struct page *p, struct tvalue *card,
		       const struct view *v)
{
	struct tvalue *links = tv_set_list(p->doc, card, "links");
	const struct ds_assessment *a = v->slice->asmt;
	struct buf path = BUF_INIT;

	paths_view(&path, v->cohort->dir, PATHS_RESULTS, a, v->slice->year,
		   ".html");
	add_link(p, links, page_text(p, "link.results"), buf_cstr(&path));
	if (view_has_items(v)) {
		buf_reset(&path);
		paths_view(&path, v->cohort->dir, PATHS_ITEMS, a,
			   v->slice->year, ".html");
		add_link(p, links, page_text(p, "link.items"), buf_cstr(&path));
	}
	if (view_has_targets(v)) {
		buf_reset(&path);
		paths_view(&path, v->cohort->dir, PATHS_TARGETS, a,
			   v->slice->year, ".html");
		add_link(p, links, page_text(p, "link.targets"),
			 buf_cstr(&path));
	}
	buf_release(&path);
}

static void card(struct page *p, struct tvalue *list, const struct view *v)
{
	const struct ds_assessment *a = v->slice->asmt;
	struct tvalue *c = tv_push_map(p->doc, list);
	struct aggregate agg;
	struct buf b = BUF_INIT;

	tv_set_str(p->doc, c, "name", label_assessment(a));
	tv_set_str(p->doc, c, "kind", words_kind(p->site->lang, a->kind));
	tv_set_str(p->doc, c, "subject",
		   words_subject(p->site->lang, a->subject));
	words_grade(&b, p->site->lang, a->grade);
	page_set_format(p, c, "grade", "home.grade", buf_cstr(&b),
			(char *)NULL);
	aggregate_view(&agg, v);
	aggregate_put(p, c, &agg, a);
	view_links(p, c, v);
	buf_release(&b);
}

/* One year: its assessments, and its block dashboard when it has one. */
static int year_section(struct page *p, struct tvalue *years,
			const struct cohort *c, const struct view *views,
			int count)
{
	struct tvalue *y = tv_push_map(p->doc, years);
	struct tvalue *cards = tv_set_list(p->doc, y, "assessments");
	struct buf b = BUF_INIT;
	int n;

	exam_text_year(&b, views[0].slice->year);
	page_set_format(p, y, "heading", "home.year", buf_cstr(&b),
			(char *)NULL);
	for (n = 0; n < count && views[n].slice->year == views[0].slice->year;
	     n++)
		card(p, cards, &views[n]);
	buf_reset(&b);
	if (page_dashboard_wanted(views, n)) {
		exam_text_year(&b, views[0].slice->year);
		page_set_format(p, y, "dashboard_text", "home.dashboard",
				buf_cstr(&b), (char *)NULL);
		buf_reset(&b);
		paths_dashboard(&b, c->dir, views[0].slice->year, ".html");
		page_set_link(p, y, "dashboard", buf_cstr(&b));
	} else {
		tv_set_str(p->doc, y, "dashboard", "");
	}
	buf_release(&b);
	return n;
}

static void guides(struct page *p)
{
	struct tvalue *list = tv_set_list(p->doc, p->data, "guides");
	int i;

	for (i = 0; i < p->site->guides->count; i++)
		add_link(p, list, p->site->guides->items[i].title,
			 p->site->guides->items[i].path);
}

static void group_facts(struct page *p, const struct ds_group *g)
{
	struct tvalue *m = tv_set_map(p->doc, p->data, "group");
	struct buf b = BUF_INIT;

	exam_text_year(&b, g->year);
	page_set_format(p, m, "year", "home.group_year", buf_cstr(&b),
			(char *)NULL);
	page_set_format(p, m, "subject", "home.group_subject",
			g->subject ? g->subject : page_text(p, "groups.all"),
			(char *)NULL);
	page_set_count(p, m, "members", "home.group_members", g->member_count);
	page_crumb(p, page_text(p, "nav.groups"), "groups/index.html");
	buf_release(&b);
}

int page_home(struct site *s, const struct cohort *c, const struct view *views,
	      int count)
{
	struct tvalue *years;
	struct page p;
	int i;

	page_begin(&p, s, c->home, c->name);
	tv_set_bool(p.doc, p.data, "is_school", c->group == NULL);
	if (c->group)
		group_facts(&p, c->group);
	else
		guides(&p);
	page_set_count(&p, p.data, "students_text", "home.students",
		       s->ds->roster_count);
	years = tv_set_list(p.doc, p.data, "years");
	for (i = 0; i < count;)
		i += year_section(&p, years, c, views + i, count - i);
	return page_end(&p, "home");
}
