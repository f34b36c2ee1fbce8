/*
 * The row loop every student score data file shares: each row's record
 * type picks a family and subject (or the row is skipped and counted),
 * the student and school columns fill the exam, the assessment is
 * resolved, the format reads its own scores, and the exam is filed.
 */
#ifndef SCOREBOOK_SDF_ROWS_H
#define SCOREBOOK_SDF_ROWS_H

#include "delimited_job.h"
#include "exam.h"
#include "store.h"

struct sdf_record {
	int type;
	const char *family, *subject;
};

struct sdf_format {
	/* Score columns the format needs beside the shared ones. */
	const char *const *required;
	/* The record types read; rows of any other type are skipped. */
	const struct sdf_record *records;
	int record_count;
	/* How the warning names what was skipped. */
	const char *skipped_note;
	/* Read the current row's scores into the exam. */
	void (*read_scores)(void *scores, struct delimited_job *job,
			    struct exam *e, const struct sdf_record *r,
			    const struct store_assessment *a);
};

/*
 * Check the required columns, then read and file every row.  scores is
 * the format's own state (its columns), bound by the caller.  Returns 0,
 * -1 when the file has errors, or a store failure below -1.
 */
int sdf_rows_import(struct delimited_job *job, const struct sdf_format *f,
		    void *scores);

#endif
