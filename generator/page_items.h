/*
 * Item-level results of an interim assessment for a cohort: per item
 * its claim, target, standard, depth of knowledge, points and the share
 * of students at each point value; key and distractor analysis of the
 * multiple-choice items; the student-by-item matrix; writing traits.
 * Every table also goes out as a CSV file beside the page.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_ITEMS_H
#define SCOREBOOK_PAGE_ITEMS_H

#include "cohort.h"
#include "item_stats.h"
#include "page.h"
#include "site.h"

int page_items(struct site *s, const struct view *v);

/* The writing traits table of a page, with its CSV at csv. */
void page_items_traits(struct page *p, const struct item_stats *st,
		       const char *csv);

#endif
