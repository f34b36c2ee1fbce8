#include "delimited_job.h"

#include <stdarg.h>

#include "buf.h"

int delimited_job_require(struct delimited_job *job, const char *const *names)
{
	int missing = 0;

	for (; *names; names++) {
		if (table_column(job->table, *names) >= 0)
			continue;
		diag_add(job->errors, job->table->header_line, *names, NULL,
			 "missing required column");
		missing++;
	}
	return missing;
}

int delimited_job_each_row(struct delimited_job *job, int (*fn)(void *ctx),
			   void *ctx)
{
	int rc;

	while ((rc = table_next(job->table)) == 1) {
		if (table_row_blank(job->table))
			continue;
		job->result->rows++;
		if ((rc = fn(ctx)) < -1)
			return rc;
	}
	if (rc < 0)
		diag_add(job->errors, job->table->line, NULL, NULL,
			 "the delimited text cannot be read past this line");
	return 0;
}

void delimited_job_error(struct delimited_job *job, int column,
			 const char *value, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	diag_add(job->errors, table_line(job->table),
		 column >= 0 ? table_name(job->table, column) : NULL, value,
		 "%s", buf_cstr(&msg));
	buf_release(&msg);
}

const char *delimited_job_text(const struct delimited_job *job, int column)
{
	const char *v = table_cell(job->table, column);

	return *v ? v : NULL;
}

int delimited_job_number(struct delimited_job *job, int column, double *out)
{
	const char *v = table_cell(job->table, column);
	int rc = cell_number(v, out);

	if (rc < 0)
		delimited_job_error(job, column, v, "not a number");
	return rc;
}

int delimited_job_int(struct delimited_job *job, int column, long *out)
{
	const char *v = table_cell(job->table, column);
	int rc = cell_int(v, out);

	if (rc < 0)
		delimited_job_error(job, column, v, "not a whole number");
	return rc;
}

int delimited_job_date(struct delimited_job *job, int column, int show,
		       char out[CELL_DATE_SIZE])
{
	const char *v = table_cell(job->table, column);
	int rc = cell_date(v, out);

	if (rc < 0)
		delimited_job_error(job, column, show ? v : NULL, "not a date");
	return rc;
}

int delimited_job_flag(struct delimited_job *job, int column, enum flag *out)
{
	const char *v = table_cell(job->table, column);
	int rc = cell_flag(v, out);

	if (rc < 0)
		delimited_job_error(job, column, v, "not a yes/no value");
	return rc;
}
