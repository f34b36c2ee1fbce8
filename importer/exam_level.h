/*
 * What every importer does with an exam once it knows its assessment:
 * the assessment's scale from the catalog, a level derived when the file
 * gives none, and the outcome counted.  Nothing here allocates.
 */
#ifndef SCOREBOOK_EXAM_LEVEL_H
#define SCOREBOOK_EXAM_LEVEL_H

#include "exam.h"
#include "store.h"
#include "trt_import.h"

/*
 * The family of an assessment from its natural id and subject code
 * (ELA, MATH, SCIENCE, ELPAC, SPANISH): CAA, CAST, ELPAC, CSA or SBAC.
 */
const char *exam_level_family(const char *name, const char *subject);

/* Copy the catalog's scale for a's family, subject and grade; 0 if none. */
int exam_level_scale(struct store_assessment *a);

/*
 * Keep the level the file gives; derive it from the scale otherwise (the
 * Above/Near/Below category for interim blocks).
 */
void exam_level_derive(struct exam *e, const struct store_assessment *a);

void exam_level_count(struct exam_counts *c, enum store_exam_outcome o);

#endif
