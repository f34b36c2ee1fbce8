/*
 * An exam's facts as the pages write them, in the words of a message
 * catalog: the score with its error band, the level in words, the
 * date, the status.  Every function appends to a buffer the caller
 * owns or returns a string of the catalog.
 */
#ifndef SCOREBOOK_EXAM_TEXT_H
#define SCOREBOOK_EXAM_TEXT_H

#include "buf.h"
#include "dataset.h"
#include "i18n.h"

/* "2512 ± 25", "2512", or "Not scored". */
void exam_text_score(struct buf *b, const struct i18n *c,
		     const struct ds_exam *e);
/* The level or category in words, or "Not scored". */
const char *exam_text_level(const struct i18n *c, const struct ds_exam *e);
/* The date of completion, written the language's short way. */
void exam_text_date(struct buf *b, const struct i18n *c,
		    const struct ds_exam *e);
/* "2024-25" */
void exam_text_year(struct buf *b, int school_year);
/* "Partial, Non-standardized": what a reader should know; "" if none. */
void exam_text_flags(struct buf *b, const struct i18n *c,
		     const struct ds_exam *e);
/* Whether the exam has a score and a level to count in aggregates. */
int exam_text_counts(const struct ds_exam *e);

#endif
