/*
 * Checks on a TRT exam's meaning once the schema has passed: who took
 * it, when, and whether every score fits its assessment's scale.
 */
#ifndef SCOREBOOK_TRT_CHECK_H
#define SCOREBOOK_TRT_CHECK_H

#include "diag.h"
#include "exam.h"
#include "store.h"

/* Checks that need no assessment: identity, dates, statuses. */
void trt_check_exam(struct exam *e, struct diag_list *errors);

/* Checks against the assessment's scale, claims and traits. */
void trt_check_scores(const struct exam *e, const struct store_assessment *a,
		      struct diag_list *errors);

/* The school year a date falls in: July 1 to June 30, named by its end. */
int trt_school_year(const char *date);

/*
 * Whether the Test's academicYear, when given, names the school year of
 * the exam's dateCompleted by its first or its last year.  Producers
 * differ in which they write, so the date decides the school year and a
 * mismatch is worth a warning only.
 */
int trt_academic_year_fits(const struct exam *e);

#endif
