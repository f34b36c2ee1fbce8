/*
 * A cohort's home page: for the school, the bundle's index.html; for a
 * group, its own.  Per year and assessment: results, the average with
 * its standard error, the level distribution, and links to every view.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_HOME_H
#define SCOREBOOK_PAGE_HOME_H

#include "cohort.h"
#include "site.h"

int page_home(struct site *s, const struct cohort *c, const struct view *views,
	      int count);

#endif
