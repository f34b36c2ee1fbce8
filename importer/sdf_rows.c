#include "sdf_rows.h"

#include <string.h>

#include "exam_filer.h"
#include "log.h"
#include "sdf_assessment.h"
#include "sdf_row.h"

struct sdf_rows {
	struct delimited_job *job;
	const struct sdf_format *format;
	void *scores;
	struct sdf_row row;
	struct exam exam;
	struct exam_filer filer;
	long skipped;
};

static const struct sdf_record *find_record(const struct sdf_format *f,
					    int type)
{
	int i;

	for (i = 0; i < f->record_count; i++)
		if (f->records[i].type == type)
			return &f->records[i];
	return NULL;
}

static int import_row(void *ctx)
{
	struct sdf_rows *c = ctx;
	struct exam *e = &c->exam;
	const struct store_assessment *a = NULL;
	const struct sdf_record *r;
	int rc;

	exam_reset(e);
	r = find_record(c->format, sdf_row_record_type(&c->row, c->job));
	if (!r) {
		c->skipped++;
		return 0;
	}
	if (sdf_row_read(&c->row, c->job, e) && (e->grade < 0 || !e->opp_key))
		return 0;
	rc = sdf_assessment_resolve(c->job, &c->filer, e, r->family, r->subject,
				    c->row.grade, &a);
	if (rc < 0 || !a)
		return rc;
	c->format->read_scores(c->scores, c->job, e, r, a);
	sdf_assessment_scored(e);
	return exam_filer_file_row(&c->filer, c->job, e, a, c->row.school);
}

int sdf_rows_import(struct delimited_job *job, const struct sdf_format *f,
		    void *scores)
{
	struct sdf_rows c;
	int rc;

	if (delimited_job_require(job, sdf_row_required) +
	    delimited_job_require(job, f->required))
		return -1;
	memset(&c, 0, sizeof(c));
	c.job = job;
	c.format = f;
	c.scores = scores;
	sdf_row_bind(&c.row, job->table);
	exam_init(&c.exam);
	exam_filer_init(&c.filer, job->store, job->import_id,
			&job->result->exams);
	rc = delimited_job_each_row(job, import_row, &c);
	if (rc >= -1) {
		int flushed = exam_filer_flush(&c.filer);

		if (flushed < 0)
			rc = flushed;
	}
	if (c.skipped)
		log_warn("%s: skipped %ld rows of a RecordType other than %s",
			 job->name, c.skipped, f->skipped_note);
	exam_filer_release(&c.filer);
	exam_release(&c.exam);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
