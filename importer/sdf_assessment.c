#include "sdf_assessment.h"

#include "exam_level.h"

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
	exam_level_scale(a);
}

/* CAA Science reports levels only; every other family has a scale. */
static int needs_scale(const char *family, const char *subject)
{
	return strcmp(family, "CAA") || strcmp(subject, "SCIENCE");
}

/* "Smarter Balanced Math grade 5, 2023-24", "Summative ELPAC grade K, ..." */
static void label_of(char *label, size_t size, const char *family,
		     const char *subject, const struct exam *e)
{
	static const char *const names[][2] = {
		{ "SBAC", "Smarter Balanced" },
		{ "ELPAC", "Summative ELPAC" },
		{ "ELA", "ELA" },
		{ "MATH", "Math" },
		{ "SCIENCE", "Science" },
	};
	const char *family_name = family, *subject_name = NULL;
	char grade[8];
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcmp(family, names[i][0]))
			family_name = names[i][1];
		if (!strcmp(subject, names[i][0]))
			subject_name = names[i][1];
	}
	/* CAST, CSA and ELPAC each have one subject: their name says it. */
	if (strcmp(family, "SBAC") && strcmp(family, "CAA"))
		subject_name = NULL;
	snprintf(grade, sizeof(grade), "%d", e->grade);
	snprintf(label, size, "%s%s%s grade %s, %d-%02d", family_name,
		 subject_name ? " " : "", subject_name ? subject_name : "",
		 e->grade ? grade : "K", e->school_year - 1,
		 e->school_year % 100);
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
	label_of(label, sizeof(label), family, subject, e);
	rc = exam_filer_assessment(f, id, label, &a, e->school_year, out);
	if (rc < 0)
		return rc;
	e->asmt_name = exam_strdup(e, id);
	e->asmt_family = family;
	e->asmt_subject = subject;
	e->asmt_kind = "SUM";
	e->academic_year = e->school_year;
	return 0;
}

void sdf_assessment_scored(struct exam *e)
{
	/* A layout without IncludeIndicator counts every row in. */
	int included = !e->include_code || !strcmp(e->include_code, "Y");

	e->scored = (e->has_scale_score || e->level > 0) && included;
	e->admin_condition =
	    e->include_code && !strcmp(e->include_code, "R") ? "IN" : "Valid";
}
