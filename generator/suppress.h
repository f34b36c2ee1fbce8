/*
 * Small-cell suppression for aggregate-only readers: which cells of a
 * row of counts must show "*".  Plain values; nothing is allocated.
 */
#ifndef SCOREBOOK_SUPPRESS_H
#define SCOREBOOK_SUPPRESS_H

/*
 * counts[0..n-1] are parts of total.  Sets hidden[i] for every count
 * under min, and every count when total is under min (the return value
 * is then 1: the total is hidden too, else 0).  When exactly one part is
 * hidden and the total shows, the smallest other part is hidden as well,
 * so the hidden one cannot be found by subtraction.
 */
int suppress_row(const int *counts, int n, int total, int min, int *hidden);

#endif
