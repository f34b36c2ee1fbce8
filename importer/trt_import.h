/*
 * Filing one TRT document: find or create its assessment and school,
 * check its scores against the scale, derive a missing level, and hand
 * the exam to the store.
 */
#ifndef SCOREBOOK_TRT_IMPORT_H
#define SCOREBOOK_TRT_IMPORT_H

#include <stdint.h>

#include "diag.h"
#include "exam.h"
#include "store.h"

/* Counts of what one file did to the store's exams. */
struct exam_counts {
	int inserted, updated, unchanged, deleted, older;
};

struct item_maxima;

/*
 * Check and store the exam read from one document; items without a
 * maximum of their own are checked against maxima, the package's, when
 * it is not NULL.  Returns 0 when the document was filed (counts
 * updated), -1 when it has errors (all in errors; nothing written), or
 * a negative store code on store failure.
 */
int trt_import_exam(struct store *s, struct exam *e, int64_t import_id,
		    struct item_maxima *maxima, struct diag_list *errors,
		    struct exam_counts *counts);

/* Family, kind and scale of an assessment known only from its TRT Test. */
int trt_import_describe(const struct exam *e, struct store_assessment *a);

#endif
