/*
 * Every view of one cohort: results by student, by item and by target
 * for each assessment and year, the block dashboards and the cohort's
 * home page.
 */
#ifndef SCOREBOOK_VIEWS_H
#define SCOREBOOK_VIEWS_H

#include "cohort.h"
#include "site.h"

int views_build(struct site *s, const struct cohort *c);

#endif
