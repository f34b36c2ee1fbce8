/*
 * Item statistics of a view: per item its metadata (from the assessment
 * package when one was imported, else from the exams), the points each
 * student earned, and for multiple-choice items the options chosen; per
 * writing trait the points given.  The statistics own their arrays;
 * strings point into the data set.
 */
#ifndef SCOREBOOK_ITEM_STATS_H
#define SCOREBOOK_ITEM_STATS_H

#include "cohort.h"

#define ITEM_MAX_POINTS	 10
#define ITEM_MAX_OPTIONS 26

struct item_stat {
	const char *key, *claim, *target, *format, *standard;
	const struct ds_item *meta;
	int position, max_points, dok;
	int scored, full;
	double sum;
	int at[ITEM_MAX_POINTS + 1]; /* students at each point value */
	/* Multiple choice: students choosing each option, A first. */
	int choice, options, answered, blank;
	int chose[ITEM_MAX_OPTIONS];
	char key_letters[ITEM_MAX_OPTIONS + 1];
	int key_inferred;
	int votes[ITEM_MAX_OPTIONS]; /* full-credit answers, to infer keys */
};

struct trait_stat {
	const char *genre, *trait;
	int max_score, scored;
	double sum;
	int at[ITEM_MAX_POINTS + 1];
};

struct item_stats {
	struct item_stat *items; /* by position, then key */
	int count, alloc;
	struct trait_stat *traits; /* by genre, then trait */
	int trait_count, trait_alloc;
};

void item_stats_build(struct item_stats *st, const struct view *v);
void item_stats_release(struct item_stats *st);
/* The response of exam e to item k, or NULL. */
const struct ds_response *item_stats_response(const struct item_stats *st,
					      int k, const struct ds_exam *e);
/* Whether a response earned points that count (not "-1", not absent). */
int item_stats_scored(const struct ds_response *r);

#endif
