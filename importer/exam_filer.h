/*
 * Filing the exams of a delimited file (score data files and reporting
 * exports) in the store, the same way TRT exams are filed: schools and
 * assessments are found or created once per file and cached, a missing
 * level is derived from the scale, and the store applies the update
 * rules.  Exams wait in a batch that store_put_exams() files at once,
 * on a second thread: while the store files one batch, the reader fills
 * the next.  exam_filer_flush() files what waits and must end a file's
 * rows; the filer touches the store only once the batch in hand is
 * filed, so the reader may use the store between calls.
 *
 * The filer owns its caches and waiting exams until
 * exam_filer_release(); assessments it returns live as long as the
 * filer.
 */
#ifndef SCOREBOOK_EXAM_FILER_H
#define SCOREBOOK_EXAM_FILER_H

#include <stdint.h>

#include "batch_thread.h"
#include "delimited_job.h"
#include "digest.h"
#include "exam.h"
#include "store.h"
#include "strmap.h"
#include "trt_import.h"

struct exam_filer {
	struct store *store;
	int64_t import_id;
	struct exam_counts *counts;
	struct strmap schools, assessment_index;
	struct store_assessment **assessments;
	int assessment_count, assessment_alloc;
	/* One batch fills while the thread files the other. */
	struct exam_batch {
		struct exam_filer *filer;
		struct exam *exams;
		struct store_exam_entry *entries;
		enum store_exam_outcome *outcomes;
		char (*digests)[DIGEST_HEX_LEN + 1];
		int count;
	} batches[2], *filling, *filing;
	int batch_size;
	struct batch_thread thread;
};

void exam_filer_init(struct exam_filer *f, struct store *s, int64_t import_id,
		     struct exam_counts *counts);
void exam_filer_release(struct exam_filer *f);

/*
 * The id of the exam's school (e->school_id).  An unknown school is
 * created with its district when the exam names both; otherwise the
 * result is STORE_ENOTFOUND.
 */
int exam_filer_school(struct exam_filer *f, const struct exam *e, int64_t *id);

/*
 * The assessment with this natural id: found in the store, or created
 * from describe (and label and academic year) when describe is not
 * NULL.  STORE_ENOTFOUND when it is unknown and describe is NULL.
 */
int exam_filer_assessment(struct exam_filer *f, const char *natural_id,
			  const char *label,
			  const struct store_assessment *describe, int year,
			  const struct store_assessment **out);

/*
 * Derive a missing level and file the exam, or add it to the batch
 * (taking its contents: e is left holding an earlier exam's, to be
 * reset before use); counts the outcomes of what it files.
 */
int exam_filer_put(struct exam_filer *f, struct exam *e,
		   const struct store_assessment *a, int64_t school_id);

/*
 * File the exams waiting and wait until they are filed; 0 or a store
 * failure.
 */
int exam_filer_flush(struct exam_filer *f);

/*
 * File the exam of the job's current row: find its school (reporting an
 * unknown one at school_column) and, when the file has no errors so
 * far, put the exam; once the file has errors, file what waits and no
 * more, as the rows before the first error were filed.  Returns 0 or a
 * store failure.
 */
int exam_filer_file_row(struct exam_filer *f, struct delimited_job *job,
			struct exam *e, const struct store_assessment *a,
			int school_column);

#endif
