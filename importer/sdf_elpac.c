#include "sdf_elpac.h"

#include <string.h>

#include "exam_filer.h"
#include "log.h"
#include "score_cells.h"
#include "sdf_assessment.h"
#include "sdf_row.h"

#define SUMMATIVE_ELPAC 21

/* Oral and written language composites, as alternate scores. */
static const struct {
	const char *code, *scale, *level, *se;
} composites[2] = {
	{ "ORAL", "OralLanguageScaleScore", "OralLanguagePL",
	  "OralLanguageCSEM" },
	{ "WRITTEN", "WrittenLanguageScaleScore", "WrittenLanguagePL",
	  "WrittenLanguageCSEM" },
};

static const struct {
	const char *code, *level;
} domains[4] = {
	{ "LISTENING", "ListeningPL" },
	{ "SPEAKING", "SpeakingPL" },
	{ "READING", "ReadingPL" },
	{ "WRITING", "WritingPL" },
};

struct elpac {
	struct delimited_job *job;
	struct sdf_row row;
	int overall[3], composites[2][3], domains[4][3];
	struct exam exam;
	struct exam_filer filer;
	long skipped;
};

static void bind_scores(struct elpac *c, const struct table *t)
{
	int i;

	c->overall[0] = table_column(t, "OverallScaleScore");
	c->overall[1] = table_column(t, "OverallScaleScoreCSEM");
	c->overall[2] = table_column(t, "OverallPL");
	for (i = 0; i < 2; i++) {
		c->composites[i][0] = table_column(t, composites[i].scale);
		c->composites[i][1] = table_column(t, composites[i].se);
		c->composites[i][2] = table_column(t, composites[i].level);
	}
	for (i = 0; i < 4; i++) {
		c->domains[i][0] = c->domains[i][1] = -1;
		c->domains[i][2] = table_column(t, domains[i].level);
	}
}

static void read_scores(struct elpac *c, const struct store_assessment *a)
{
	struct exam *e = &c->exam;
	int i;

	score_cells_overall(c->job, e, a, c->overall);
	for (i = 0; i < 2; i++)
		score_cells_child(c->job, e, "alt", composites[i].code, 4,
				  c->composites[i]);
	for (i = 0; i < 4; i++)
		score_cells_child(c->job, e, "domain", domains[i].code, 3,
				  c->domains[i]);
	sdf_assessment_scored(e);
}

static int import_row(void *ctx)
{
	struct elpac *c = ctx;
	struct exam *e = &c->exam;
	const struct store_assessment *a = NULL;
	int rc;

	exam_reset(e);
	if (sdf_row_record_type(&c->row, c->job) != SUMMATIVE_ELPAC) {
		c->skipped++;
		return 0;
	}
	if (sdf_row_read(&c->row, c->job, e) && (e->grade < 0 || !e->opp_key))
		return 0;
	rc = sdf_assessment_resolve(c->job, &c->filer, e, "ELPAC", "ELPAC",
				    c->row.grade, &a);
	if (rc < 0 || !a)
		return rc;
	read_scores(c, a);
	return exam_filer_file_row(&c->filer, c->job, e, a, c->row.school);
}

int sdf_elpac_import(struct delimited_job *job)
{
	static const char *const required[] = { "OverallScaleScore",
						"OverallPL", NULL };
	struct elpac c;
	int rc;

	if (delimited_job_require(job, sdf_row_required) +
	    delimited_job_require(job, required))
		return -1;
	memset(&c, 0, sizeof(c));
	c.job = job;
	sdf_row_bind(&c.row, job->table);
	bind_scores(&c, job->table);
	exam_init(&c.exam);
	exam_filer_init(&c.filer, job->store, job->import_id,
			&job->result->exams);
	rc = delimited_job_each_row(job, import_row, &c);
	if (c.skipped)
		log_warn("%s: skipped %ld rows of a RecordType other than 21: "
			 "only the summative ELPAC is read",
			 job->name, c.skipped);
	exam_filer_release(&c.filer);
	exam_release(&c.exam);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
