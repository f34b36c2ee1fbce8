#include "page_home.h"

#include "aggregate.h"
#include "exam_text.h"
#include "label.h"
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
	add_link(p, links, "Results by student", buf_cstr(&path));
	if (view_has_items(v)) {
		buf_reset(&path);
		paths_view(&path, v->cohort->dir, PATHS_ITEMS, a,
			   v->slice->year, ".html");
		add_link(p, links, "Results by item", buf_cstr(&path));
	}
	if (view_has_targets(v)) {
		buf_reset(&path);
		paths_view(&path, v->cohort->dir, PATHS_TARGETS, a,
			   v->slice->year, ".html");
		add_link(p, links, "Target results", buf_cstr(&path));
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
	tv_set_str(p->doc, c, "kind", label_kind(a->kind));
	tv_set_str(p->doc, c, "subject", label_subject(a->subject));
	label_grade(&b, a->grade);
	tv_set_str(p->doc, c, "grade", buf_cstr(&b));
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
	tv_set_str(p->doc, y, "year", buf_cstr(&b));
	for (n = 0; n < count && views[n].slice->year == views[0].slice->year;
	     n++)
		card(p, cards, &views[n]);
	buf_reset(&b);
	if (page_dashboard_wanted(views, n)) {
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

	for (i = 0; i < p->site->guide_count; i++)
		add_link(p, list, p->site->guides[i].title,
			 p->site->guides[i].path);
}

static void group_facts(struct page *p, const struct ds_group *g)
{
	struct tvalue *m = tv_set_map(p->doc, p->data, "group");
	struct buf b = BUF_INIT;

	exam_text_year(&b, g->year);
	tv_set_str(p->doc, m, "year", buf_cstr(&b));
	tv_set_str(p->doc, m, "subject", g->subject ? g->subject : "All");
	tv_set_num(p->doc, m, "members", g->member_count);
	page_crumb(p, "Groups", "groups/index.html");
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
	tv_set_printf(p.doc, p.data, "students_text", "%d student%s",
		      s->ds->roster_count, s->ds->roster_count == 1 ? "" : "s");
	years = tv_set_list(p.doc, p.data, "years");
	for (i = 0; i < count;)
		i += year_section(&p, years, c, views + i, count - i);
	return page_end(&p, "home");
}
