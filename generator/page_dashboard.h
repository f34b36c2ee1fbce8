/*
 * The interim block dashboard of a cohort for one year: per block, how
 * many of the cohort's students tested and the share in each category
 * from each student's latest scored attempt.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_DASHBOARD_H
#define SCOREBOOK_PAGE_DASHBOARD_H

#include "cohort.h"
#include "site.h"

/* views: the cohort's views of that year; population: its students. */
int page_dashboard(struct site *s, const struct cohort *c, int year,
		   const struct view *views, int count, int population);
/* Whether any of the views is of an interim block. */
int page_dashboard_wanted(const struct view *views, int count);

#endif
