#include "page_targets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "words.h"
#include "page.h"
#include "page_results.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"
#include "xalloc.h"

/* Above this standard error a target's result is not told. */
#define TARGET_MAX_SE 0.2

struct target_stat {
	const char *claim, *target;
	struct stats_acc whole, standard;
};

struct target_list {
	struct target_stat *rows;
	int count, alloc;
};

static struct target_stat *find(struct target_list *l,
				const struct ds_target *t)
{
	struct target_stat *r;
	int i;

	for (i = 0; i < l->count; i++)
		if (!strcmp(l->rows[i].claim, t->claim) &&
		    !strcmp(l->rows[i].target, t->target))
			return &l->rows[i];
	if (l->count == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 16;
		l->rows = xrealloc(l->rows, (size_t)l->alloc * sizeof(*r));
	}
	r = &l->rows[l->count++];
	memset(r, 0, sizeof(*r));
	r->claim = t->claim;
	r->target = t->target;
	return r;
}

static int by_claim_target(const void *x, const void *y)
{
	const struct target_stat *a = x, *b = y;
	int c = strcmp(a->claim, b->claim);

	return c ? c : strcmp(a->target, b->target);
}

static int collect(struct target_list *l, const struct view *v)
{
	int i, k, tested = 0;

	memset(l, 0, sizeof(*l));
	for (i = 0; i < v->count; i++) {
		const struct ds_exam *e = v->exams[i];

		tested += e->target_count > 0;
		for (k = 0; k < e->target_count; k++) {
			const struct ds_target *t = &e->targets[k];
			struct target_stat *r = find(l, t);

			if (t->has_student_residual)
				stats_add(&r->whole, t->student_residual);
			if (t->has_standard_met_residual)
				stats_add(&r->standard,
					  t->standard_met_residual);
		}
	}
	if (l->count)
		qsort(l->rows, (size_t)l->count, sizeof(*l->rows),
		      by_claim_target);
	return tested;
}

/*
 * An average residual at least one standard error away from zero is a
 * difference; closer is "similar"; too uncertain is "insufficient".
 */
static const char *verdict(const struct i18n *lang, const struct stats_acc *a,
			   const char *better, const char *similar,
			   const char *worse)
{
	double se = stats_se_mean(a);

	if (a->n < 2 || se > TARGET_MAX_SE)
		return i18n_text(lang, "targets.insufficient");
	if (a->mean >= se)
		return i18n_text(lang, better);
	if (a->mean <= -se)
		return i18n_text(lang, worse);
	return i18n_text(lang, similar);
}

static void target_row(struct grid *t, const struct target_stat *r,
		       const char *subject)
{
	const struct i18n *lang = t->page->site->lang;
	char text[32];

	grid_row(t);
	grid_cell(t, words_claim(lang, subject, r->claim));
	grid_cell(t, r->target);
	snprintf(text, sizeof(text), "%d", r->whole.n);
	grid_cell_sort(t, text, 1, r->whole.n);
	grid_cell(t, verdict(lang, &r->whole, "targets.better",
			     "targets.similar", "targets.worse"));
	grid_cell(t, verdict(lang, &r->standard, "targets.above",
			     "targets.near", "targets.below"));
}

int page_targets(struct site *s, const struct view *v)
{
	const struct ds_assessment *a = v->slice->asmt;
	struct buf path = BUF_INIT, csv = BUF_INIT;
	struct target_list l;
	struct grid t;
	struct page p;
	int i, rc, tested = collect(&l, v);
	int enough = tested >= STATS_MIN_CLAIM;
	char tested_text[16], minimum[16];

	paths_view(&path, v->cohort->dir, PATHS_TARGETS, a, v->slice->year,
		   ".html");
	paths_view(&csv, v->cohort->dir, PATHS_TARGETS, a, v->slice->year,
		   ".csv");
	page_begin(&p, s, buf_cstr(&path), label_assessment(a));
	page_results_heading(&p, v, "link.targets");
	snprintf(tested_text, sizeof(tested_text), "%d", tested);
	snprintf(minimum, sizeof(minimum), "%d", STATS_MIN_CLAIM);
	page_set_format(&p, p.data, "hint", "targets.hint", tested_text,
			(char *)NULL);
	page_set_format(&p, p.data, "too_few", "targets.too_few", minimum,
			tested_text, (char *)NULL);
	tv_set_bool(p.doc, p.data, "enough", enough);
	if (enough) {
		grid_begin(&t, &p, p.data, "targets", "targets",
			   page_text(&p, "targets.caption"), buf_cstr(&csv));
		grid_column(&t, page_text(&p, "column.claim"),
			    GRID_ROWHEAD | GRID_FILTER | GRID_SORTED);
		grid_column(&t, page_text(&p, "column.target"), 0);
		grid_column(&t, page_text(&p, "column.students"), GRID_NUM);
		grid_column(&t, page_text(&p, "column.vs_test"), GRID_FILTER);
		grid_column(&t, page_text(&p, "column.vs_standard"),
			    GRID_FILTER);
		for (i = 0; i < l.count; i++)
			target_row(&t, &l.rows[i], a->subject);
		grid_end(&t);
	}
	rc = page_end(&p, "targets");
	free(l.rows);
	buf_release(&path);
	buf_release(&csv);
	return rc;
}
