#include "page_dashboard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_text.h"
#include "label.h"
#include "words.h"
#include "page.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"
#include "viz.h"
#include "xalloc.h"

#define DASHBOARD_MAX_CHART 8

struct block {
	int tested, scored;
	int at[4]; /* latest scored attempt per category 1..3 */
};

static int is_block(const struct view *v)
{
	return !strcmp(v->slice->asmt->kind, "IAB");
}

int page_dashboard_wanted(const struct view *views, int count)
{
	int i;

	for (i = 0; i < count; i++)
		if (is_block(&views[i]))
			return 1;
	return 0;
}

/* The view lists each student's attempts together, newest first. */
static void count_block(struct block *b, const struct view *v)
{
	const struct ds_student *last = NULL;
	int i, counted = 0;

	memset(b, 0, sizeof(*b));
	for (i = 0; i < v->count; i++) {
		const struct ds_exam *e = v->exams[i];

		if (e->student != last) {
			last = e->student;
			counted = 0;
			b->tested++;
		}
		if (counted || !exam_text_counts(e) || e->level > 3)
			continue;
		counted = 1;
		b->scored++;
		b->at[e->level]++;
	}
}

static void block_row(struct page *p, struct grid *t, const struct view *v,
		      const struct block *b, int population)
{
	struct buf path = BUF_INIT;
	char text[48], tested[16], of[16];
	int k, pct[3];

	grid_row(t);
	paths_view(&path, v->cohort->dir, PATHS_RESULTS, v->slice->asmt,
		   v->slice->year, ".html");
	grid_cell_link(t, label_assessment(v->slice->asmt), buf_cstr(&path));
	buf_reset(&path);
	words_grade(&path, p->site->lang, v->slice->asmt->grade);
	grid_cell(t, buf_cstr(&path));
	grid_cell(t, words_subject(p->site->lang, v->slice->asmt->subject));
	buf_reset(&path);
	snprintf(tested, sizeof(tested), "%d", b->tested);
	snprintf(of, sizeof(of), "%d", population);
	i18n_format(&path, p->site->lang, "dashboard.tested_of", tested, of,
		    (char *)NULL);
	grid_cell_sort(t, buf_cstr(&path), 1, b->tested);
	stats_percents(b->at + 1, 3, b->scored, pct);
	for (k = 1; k <= 3; k++) {
		stats_share_text(text, sizeof(text), b->at[k], pct[k - 1],
				 b->scored, p->site->min_aggregate);
		grid_cell_sort(t, text, 1, pct[k - 1]);
	}
	buf_release(&path);
}

static void chart(struct page *p, const struct view *const *views,
		  const struct block *blocks, int n)
{
	struct viz_claim rows[DASHBOARD_MAX_CHART];
	int i, k = 0;

	for (i = 0; i < n && k < DASHBOARD_MAX_CHART; i++) {
		if (!blocks[i].scored)
			continue;
		memset(&rows[k], 0, sizeof(rows[k]));
		rows[k].name = label_assessment(views[i]->slice->asmt);
		memcpy(rows[k].counts, blocks[i].at, sizeof(blocks[i].at));
		k++;
	}
	if (k)
		viz_categories(p, p->data, "chart",
			       page_text(p, "dashboard.chart_title"), rows, k);
	else
		tv_set_str(p->doc, p->data, "chart", "");
}

static int collect(const struct view *views, int count, const struct view **of,
		   struct block *blocks)
{
	int i, n = 0;

	for (i = 0; i < count; i++) {
		if (!is_block(&views[i]))
			continue;
		of[n] = &views[i];
		count_block(&blocks[n], &views[i]);
		n++;
	}
	return n;
}

static void columns(struct page *p, struct grid *t)
{
	grid_column(t, page_text(p, "column.block"), GRID_ROWHEAD);
	grid_column(t, page_text(p, "column.grade"), GRID_FILTER);
	grid_column(t, page_text(p, "column.subject"), GRID_FILTER);
	grid_column(t, page_text(p, "column.tested"), GRID_NUM);
	grid_column(t, page_text(p, "level.block.1"), GRID_NUM);
	grid_column(t, page_text(p, "level.block.2"), GRID_NUM);
	grid_column(t, page_text(p, "level.block.3"), GRID_NUM);
}

static void heading(struct page *p, const struct cohort *c, int year,
		    int population)
{
	struct buf b = BUF_INIT;

	exam_text_year(&b, year);
	page_set_format(p, p->data, "subtitle", "dashboard.year", buf_cstr(&b),
			(char *)NULL);
	tv_set_str(p->doc, p->data, "cohort", c->name);
	page_set_count(p, p->data, "population", "dashboard.population",
		       population);
	page_crumb(p, c->name, c->home);
	buf_release(&b);
}

int page_dashboard(struct site *s, const struct cohort *c, int year,
		   const struct view *views, int count, int population)
{
	const struct view **of = xcalloc((size_t)count + 1, sizeof(*of));
	struct block *blocks = xcalloc((size_t)count + 1, sizeof(*blocks));
	struct buf path = BUF_INIT, csv = BUF_INIT;
	int i, rc, n = collect(views, count, of, blocks);
	struct grid t;
	struct page p;

	paths_dashboard(&path, c->dir, year, ".html");
	paths_dashboard(&csv, c->dir, year, ".csv");
	page_begin(&p, s, buf_cstr(&path),
		   i18n_text(s->lang, "dashboard.title"));
	heading(&p, c, year, population);
	chart(&p, of, blocks, n);
	grid_begin(&t, &p, p.data, "blocks", "blocks",
		   page_text(&p, "dashboard.caption"), buf_cstr(&csv));
	columns(&p, &t);
	for (i = 0; i < n; i++)
		block_row(&p, &t, of[i], &blocks[i], population);
	grid_end(&t);
	rc = page_end(&p, "dashboard");
	free(of);
	free(blocks);
	buf_release(&path);
	buf_release(&csv);
	return rc;
}
