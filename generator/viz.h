/*
 * The charts of the reports, from the school's data: a level
 * distribution, claim distributions, a score on its scale, a score
 * history.  The one place that calls the chart module, so another can
 * replace it.  Each sets map.key to an SVG fragment in the page's
 * document, or to "" when there is nothing to draw.
 */
#ifndef SCOREBOOK_VIZ_H
#define SCOREBOOK_VIZ_H

#include "dataset.h"
#include "page.h"

#define VIZ_MAX_LEVELS 4

struct viz_claim {
	const char *name;
	int counts[VIZ_MAX_LEVELS + 1]; /* by level, 1..3 */
};

/* counts[level] for levels 1..label_level_count(a). */
void viz_levels(struct page *p, struct tvalue *map, const char *key,
		const struct ds_assessment *a, const int *counts, int total);
/* One stacked bar per row: the share at each of three levels
 * (claims, or interim block categories). */
void viz_categories(struct page *p, struct tvalue *map, const char *key,
		    const char *title, const struct viz_claim *claims,
		    int count);
/* The exam's score on its scale (levels, or interim block categories). */
void viz_scale(struct page *p, struct tvalue *map, const char *key,
	       const struct ds_exam *e);
/* Scores of exams given oldest first, with the level cuts when they
 * share one scale. */
void viz_history(struct page *p, struct tvalue *map, const char *key,
		 const struct ds_exam *const *exams, int count);

#endif
