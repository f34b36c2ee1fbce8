/*
 * Results by student: one page per assessment and year of a cohort,
 * with the average, the level and claim distributions and a table of
 * every result, and the table as a CSV file beside it.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_RESULTS_H
#define SCOREBOOK_PAGE_RESULTS_H

#include "cohort.h"
#include "page.h"
#include "site.h"

int page_results(struct site *s, const struct view *v);

/* Set the subtitle, what the page shows (the words of catalog key
 * what_key) and the crumbs of a view's pages. */
void page_results_heading(struct page *p, const struct view *v,
			  const char *what_key);

#endif
