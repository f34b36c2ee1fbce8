#include "page_results.h"

#include <stdio.h>

#include "aggregate.h"
#include "exam_text.h"
#include "item_stats.h"
#include "label.h"
#include "page_items.h"
#include "page.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"

void page_results_heading(struct page *p, const struct view *v,
			  const char *what)
{
	const struct ds_assessment *a = v->slice->asmt;
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s, %s grade ", label_kind(a->kind),
		   label_subject(a->subject));
	label_grade(&b, a->grade);
	buf_puts(&b, ", ");
	exam_text_year(&b, v->slice->year);
	tv_set_str(p->doc, p->data, "subtitle", buf_cstr(&b));
	tv_set_str(p->doc, p->data, "what", what);
	tv_set_str(p->doc, p->data, "cohort", v->cohort->name);
	page_crumb(p, v->cohort->name, v->cohort->home);
	buf_release(&b);
}

static void view_link(struct page *p, struct tvalue *links, const char *label,
		      const struct view *v, enum paths_view kind)
{
	struct buf path = BUF_INIT;
	struct tvalue *l = tv_push_map(p->doc, links);

	paths_view(&path, v->cohort->dir, kind, v->slice->asmt, v->slice->year,
		   ".html");
	tv_set_str(p->doc, l, "label", label);
	page_set_link(p, l, "link", buf_cstr(&path));
	buf_release(&path);
}

static void put_links(struct page *p, const struct view *v)
{
	struct tvalue *links = tv_set_list(p->doc, p->data, "views");

	if (view_has_items(v))
		view_link(p, links, "Results by item", v, PATHS_ITEMS);
	if (view_has_targets(v))
		view_link(p, links, "Target results", v, PATHS_TARGETS);
}

static void columns(struct grid *t, const struct aggregate *agg,
		    const struct ds_assessment *a)
{
	int k;

	grid_column(t, "Student", GRID_ROWHEAD | GRID_SORTED);
	grid_column(t, "SSID", 0);
	grid_column(t, "Date", 0);
	grid_column(t, "Grade", GRID_FILTER);
	grid_column(t, "Session", 0);
	grid_column(t, "Completeness", GRID_FILTER);
	grid_column(t, "Condition", GRID_FILTER);
	grid_column(t, "Level", GRID_FILTER);
	grid_column(t, "Scale score", GRID_NUM | GRID_HTML_ONLY);
	grid_column(t, "ScaleScore", GRID_NUM | GRID_CSV_ONLY);
	grid_column(t, "StandardError", GRID_NUM | GRID_CSV_ONLY);
	for (k = 0; k < agg->claim_count; k++)
		grid_column(t, label_claim(a->subject, agg->claims[k].code),
			    GRID_FILTER);
	grid_column(t, "History", GRID_HTML_ONLY);
}

static void score_cells(struct grid *t, const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	exam_text_score(&b, e);
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

	label_student(&name, st);
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
		    c ? label_sublevel(e->asmt, c->kind, c->code, c->level)
		      : NULL;

		grid_cell(t, words ? words : "");
	}
}

static void exam_row(struct grid *t, const struct aggregate *agg,
		     const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	grid_row(t);
	student_cell(t, e->student);
	grid_cell(t, e->student->ssid);
	exam_text_date(&b, e);
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	label_grade(&b, e->grade);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, e->session_id);
	grid_cell(t, e->completeness);
	grid_cell(t, label_condition(e->admin_condition));
	grid_cell(t, exam_text_level(e));
	score_cells(t, e);
	claim_cells(t, agg, e);
	buf_reset(&b);
	paths_student(&b, e->student, "-history.html");
	grid_cell_link(t, "History", buf_cstr(&b));
	buf_release(&b);
}

static void claims_table(struct page *p, const struct aggregate *agg,
			 const struct ds_assessment *a)
{
	struct grid t;
	char text[32];
	int k, l;

	grid_begin(&t, p, p->data, "claims", "claims",
		   "Results by claim: students at each level", NULL);
	grid_column(&t, "Claim", GRID_ROWHEAD);
	for (l = 1; l <= 3; l++)
		grid_column(&t, label_sublevel(a, "claim", "", l), GRID_NUM);
	for (k = 0; k < agg->claim_count; k++) {
		const struct aggregate_claim *c = &agg->claims[k];
		int pct[3];

		stats_percents(c->counts + 1, 3, c->total, pct);
		grid_row(&t);
		grid_cell(&t, label_claim(a->subject, c->code));
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
	page_results_heading(&p, v, "Results by student");
	aggregate_view(&agg, v);
	aggregate_put(&p, p.data, &agg, a);
	put_links(&p, v);
	tv_set_bool(p.doc, p.data, "has_claims", agg.claim_count > 0);
	if (agg.claim_count)
		claims_table(&p, &agg, a);
	put_traits(&p, v);
	grid_begin(&t, &p, p.data, "students", "students",
		   "Every result, by student", buf_cstr(&csv));
	columns(&t, &agg, a);
	for (i = 0; i < v->count; i++)
		exam_row(&t, &agg, v->exams[i]);
	grid_end(&t);
	rc = page_end(&p, "results");
	buf_release(&path);
	buf_release(&csv);
	return rc;
}
