/*
 * Aggregates of a view: how many results, the average scale score and
 * its standard error, the count at each level, and the distribution of
 * each claim (or domain) score.  Plain values; codes point into the
 * data set.
 */
#ifndef SCOREBOOK_AGGREGATE_H
#define SCOREBOOK_AGGREGATE_H

#include "cohort.h"
#include "page.h"
#include "stats.h"

#define AGGREGATE_MAX_CLAIMS 12

struct aggregate_claim {
	const char *kind, *code;
	int slot;
	int counts[5]; /* by level 1..4 */
	int total;
};

struct aggregate {
	int results, leveled;
	int levels[5]; /* by level 1..4 */
	struct stats_acc scores;
	struct aggregate_claim claims[AGGREGATE_MAX_CLAIMS];
	int claim_count;
};

void aggregate_view(struct aggregate *agg, const struct view *v);
/* The exam's score of the aggregate's claim k, or NULL. */
const struct ds_score *aggregate_find(const struct aggregate *agg, int k,
				      const struct ds_exam *e);

/*
 * Set on map: results (count), average ("2512 ± 8" or a dash), summary
 * (a sentence), levels_chart, levels (a list of level, count, percent)
 * and claims_chart; small groups are suppressed per the site's rule.
 */
void aggregate_put(struct page *p, struct tvalue *map,
		   const struct aggregate *agg, const struct ds_assessment *a);

#endif
