/*
 * The report's charts, drawn by the chart module from the school's data.
 * Only this file calls it, so the pages never depend on how charts are
 * drawn.
 */
#include "viz.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "label.h"
#include "stats.h"
#include "words.h"

#define VIZ_MAX_ROWS   16
#define VIZ_MAX_POINTS 24

/* Hand the finished SVG to the page, or an empty string. */
static void put(struct page *p, struct tvalue *map, const char *key,
		struct buf *svg)
{
	page_set_fragment(p, map, key, svg);
	buf_release(svg);
}

void viz_levels(struct page *p, struct tvalue *map, const char *key,
		const struct ds_assessment *a, const int *counts, int total)
{
	const char *names[CHART_MAX_LEVELS];
	struct buf svg = BUF_INIT, title = BUF_INIT;
	struct chart_levels l;
	int i;

	if (total <= 0) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	l.levels = label_level_count(a);
	for (i = 0; i < l.levels; i++)
		names[i] = words_level(p->site->lang, a, i + 1);
	l.counts = counts + 1;
	l.names = names;
	l.suppress_below = p->site->min_aggregate;
	i18n_format(&title, p->site->lang, "chart.levels_title",
		    label_assessment(a), (char *)NULL);
	chart_level_bar(&svg, p->site->lang, page_chart_id(p), buf_cstr(&title),
			&l);
	buf_release(&title);
	put(p, map, key, &svg);
}

void viz_categories(struct page *p, struct tvalue *map, const char *key,
		    const char *title, const struct viz_claim *claims,
		    int count)
{
	struct chart_claim rows[VIZ_MAX_ROWS];
	struct buf svg = BUF_INIT;
	int i;

	if (count <= 0) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	if (count > VIZ_MAX_ROWS)
		count = VIZ_MAX_ROWS;
	for (i = 0; i < count; i++) {
		rows[i].name = claims[i].name;
		rows[i].below = claims[i].counts[1];
		rows[i].near = claims[i].counts[2];
		rows[i].above = claims[i].counts[3];
	}
	chart_claims(&svg, p->site->lang, page_chart_id(p), title, rows, count,
		     p->site->min_aggregate);
	put(p, map, key, &svg);
}

void viz_scale(struct page *p, struct tvalue *map, const char *key,
	       const struct ds_exam *e)
{
	const struct ds_assessment *a = e->asmt;
	const char *names[CHART_MAX_LEVELS];
	double cuts[3] = { a->cut2, a->cut3, a->cut4 };
	double se = e->has_scale_se ? e->scale_se : 0;
	struct buf svg = BUF_INIT;
	int i, levels = label_level_count(a);

	if (!e->has_scale_score || !a->has_scale) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	if (!strcmp(a->kind, "IAB")) {
		chart_iab_band(&svg, p->site->lang, page_chart_id(p),
			       page_text(p, "chart.score_band"), a->low,
			       a->high, a->cut3, e->scale_score, se);
	} else {
		for (i = 0; i < levels; i++)
			names[i] = words_level(p->site->lang, a, i + 1);
		chart_scale_band(&svg, p->site->lang, page_chart_id(p),
				 page_text(p, "chart.score_levels"), a->low,
				 a->high, cuts, levels, names, e->scale_score,
				 se);
	}
	put(p, map, key, &svg);
}

/* Cuts are drawn only when every point shares one scale. */
static int shared_cuts(const struct ds_exam *const *exams, int count,
		       double *cuts)
{
	const struct ds_assessment *a = exams[count - 1]->asmt;
	int i;

	for (i = 0; i < count; i++)
		if (exams[i]->asmt->grade != a->grade ||
		    strcmp(exams[i]->asmt->family, a->family))
			return 0;
	cuts[0] = a->cut2;
	cuts[1] = a->cut3;
	cuts[2] = a->cut4;
	return label_level_count(a) == 3 ? 2 : 3;
}

/* A point's date, written the page language's way. */
static void date_label(struct page *p, char *out, size_t size, const char *iso)
{
	struct buf b = BUF_INIT;

	i18n_date(&b, p->site->lang, iso ? iso : "");
	snprintf(out, size, "%s", buf_cstr(&b));
	buf_release(&b);
}

void viz_history(struct page *p, struct tvalue *map, const char *key,
		 const struct ds_exam *const *exams, int count)
{
	struct chart_point pts[VIZ_MAX_POINTS];
	char labels[VIZ_MAX_POINTS][40];
	double low = 1e9, high = -1e9, cuts[3];
	struct buf svg = BUF_INIT;
	int i, n = 0;

	for (i = 0; i < count && n < VIZ_MAX_POINTS; i++) {
		const struct ds_exam *e = exams[i];

		if (!e->asmt->has_scale)
			continue;
		date_label(p, labels[n], sizeof(labels[n]), e->date_completed);
		pts[n].label = labels[n];
		pts[n].score = e->has_scale_score ? e->scale_score : NAN;
		pts[n].se = e->has_scale_se ? e->scale_se : 0;
		low = e->asmt->low < low ? e->asmt->low : low;
		high = e->asmt->high > high ? e->asmt->high : high;
		n++;
	}
	if (n < 2) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	chart_history(&svg, p->site->lang, page_chart_id(p),
		      page_text(p, "chart.history"), pts, n, low, high, cuts,
		      shared_cuts(exams, count, cuts));
	put(p, map, key, &svg);
}
