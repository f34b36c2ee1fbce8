/*
 * Reading scores from the cells of a delimited row: scale scores checked
 * against the assessment's range, standard errors, levels, and the
 * claim, alternate and domain scores that hang off an exam.  Bad values
 * are reported with their line and column; results go to the caller's
 * variables or into the exam, which owns them.
 */
#ifndef SCOREBOOK_SCORE_CELLS_H
#define SCOREBOOK_SCORE_CELLS_H

#include "delimited_job.h"
#include "exam.h"
#include "store.h"

/*
 * A scale score: 1 with the value, 0 when blank or "NS" (not scored),
 * -1 when bad or outside the assessment's range (reported).
 */
int score_cells_scale(struct delimited_job *job, int column,
		      const struct store_assessment *a, double *out);
/* A standard error, zero or more. */
int score_cells_se(struct delimited_job *job, int column, double *out);
/* A level from 1 to max. */
int score_cells_level(struct delimited_job *job, int column, int max, int *out);

/* The exam's overall scale score, standard error and level. */
void score_cells_overall(struct delimited_job *job, struct exam *e,
			 const struct store_assessment *a, const int cols[3]);

/*
 * Add a child score (kind "claim", "alt" or "domain") from its level,
 * scale score and standard error columns (any may be -1); nothing is
 * added when all its cells are blank.
 */
void score_cells_child(struct delimited_job *job, struct exam *e,
		       const char *kind, const char *code, int max_level,
		       const int cols[3]);

#endif
