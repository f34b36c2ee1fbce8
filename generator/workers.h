/*
 * Spreading independent jobs (one per school) over child processes, so
 * that bundles are built on every processor.  Each child takes every
 * jobs-th job starting from its own number; results do not depend on how
 * many children there are.  Nothing is allocated for the caller.
 */
#ifndef SCOREBOOK_WORKERS_H
#define SCOREBOOK_WORKERS_H

struct workers_tally {
	int bundles, pages;
};

/*
 * Do the jobs first, first + step, first + 2 * step, ...; add to tally;
 * return an exit status of exitcode.h.
 */
typedef int (*workers_fn)(void *ctx, int first, int step,
			  struct workers_tally *tally);

/*
 * Run fn in `jobs` children (in this process when jobs is 1) and sum
 * their tallies; returns the first failing child's status, else 0.
 */
int workers_run(int jobs, workers_fn fn, void *ctx,
		struct workers_tally *total);

/* How many children suit this machine: one per online processor. */
int workers_default(void);

#endif
