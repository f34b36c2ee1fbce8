/*
 * One delimited file being imported: what every format's reader gets,
 * and helpers that read a cell of the current row and report a bad
 * value with its line and column.  The job borrows everything it points
 * to from delimited_import(); it owns nothing.
 *
 * Helpers take the value to show in the error: personal data (names,
 * birth dates, SSIDs) must be read with show = 0 so the value is
 * reported as NULL and never printed or logged.
 */
#ifndef SCOREBOOK_DELIMITED_JOB_H
#define SCOREBOOK_DELIMITED_JOB_H

#include <stdint.h>

#include "cell.h"
#include "delimited.h"
#include "diag.h"
#include "store.h"
#include "table.h"

struct delimited_job {
	struct store *store;
	const char *name; /* the file, for warnings */
	struct table *table;
	int64_t import_id;
	struct diag_list *errors;
	struct delimited_result *result;
};

/*
 * Report every column of names (a NULL-terminated list) that the header
 * lacks.  Returns the number missing.
 */
int delimited_job_require(struct delimited_job *job, const char *const *names);

/*
 * Call fn for every data row that is not blank, counting the rows, until
 * fn returns a store failure (below -1).  A row the reader cannot parse
 * is reported.  Returns 0 or fn's failure.
 */
int delimited_job_each_row(struct delimited_job *job, int (*fn)(void *ctx),
			   void *ctx);

/* An error about a cell of the current row. */
void delimited_job_error(struct delimited_job *job, int column,
			 const char *value, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The cell, or NULL when empty: the shape struct exam wants. */
const char *delimited_job_text(const struct delimited_job *job, int column);

/* Cell readers: 1 value, 0 empty, -1 bad (and reported). */
int delimited_job_number(struct delimited_job *job, int column, double *out);
int delimited_job_int(struct delimited_job *job, int column, long *out);
int delimited_job_date(struct delimited_job *job, int column, int show,
		       char out[CELL_DATE_SIZE]);
int delimited_job_flag(struct delimited_job *job, int column, enum flag *out);

#endif
