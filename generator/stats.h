/*
 * Counting and averaging for aggregates, and the rule that hides small
 * groups.  Plain values only: nothing is allocated.
 */
#ifndef SCOREBOOK_STATS_H
#define SCOREBOOK_STATS_H

#include <stddef.h>

/* Public reporting hides aggregates of fewer than 11 tested students
 * and claim or target results of fewer than 30. */
#define STATS_MIN_AGGREGATE 11
#define STATS_MIN_CLAIM	    30

/* A running mean and variance (Welford), exact enough for scale scores. */
struct stats_acc {
	int n;
	double mean, m2;
};

void stats_add(struct stats_acc *a, double x);
/* The sample standard deviation; 0 below two values. */
double stats_sd(const struct stats_acc *a);
/* The standard error of the mean; 0 below two values. */
double stats_se_mean(const struct stats_acc *a);

/* Half away from zero, as reports round scale scores. */
long stats_round(double x);
/* Whole percent of part in total, rounded half up; 0 when total is 0. */
int stats_percent(int part, int total);

/*
 * Whole percents of counts[0..n) in total that add up to 100, as the
 * charts draw them: each rounded down, the points left over going to the
 * largest remainders (the first on a tie).  All 0 when total is 0.
 */
void stats_percents(const int *counts, int n, int total, int *pct);

/* Whether a count of n must be shown as "*" under a minimum of min. */
int stats_suppressed(int n, int min);
/* "12 (40%)", or "*" when suppressed. */
void stats_count_text(char *out, size_t size, int count, int total, int min);
/* The same with a percent worked out by stats_percents(). */
void stats_share_text(char *out, size_t size, int count, int pct, int total,
		      int min);

#endif
