#include "sdf_assessment.h"

#include <stdio.h>
#include <string.h>

static void describe(struct store_assessment *a, const char *family,
		     const char *subject, int grade)
{
	memset(a, 0, sizeof(*a));
	snprintf(a->family, sizeof(a->family), "%s", family);
	snprintf(a->subject, sizeof(a->subject), "%s", subject);
	snprintf(a->kind, sizeof(a->kind), "SUM");
	snprintf(a->type, sizeof(a->type), "summative");
	a->grade = grade;
	exam_filer_catalog_scale(a);
}

/* CAA Science reports levels only; every other family has a scale. */
static int needs_scale(const char *family, const char *subject)
{
	return strcmp(family, "CAA") || strcmp(subject, "SCIENCE");
}

int sdf_assessment_resolve(struct delimited_job *job, struct exam_filer *f,
			   struct exam *e, const char *family,
			   const char *subject, int grade_column,
			   const struct store_assessment **out)
{
	struct store_assessment a;
	char id[96], label[96];
	int rc;

	*out = NULL;
	describe(&a, family, subject, e->grade);
	if (!a.has_scale && needs_scale(family, subject)) {
		delimited_job_error(
		    job, grade_column, table_cell(job->table, grade_column),
		    "no %s %s scale for this grade", family, subject);
		return 0;
	}
	snprintf(id, sizeof(id), "SDF-%s-%s-%d-%d", family, subject, e->grade,
		 e->school_year);
	snprintf(label, sizeof(label), "%s %s grade %d, %d-%02d", family,
		 subject, e->grade, e->school_year - 1, e->school_year % 100);
	rc = exam_filer_assessment(f, id, label, &a, e->school_year, out);
	if (rc < 0)
		return rc;
	e->asmt_name = (*out == NULL) ? NULL : exam_strdup(e, id);
	e->asmt_family = family;
	e->asmt_subject = subject;
	e->asmt_kind = "SUM";
	e->academic_year = e->school_year;
	return 0;
}

void sdf_assessment_scored(struct exam *e)
{
	int included = !e->include_code || !strcmp(e->include_code, "Y");

	e->scored = (e->has_scale_score || e->level > 0) && included;
	e->admin_condition =
	    e->include_code && !strcmp(e->include_code, "R") ? "IN" : "Valid";
}
