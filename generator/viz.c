#include "viz.h"

#include <stdio.h>
#include <string.h>

#include "label.h"
#include "stats.h"
#include "svg_basic.h"

static const char *level_class(const struct ds_assessment *a, int level)
{
	static const char *const lv[] = { "lv1", "lv2", "lv3", "lv4" };
	static const char *const cat[] = { "cat1", "cat2", "cat3" };

	if (!strcmp(a->kind, "IAB"))
		return cat[level - 1];
	/* Three-level scales use the outer and a middle colour. */
	if (label_level_count(a) == 3)
		return level == 3 ? "lv4" : lv[level - 1];
	return lv[level - 1];
}

void viz_levels(struct page *p, struct tvalue *map, const char *key,
		const struct ds_assessment *a, const int *counts, int total)
{
	struct svg_bar bars[VIZ_MAX_LEVELS];
	char labels[VIZ_MAX_LEVELS][80], values[VIZ_MAX_LEVELS][32];
	struct buf svg = BUF_INIT, title = BUF_INIT, desc = BUF_INIT;
	int n = label_level_count(a), i, max = 0;

	if (total <= 0 || stats_suppressed(total, p->site->min_aggregate)) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	buf_printf(&title, "%s by level, %d results", label_assessment(a),
		   total);
	for (i = 0; i < n; i++) {
		int c = counts[i + 1];

		snprintf(labels[i], sizeof(labels[i]), "%s",
			 label_level(a, i + 1));
		stats_count_text(values[i], sizeof(values[i]), c, total, 0);
		bars[i].label = labels[i];
		bars[i].value_text = values[i];
		bars[i].cls = level_class(a, i + 1);
		bars[i].value = c;
		max = c > max ? c : max;
		buf_printf(&desc, "%s%s: %s", i ? "; " : "", labels[i],
			   values[i]);
	}
	svg_basic_bars(&svg, page_chart_id(p), buf_cstr(&title),
		       buf_cstr(&desc), bars, n, max);
	page_set_fragment(p, map, key, &svg);
	buf_release(&svg);
	buf_release(&title);
	buf_release(&desc);
}

void viz_categories(struct page *p, struct tvalue *map, const char *key,
		    const char *title, const struct ds_assessment *a,
		    const struct viz_claim *claims, int count)
{
	static const char *const cls[] = { "cat1", "cat2", "cat3" };
	struct svg_segment segs[8][3];
	struct svg_stack_row rows[8];
	const char *names[3];
	char text[8][3][48];
	struct buf svg = BUF_INIT, desc = BUF_INIT;
	int i, k;

	if (count <= 0 || count > 8) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	for (i = 0; i < count; i++) {
		int total = 0;

		for (k = 1; k <= 3; k++)
			total += claims[i].counts[k];
		buf_printf(&desc, "%s%s:", i ? "; " : "", claims[i].name);
		for (k = 0; k < 3; k++) {
			int c = claims[i].counts[k + 1];

			snprintf(text[i][k], sizeof(text[i][k]), "%d%%",
				 stats_percent(c, total));
			segs[i][k].label = text[i][k];
			segs[i][k].cls = cls[k];
			segs[i][k].value = c;
			buf_printf(&desc, " %s %d",
				   label_sublevel(a, "claim", "", k + 1), c);
		}
		rows[i].label = claims[i].name;
		rows[i].segs = segs[i];
		rows[i].count = 3;
	}
	for (k = 0; k < 3; k++)
		names[k] = label_sublevel(a, "claim", "", k + 1);
	svg_basic_stacks(&svg, page_chart_id(p), title, buf_cstr(&desc), rows,
			 count, names);
	page_set_fragment(p, map, key, &svg);
	buf_release(&svg);
	buf_release(&desc);
}

static void iab_scale(const struct ds_exam *e, struct svg_scale *s,
		      double *cuts)
{
	static const char *const names[] = { "Below", "Near", "Above" };
	static const char *const cls[] = { "cat1", "cat2", "cat3" };
	double band = e->has_scale_se ? 1.5 * e->scale_se : 0;

	cuts[0] = e->asmt->cut3 - band;
	cuts[1] = e->asmt->cut3 + band;
	s->count = 3;
	s->names = names;
	s->classes = cls;
}

static void level_scale(const struct ds_exam *e, struct svg_scale *s,
			double *cuts)
{
	static const char *const names[] = { "Level 1", "Level 2", "Level 3",
					     "Level 4" };
	static const char *const cls4[] = { "lv1", "lv2", "lv3", "lv4" };
	static const char *const cls3[] = { "lv1", "lv2", "lv4" };
	const struct ds_assessment *a = e->asmt;

	s->count = label_level_count(a) == 3 ? 3 : 4;
	cuts[0] = a->cut2;
	cuts[1] = a->cut3;
	cuts[2] = a->cut4;
	s->names = names;
	s->classes = s->count == 3 ? cls3 : cls4;
}

void viz_scale(struct page *p, struct tvalue *map, const char *key,
	       const struct ds_exam *e)
{
	struct buf svg = BUF_INIT, desc = BUF_INIT;
	struct svg_scale s;
	double cuts[3];

	if (!e->has_scale_score || !e->asmt->has_scale) {
		tv_set_str(p->doc, map, key, "");
		return;
	}
	memset(&s, 0, sizeof(s));
	s.low = e->asmt->low;
	s.high = e->asmt->high;
	s.score = (double)stats_round(e->scale_score);
	s.has_se = e->has_scale_se;
	s.se = (double)stats_round(e->scale_se);
	s.cuts = cuts;
	if (!strcmp(e->asmt->kind, "IAB"))
		iab_scale(e, &s, cuts);
	else
		level_scale(e, &s, cuts);
	buf_printf(&desc, "Score %ld", stats_round(e->scale_score));
	if (e->has_scale_se)
		buf_printf(&desc, ", error band %ld to %ld",
			   stats_round(e->scale_score - e->scale_se),
			   stats_round(e->scale_score + e->scale_se));
	buf_printf(&desc, ", on a scale of %.0f to %.0f.", s.low, s.high);
	svg_basic_scale(&svg, page_chart_id(p), "Score and error band",
			buf_cstr(&desc), &s);
	page_set_fragment(p, map, key, &svg);
	buf_release(&svg);
	buf_release(&desc);
}

void viz_history(struct page *p, struct tvalue *map, const char *key,
		 const struct ds_exam *const *exams, int count)
{
	struct svg_point pts[24];
	char labels[24][16];
	struct buf svg = BUF_INIT, desc = BUF_INIT;
	double low = 1e9, high = -1e9;
	int i, n = 0;

	for (i = 0; i < count && n < 24; i++) {
		const struct ds_exam *e = exams[i];

		if (!e->has_scale_score)
			continue;
		snprintf(labels[n], sizeof(labels[n]), "%.10s",
			 e->date_completed ? e->date_completed : "");
		pts[n].label = labels[n];
		pts[n].value = (double)stats_round(e->scale_score);
		low = pts[n].value < low ? pts[n].value : low;
		high = pts[n].value > high ? pts[n].value : high;
		buf_printf(&desc, "%s%s: %.0f", n ? "; " : "", labels[n],
			   pts[n].value);
		n++;
	}
	if (n < 2) {
		tv_set_str(p->doc, map, key, "");
		buf_release(&desc);
		return;
	}
	svg_basic_history(&svg, page_chart_id(p), "Scale scores over time",
			  buf_cstr(&desc), pts, n, low - 20, high + 20);
	page_set_fragment(p, map, key, &svg);
	buf_release(&svg);
	buf_release(&desc);
}
