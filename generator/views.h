/*
 * Every view of one cohort: results by student, by item and by target
 * for each assessment and year, the block dashboards and the cohort's
 * home page.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_VIEWS_H
#define SCOREBOOK_VIEWS_H

#include "cohort.h"
#include "site.h"

int views_build(struct site *s, const struct cohort *c);

#endif
