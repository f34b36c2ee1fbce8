#include "page_results.h"

#include <stdio.h>

#include "aggregate.h"
#include "exam_text.h"
#include "item_stats.h"
#include "label.h"
#include "words.h"
#include "page_items.h"
#include "page.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"

void page_results_heading(struct page *p, const struct view *v,
			  const char *what_key)
{
	const struct ds_assessment *a = v->slice->asmt;
	const struct i18n *lang = p->site->lang;
	struct buf grade = BUF_INIT, year = BUF_INIT;

	words_grade(&grade, lang, a->grade);
	exam_text_year(&year, v->slice->year);
	page_set_format(p, p->data, "subtitle", "results.subtitle",
			words_kind(lang, a->kind),
			words_subject(lang, a->subject), buf_cstr(&grade),
			buf_cstr(&year), (char *)NULL);
	tv_set_str(p->doc, p->data, "what", page_text(p, what_key));
	tv_set_str(p->doc, p->data, "cohort", v->cohort->name);
	page_crumb(p, v->cohort->name, v->cohort->home);
	buf_release(&grade);
	buf_release(&year);
}

static void view_link(struct page *p, struct tvalue *links,
		      const char *label_key, const struct view *v,
		      enum paths_view kind)
{
	struct buf path = BUF_INIT;
	struct tvalue *l = tv_push_map(p->doc, links);

	paths_view(&path, v->cohort->dir, kind, v->slice->asmt, v->slice->year,
		   ".html");
	tv_set_str(p->doc, l, "label", page_text(p, label_key));
	page_set_link(p, l, "link", buf_cstr(&path));
	buf_release(&path);
}

static void put_links(struct page *p, const struct view *v)
{
	struct tvalue *links = tv_set_list(p->doc, p->data, "views");

	if (view_has_items(v))
		view_link(p, links, "link.items", v, PATHS_ITEMS);
	if (view_has_targets(v))
		view_link(p, links, "link.targets", v, PATHS_TARGETS);
}

static void columns(struct page *p, struct grid *t, const struct aggregate *agg,
		    const struct ds_assessment *a)
{
	int k;

	grid_column(t, page_text(p, "column.student"),
		    GRID_ROWHEAD | GRID_SORTED);
	grid_column(t, page_text(p, "column.ssid"), 0);
	grid_column(t, page_text(p, "column.date"), 0);
	grid_column(t, page_text(p, "column.grade"), GRID_FILTER);
	grid_column(t, page_text(p, "column.session"), 0);
	grid_column(t, page_text(p, "column.completeness"), GRID_FILTER);
	grid_column(t, page_text(p, "column.condition"), GRID_FILTER);
	grid_column(t, page_text(p, "column.level"), GRID_FILTER);
	grid_column(t, page_text(p, "column.scale_score"),
		    GRID_NUM | GRID_HTML_ONLY);
	/* The CSV's score columns are named as the state's files name
	 * them, for spreadsheets that read both. */
	grid_column(t, "ScaleScore", GRID_NUM | GRID_CSV_ONLY);
	grid_column(t, "StandardError", GRID_NUM | GRID_CSV_ONLY);
	for (k = 0; k < agg->claim_count; k++)
		grid_column(
		    t,
		    words_claim(p->site->lang, a->subject, agg->claims[k].code),
		    GRID_FILTER);
	grid_column(t, page_text(p, "column.history"), GRID_HTML_ONLY);
}

static void score_cells(struct grid *t, const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	exam_text_score(&b, t->page->site->lang, e);
	grid_cell_sort(t, buf_cstr(&b), e->has_scale_score, e->scale_score);
	buf_reset(&b);
	if (e->has_scale_score)
		buf_printf(&b, "%ld", stats_round(e->scale_score));
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	if (e->has_scale_se)
		buf_printf(&b, "%ld", stats_round(e->scale_se));
	grid_cell(t, buf_cstr(&b));
	buf_release(&b);
}

/* The student's name, linked to their report. */
static void student_cell(struct grid *t, const struct ds_student *st)
{
	struct buf name = BUF_INIT, path = BUF_INIT;

	words_student(&name, t->page->site->lang, st);
	paths_student(&path, st, ".html");
	grid_cell_link(t, buf_cstr(&name), buf_cstr(&path));
	buf_release(&name);
	buf_release(&path);
}

static void claim_cells(struct grid *t, const struct aggregate *agg,
			const struct ds_exam *e)
{
	int k;

	for (k = 0; k < agg->claim_count; k++) {
		const struct ds_score *c = aggregate_find(agg, k, e);
		const char *words =
		    c ? words_sublevel(t->page->site->lang, e->asmt, c->code,
				       c->level)
		      : NULL;

		grid_cell(t, words ? words : "");
	}
}

static void exam_row(struct grid *t, const struct aggregate *agg,
		     const struct ds_exam *e)
{
	const struct i18n *lang = t->page->site->lang;
	struct buf b = BUF_INIT;

	grid_row(t);
	student_cell(t, e->student);
	grid_cell(t, e->student->ssid);
	exam_text_date(&b, lang, e);
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	words_grade(&b, lang, e->grade);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, e->session_id);
	grid_cell(t, words_completeness(lang, e->completeness));
	grid_cell(t, words_condition(lang, e->admin_condition));
	grid_cell(t, exam_text_level(lang, e));
	score_cells(t, e);
	claim_cells(t, agg, e);
	buf_reset(&b);
	paths_student(&b, e->student, "-history.html");
	grid_cell_link(t, i18n_text(lang, "link.history"), buf_cstr(&b));
	buf_release(&b);
}

static void claims_table(struct page *p, const struct aggregate *agg,
			 const struct ds_assessment *a)
{
	struct grid t;
	char text[32];
	int k, l;

	grid_begin(&t, p, p->data, "claims", "claims",
		   page_text(p, "results.claims_caption"), NULL);
	grid_column(&t, page_text(p, "column.claim"), GRID_ROWHEAD);
	for (l = 1; l <= 3; l++)
		grid_column(&t, words_sublevel(p->site->lang, a, "", l),
			    GRID_NUM);
	for (k = 0; k < agg->claim_count; k++) {
		const struct aggregate_claim *c = &agg->claims[k];
		int pct[3];

		stats_percents(c->counts + 1, 3, c->total, pct);
		grid_row(&t);
		grid_cell(&t, words_claim(p->site->lang, a->subject, c->code));
		for (l = 1; l <= 3; l++) {
			stats_share_text(text, sizeof(text), c->counts[l],
					 pct[l - 1], c->total,
					 p->site->min_aggregate);
			grid_cell_sort(&t, text, 1, c->counts[l]);
		}
	}
	grid_end(&t);
}

/* Writing traits go here when the view has no item page to hold them. */
static void put_traits(struct page *p, const struct view *v)
{
	struct buf csv = BUF_INIT;
	struct item_stats st;

	if (view_has_items(v) || !view_has_traits(v)) {
		tv_set_bool(p->doc, p->data, "has_traits", 0);
		return;
	}
	item_stats_build(&st, v);
	paths_view(&csv, v->cohort->dir, PATHS_RESULTS, v->slice->asmt,
		   v->slice->year, "-traits.csv");
	page_items_traits(p, &st, buf_cstr(&csv));
	item_stats_release(&st);
	buf_release(&csv);
}

int page_results(struct site *s, const struct view *v)
{
	const struct ds_assessment *a = v->slice->asmt;
	struct buf path = BUF_INIT, csv = BUF_INIT;
	struct aggregate agg;
	struct grid t;
	struct page p;
	int i, rc;

	paths_view(&path, v->cohort->dir, PATHS_RESULTS, a, v->slice->year,
		   ".html");
	paths_view(&csv, v->cohort->dir, PATHS_RESULTS, a, v->slice->year,
		   ".csv");
	page_begin(&p, s, buf_cstr(&path), label_assessment(a));
	page_results_heading(&p, v, "link.results");
	aggregate_view(&agg, v);
	aggregate_put(&p, p.data, &agg, a);
	put_links(&p, v);
	tv_set_bool(p.doc, p.data, "has_claims", agg.claim_count > 0);
	if (agg.claim_count)
		claims_table(&p, &agg, a);
	put_traits(&p, v);
	grid_begin(&t, &p, p.data, "students", "students",
		   page_text(&p, "results.students_caption"), buf_cstr(&csv));
	columns(&p, &t, &agg, a);
	for (i = 0; i < v->count; i++)
		exam_row(&t, &agg, v->exams[i]);
	grid_end(&t);
	rc = page_end(&p, "results");
	buf_release(&path);
	buf_release(&csv);
	return rc;
}
