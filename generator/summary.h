/*
 * Aggregate tables for readers who may see no student, and the district
 * overview: per assessment and year the students tested, their average
 * scale score and the count at each level, then each claim's
 * distribution, with small cells shown as "*".  The summary owns its
 * buffers until summary_release(); pages go into the site's bundle.
 */
#ifndef SCOREBOOK_SUMMARY_H
#define SCOREBOOK_SUMMARY_H

#include "buf.h"
#include "site.h"

#define SUMMARY_CSV_PATH "exports/summary.csv"

struct summary {
	struct buf results, claims, csv; /* table rows, CSV lines */
	int school_column;		 /* rows name their school */
	const struct i18n *words;	 /* borrowed */
};

/* Claim names in the table rows come from the catalog words. */
void summary_init(struct summary *sm, int school_column,
		  const struct i18n *words);
void summary_release(struct summary *sm);

/* Append a row per slice of ds, and a row per claim of each slice. */
void summary_add(struct summary *sm, const struct dataset *ds);

/* The bundle's index.html, led by the words of catalog key lead_key,
 * and SUMMARY_CSV_PATH; 0 or -1. */
int summary_pages(struct summary *sm, struct site *s, const char *lead_key);

#endif
