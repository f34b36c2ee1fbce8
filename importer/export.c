#include "export.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "exam_filer.h"
#include "exam_level.h"
#include "export_student.h"
#include "score_cells.h"

#define SLOTS 6

static const char *const ela_slots[] = { "SOCK_R", "2-W", "SOCK_LS", "4-CR",
					 NULL };
static const char *const math_slots[] = { "1", "SOCK_2", "3", NULL };
static const char *const cast_slots[] = { "1", "2", "3", NULL };
static const char *const elpac_slots[] = { "LISTENING", "SPEAKING", "READING",
					   "WRITING", NULL };
static const char *const elpac_alts[] = { "ORAL", "WRITTEN", NULL };
static const char *const no_slots[] = { NULL };

/*
 * What each Subject value means: the family and subject of its scale,
 * and what its claim and alternate slots hold.
 */
static const struct subject {
	const char *written, *family, *code;
	const char *slot_kind;
	const char *const *slots, *const *alts;
} subjects[] = {
	{ "ELA", "SBAC", "ELA", "claim", ela_slots, no_slots },
	{ "Math", "SBAC", "MATH", "claim", math_slots, no_slots },
	{ "ELPAC", "ELPAC", "ELPAC", "domain", elpac_slots, elpac_alts },
	{ "CAAELA", "CAA", "ELA", "claim", no_slots, no_slots },
	{ "CAAMATH", "CAA", "MATH", "claim", no_slots, no_slots },
	{ "CAST", "CAST", "SCIENCE", "domain", cast_slots, no_slots },
	{ "CSA", "CSA", "SPANISH", "domain", no_slots, no_slots },
};

struct export
{
	struct delimited_job *job;
	struct export_student student;
	int submitted, year, session, type, subtype, name, subject, grade;
	int completeness, condition;
	int overall[3], claims[SLOTS][3], alts[SLOTS][3];
	struct exam exam;
	struct exam_filer filer;
};

static void bind_slots(struct export *x, const struct table *t)
{
	char name[64];
	int i;

	for (i = 0; i < SLOTS; i++) {
		snprintf(name, sizeof(name), "Claim%dScore", i + 1);
		x->claims[i][0] = table_column(t, name);
		snprintf(name, sizeof(name), "Claim%dScoreStandardError",
			 i + 1);
		x->claims[i][1] = table_column(t, name);
		snprintf(name, sizeof(name), "Claim%dScoreAchievementLevel",
			 i + 1);
		x->claims[i][2] = table_column(t, name);
		snprintf(name, sizeof(name), "Alt%dScaleScore", i + 1);
		x->alts[i][0] = table_column(t, name);
		snprintf(name, sizeof(name), "Alt%dScaleScoreStandardError",
			 i + 1);
		x->alts[i][1] = table_column(t, name);
		snprintf(name, sizeof(name), "Alt%dScoreAchievementLevel",
			 i + 1);
		x->alts[i][2] = table_column(t, name);
	}
}

static void bind(struct export *x, const struct table *t)
{
	export_student_bind(&x->student, t);
	x->submitted = table_column(t, "SubmitDateTime");
	x->year = table_column(t, "SchoolYear");
	x->session = table_column(t, "TestSessionId");
	x->type = table_column(t, "AssessmentType");
	x->subtype = table_column(t, "AssessmentSubType");
	x->name = table_column(t, "AssessmentName");
	x->subject = table_column(t, "Subject");
	x->grade = table_column(t, "GradeLevelWhenAssessed");
	x->completeness = table_column(t, "Completeness");
	x->condition = table_column(t, "AdministrationCondition");
	x->overall[0] = table_column(t, "ScaleScore");
	x->overall[1] = table_column(t, "ScaleScoreStandardError");
	x->overall[2] = table_column(t, "ScaleScoreAchievementLevel");
	bind_slots(x, t);
}

static const struct subject *find_subject(const char *text)
{
	size_t i;

	for (i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++)
		if (!strcasecmp(text, subjects[i].written))
			return &subjects[i];
	return NULL;
}

static const char *kind_of(const char *subtype)
{
	static const char *const map[][2] = {
		{ "SUM", "SUM" },
		{ "ICA", "ICA" },
		{ "IAB", "IAB" },
		{ "FIAB", "IAB" },
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcasecmp(subtype, map[i][0]))
			return map[i][1];
	return NULL;
}

/*
 * When it was taken, and its key: a summative exam is one per student
 * and year; interim ones are told apart by their submit time.
 */
static void read_when(struct export *x, struct exam *e)
{
	struct delimited_job *job = x->job;
	const char *submitted = table_cell(job->table, x->submitted);
	char date[CELL_DATE_SIZE] = "", key[256];
	long year = 0;

	if (delimited_job_date(job, x->submitted, 1, date) == 0)
		delimited_job_error(job, x->submitted, NULL,
				    "missing submit date");
	if (delimited_job_int(job, x->year, &year) == 1 &&
	    (year < 1990 || year > 2200))
		delimited_job_error(job, x->year,
				    table_cell(job->table, x->year),
				    "not a school year");
	if (!*date || !e->student.ssid)
		return;
	e->date_completed = exam_strdup(e, date);
	e->school_year = year ? (int)year : cell_school_year(date);
	if (!strcmp(e->asmt_kind, "SUM"))
		snprintf(key, sizeof(key), "%s:%d", e->student.ssid,
			 e->school_year);
	else
		snprintf(key, sizeof(key), "%s:%d:%s", e->student.ssid,
			 e->school_year, submitted);
	e->opp_key = exam_strdup(e, key);
}

/* Subject, kind and grade of the row; returns the number of errors. */
static int read_assessment(struct export *x, struct exam *e,
			   const struct subject **subject)
{
	struct delimited_job *job = x->job;
	const char *text = table_cell(job->table, x->subject);
	const char *subtype = table_cell(job->table, x->subtype);
	const char *grade = table_cell(job->table, x->grade);
	int before = job->errors->count;

	if (!(*subject = find_subject(text)))
		delimited_job_error(job, x->subject, text,
				    "not a subject (ELA, Math, ELPAC, CAAELA, "
				    "CAAMATH, CAST or CSA)");
	if (!(e->asmt_kind = kind_of(subtype)))
		delimited_job_error(job, x->subtype, subtype,
				    "not an assessment kind (SUM, ICA, IAB)");
	if ((e->grade = catalog_parse_grade(grade)) < 0)
		delimited_job_error(job, x->grade, grade, "not a grade");
	e->asmt_name = delimited_job_text(job, x->name);
	if (!e->asmt_name)
		delimited_job_error(job, x->name, NULL,
				    "missing assessment name");
	return job->errors->count - before;
}

/* Find the assessment, or create it from the row with the catalog scale. */
static int resolve(struct export *x, struct exam *e,
		   const struct subject *subject,
		   const struct store_assessment **out)
{
	struct store_assessment a;
	int rc =
	    exam_filer_assessment(&x->filer, e->asmt_name, NULL, NULL, 0, out);

	if (rc != STORE_ENOTFOUND)
		return rc;
	memset(&a, 0, sizeof(a));
	snprintf(a.family, sizeof(a.family), "%s", subject->family);
	snprintf(a.subject, sizeof(a.subject), "%s", subject->code);
	snprintf(a.kind, sizeof(a.kind), "%s", e->asmt_kind);
	snprintf(a.type, sizeof(a.type), "%s",
		 strcmp(e->asmt_kind, "SUM") ? "interim" : "summative");
	a.grade = e->grade;
	if (!exam_level_scale(&a)) {
		delimited_job_error(x->job, x->grade,
				    table_cell(x->job->table, x->grade),
				    "unknown assessment, and no %s %s scale "
				    "for this grade",
				    subject->family, subject->code);
		*out = NULL;
		return 0;
	}
	return exam_filer_assessment(&x->filer, e->asmt_name, e->asmt_name, &a,
				     e->school_year, out);
}

static void read_slots(struct export *x, struct exam *e,
		       const struct subject *subject)
{
	int alt_levels = !strcmp(subject->family, "ELPAC") ? 4 : 3;
	int i;

	for (i = 0; i < SLOTS && subject->slots[i]; i++)
		score_cells_child(x->job, e, subject->slot_kind,
				  subject->slots[i], 3, x->claims[i]);
	for (i = 0; i < SLOTS && subject->alts[i]; i++)
		score_cells_child(x->job, e, "alt", subject->alts[i],
				  alt_levels, x->alts[i]);
}

static void read_opportunity(struct export *x, struct exam *e,
			     const struct store_assessment *a)
{
	struct delimited_job *job = x->job;
	const char *completeness = table_cell(job->table, x->completeness);

	score_cells_overall(job, e, a, x->overall);
	e->scored = e->has_scale_score || e->level > 0;
	e->session_id = delimited_job_text(job, x->session);
	e->completeness = *completeness ? completeness : "Complete";
	if (strcmp(e->completeness, "Complete") &&
	    strcmp(e->completeness, "Partial"))
		delimited_job_error(job, x->completeness, completeness,
				    "not Complete or Partial");
	e->admin_condition = delimited_job_text(job, x->condition);
	if (!e->admin_condition)
		e->admin_condition =
		    strcmp(a->type, "summative") ? "SD" : "Valid";
}

static int import_row(void *ctx)
{
	struct export *x = ctx;
	struct exam *e = &x->exam;
	const struct store_assessment *a = NULL;
	const struct subject *subject;
	int rc;

	exam_reset(e);
	e->source = "export";
	export_student_read(&x->student, x->job, e);
	if (read_assessment(x, e, &subject))
		return 0;
	read_when(x, e);
	if (!e->opp_key)
		return 0;
	if ((rc = resolve(x, e, subject, &a)) < 0 || !a)
		return rc;
	read_opportunity(x, e, a);
	read_slots(x, e, subject);
	return exam_filer_file_row(&x->filer, x->job, e, a, x->student.school);
}

int export_import(struct delimited_job *job)
{
	static const char *const required[] = {
		"StudentIdentifier",	  "SchoolId",
		"SubmitDateTime",	  "AssessmentSubType",
		"AssessmentName",	  "Subject",
		"GradeLevelWhenAssessed", NULL,
	};
	struct export x;
	int rc;

	if (delimited_job_require(job, required))
		return -1;
	memset(&x, 0, sizeof(x));
	x.job = job;
	bind(&x, job->table);
	exam_init(&x.exam);
	exam_filer_init(&x.filer, job->store, job->import_id,
			&job->result->exams);
	rc = delimited_job_each_row(job, import_row, &x);
	if (rc >= -1) {
		int flushed = exam_filer_flush(&x.filer);

		if (flushed < 0)
			rc = flushed;
	}
	exam_filer_release(&x.filer);
	exam_release(&x.exam);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
