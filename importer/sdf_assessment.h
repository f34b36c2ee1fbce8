/*
 * The assessments and filing of score data file rows: every row belongs
 * to a summative assessment synthesized from its family, subject, grade
 * and school year, with the catalog's scale, and is filed under the
 * school it tested at.  Assessments returned belong to the filer.
 */
#ifndef SCOREBOOK_SDF_ASSESSMENT_H
#define SCOREBOOK_SDF_ASSESSMENT_H

#include "delimited_job.h"
#include "exam.h"
#include "exam_filer.h"

/*
 * Find or create the row's assessment, SDF-<family>-<subject>-<grade>-
 * <school year>, and name it in the exam.  *out is NULL when the
 * catalog has no scale for a family that reports scale scores (the row
 * is reported); returns a store failure below -1, else 0.
 */
int sdf_assessment_resolve(struct delimited_job *job, struct exam_filer *f,
			   struct exam *e, const char *family,
			   const char *subject, int grade_column,
			   const struct store_assessment **out);

/*
 * Whether the exam counts as scored: it has a score or a level and its
 * IncludeIndicator is Y.  Invalidated exams (R) are marked so.
 */
void sdf_assessment_scored(struct exam *e);

#endif
