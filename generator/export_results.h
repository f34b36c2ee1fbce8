/*
 * exports/results.csv: one row per exam taken at the school in scope,
 * deleted exams never, in the column layout of the reporting system's
 * district and school export.  The file goes into the bundle.
 */
#ifndef SCOREBOOK_EXPORT_RESULTS_H
#define SCOREBOOK_EXPORT_RESULTS_H

#include "site.h"

#define EXPORT_RESULTS_PATH "exports/results.csv"

void export_results(struct site *s);

#endif
