/*
 * Target results of a cohort for one assessment and year: per claim and
 * target, how the students did relative to their whole test and to the
 * Level 3 standard.  Shown only for 30 or more students; with fewer the
 * page says so.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_TARGETS_H
#define SCOREBOOK_PAGE_TARGETS_H

#include "cohort.h"
#include "site.h"

int page_targets(struct site *s, const struct view *v);

#endif
