/*
 * A student's test history: a card per assessment with its latest date
 * and level and its number of results, then every result newest first
 * in a table filterable by year, subject and type, with its CSV.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_HISTORY_H
#define SCOREBOOK_PAGE_HISTORY_H

#include "dataset.h"
#include "site.h"

int page_history(struct site *s, const struct ds_student *st);

#endif
