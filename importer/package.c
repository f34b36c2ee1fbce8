#include "package.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "exam_filer.h"
#include "exam_level.h"
#include "store_tables.h"
#include "strmap.h"

enum asmt_column {
	A_ID,
	A_NAME,
	A_SUBJECT,
	A_GRADE,
	A_TYPE,
	A_SUBTYPE,
	A_LABEL,
	A_YEAR,
	A_COUNT
};

enum item_column {
	I_FULL_KEY,
	I_BANK,
	I_ITEM,
	I_TYPE,
	I_STANDARD,
	I_COMMON_CORE,
	I_CLAIM,
	I_TARGET,
	I_DOK,
	I_MAX_POINTS,
	I_POSITION,
	I_ANSWER_KEY,
	I_OPTIONS,
	I_WRITING,
	I_COUNT
};

static const char *const asmt_names[A_COUNT] = {
	"AssessmentId",	   "AssessmentName", "AssessmentSubject",
	"AssessmentGrade", "AssessmentType", "AssessmentSubtype",
	"AssessmentLabel", "AcademicYear",
};

static const char *const item_names[I_COUNT] = {
	"FullItemKey",
	"BankKey",
	"ItemId",
	"ItemType",
	"Standard",
	"CommonCore",
	"Claim",
	"Target",
	"DOK",
	"MaxPoints",
	"ItemPosition",
	"AnswerKey",
	"NumberOfAnswerOptions",
	"PtWritingType",
};

struct package {
	struct delimited_job *job;
	int asmt[A_COUNT], item[I_COUNT];
	int low[4], high[4];
	struct strmap assessments; /* natural id to id */
};

static const char *subject_code(const char *text)
{
	static const char *const map[][2] = {
		{ "ELA", "ELA" },	  { "MATH", "MATH" },
		{ "SCIENCE", "SCIENCE" }, { "SCI", "SCIENCE" },
		{ "ELPAC", "ELPAC" },	  { "SPANISH", "SPANISH" },
		{ "CSA", "SPANISH" },
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcasecmp(text, map[i][0]))
			return map[i][1];
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

/* ScaledLow1..4 and ScaledHigh1..4: the range and the level cuts. */
static void read_scale(struct package *p, struct store_assessment *a)
{
	double low[4], high[4];
	int i;

	for (i = 0; i < 4; i++) {
		if (delimited_job_number(p->job, p->low[i], &low[i]) != 1 ||
		    delimited_job_number(p->job, p->high[i], &high[i]) != 1)
			break;
	}
	if (i < 2)
		return;
	a->levels = i;
	a->scale_low = low[0];
	a->scale_high = high[i - 1];
	a->cut2 = low[1];
	a->cut3 = i > 2 ? low[2] : 0;
	a->cut4 = i > 3 ? low[3] : 0;
	a->has_scale = 1;
}

/* Subject, grade, kind and type; returns the number of errors. */
static int describe(struct package *p, struct store_assessment *a)
{
	struct delimited_job *job = p->job;
	const char *subject = table_cell(job->table, p->asmt[A_SUBJECT]);
	const char *grade = table_cell(job->table, p->asmt[A_GRADE]);
	const char *subtype = table_cell(job->table, p->asmt[A_SUBTYPE]);
	const char *type = table_cell(job->table, p->asmt[A_TYPE]);
	const char *code = subject_code(subject), *kind = kind_of(subtype);
	int before = job->errors->count;

	memset(a, 0, sizeof(*a));
	if (!code)
		delimited_job_error(job, p->asmt[A_SUBJECT], subject,
				    "not a subject scorebook knows");
	if ((a->grade = catalog_parse_grade(grade)) < 0)
		delimited_job_error(job, p->asmt[A_GRADE], grade,
				    "not a grade");
	if (!kind)
		delimited_job_error(job, p->asmt[A_SUBTYPE], subtype,
				    "not an assessment kind (SUM, ICA, IAB)");
	if (job->errors->count > before)
		return job->errors->count - before;
	snprintf(a->subject, sizeof(a->subject), "%s", code);
	snprintf(
	    a->family, sizeof(a->family), "%s",
	    exam_level_family(table_cell(job->table, p->asmt[A_ID]), code));
	snprintf(a->kind, sizeof(a->kind), "%s", kind);
	snprintf(a->type, sizeof(a->type), "%s",
		 !strcasecmp(type, "summative") ||
			 (!*type && !strcmp(a->kind, "SUM"))
		     ? "summative"
		     : "interim");
	read_scale(p, a);
	if (!a->has_scale)
		exam_level_scale(a);
	return 0;
}

/*
 * The assessment of the row.  Its first row in the file creates or
 * refines it and drops its old items, which the file lists anew.
 */
static int open_assessment(struct package *p, int64_t *id)
{
	struct delimited_job *job = p->job;
	const char *natural_id = table_cell(job->table, p->asmt[A_ID]);
	struct store_assessment a, found;
	long year = 0;
	int rc;

	/* An assessment with errors is remembered as -1: reported once. */
	if (strmap_get(&p->assessments, natural_id, id))
		return *id < 0 ? -1 : 0;
	if (!*natural_id) {
		delimited_job_error(job, p->asmt[A_ID], NULL,
				    "missing assessment id");
		return -1;
	}
	delimited_job_int(job, p->asmt[A_YEAR], &year);
	if (describe(p, &a)) {
		strmap_put(&p->assessments, natural_id, -1);
		return -1;
	}
	if ((rc =
		 store_put_assessment(job->store, natural_id,
				      delimited_job_text(job, p->asmt[A_LABEL]),
				      &a, (int)year)) < 0 ||
	    (rc = store_find_assessment(job->store, natural_id, &found)) < 0)
		return rc;
	*id = found.id;
	if ((a.has_scale &&
	     (rc = store_tables_assessment_scale(job->store, *id, &a)) < 0) ||
	    (rc = store_tables_items_clear(job->store, *id)) < 0)
		return rc;
	strmap_put(&p->assessments, natural_id, *id);
	return 0;
}

static void read_whole(struct package *p, int column, long *v, int *has)
{
	*has = delimited_job_int(p->job, p->item[column], v) == 1;
}

static void read_item(struct package *p, struct store_item *it, char *key,
		      size_t size)
{
	struct delimited_job *job = p->job;
	const char *full = table_cell(job->table, p->item[I_FULL_KEY]);
	const char *common = delimited_job_text(job, p->item[I_COMMON_CORE]);

	memset(it, 0, sizeof(*it));
	snprintf(key, size, "%s", full);
	if (!*full)
		snprintf(key, size, "%s-%s",
			 table_cell(job->table, p->item[I_BANK]),
			 table_cell(job->table, p->item[I_ITEM]));
	it->item_key = key;
	it->item_type = delimited_job_text(job, p->item[I_TYPE]);
	it->claim = delimited_job_text(job, p->item[I_CLAIM]);
	it->target = delimited_job_text(job, p->item[I_TARGET]);
	it->standard =
	    common ? common : delimited_job_text(job, p->item[I_STANDARD]);
	it->answer_key = delimited_job_text(job, p->item[I_ANSWER_KEY]);
	it->writing_type = delimited_job_text(job, p->item[I_WRITING]);
	read_whole(p, I_DOK, &it->dok, &it->has_dok);
	read_whole(p, I_MAX_POINTS, &it->max_points, &it->has_max_points);
	read_whole(p, I_POSITION, &it->position, &it->has_position);
	read_whole(p, I_OPTIONS, &it->answer_options, &it->has_answer_options);
}

static int import_row(void *ctx)
{
	struct package *p = ctx;
	struct store_item item;
	char key[256];
	int64_t id;
	int rc;

	if ((rc = open_assessment(p, &id)) < 0)
		return rc;
	read_item(p, &item, key, sizeof(key));
	if (!strcmp(key, "-")) {
		delimited_job_error(p->job, p->item[I_FULL_KEY], NULL,
				    "missing item key");
		return 0;
	}
	if (p->job->errors->count)
		return 0;
	return store_tables_item(p->job->store, id, &item);
}

static void bind(struct package *p, const struct table *t)
{
	char name[32];
	int i;

	for (i = 0; i < A_COUNT; i++)
		p->asmt[i] = table_column(t, asmt_names[i]);
	for (i = 0; i < I_COUNT; i++)
		p->item[i] = table_column(t, item_names[i]);
	for (i = 0; i < 4; i++) {
		snprintf(name, sizeof(name), "ScaledLow%d", i + 1);
		p->low[i] = table_column(t, name);
		snprintf(name, sizeof(name), "ScaledHigh%d", i + 1);
		p->high[i] = table_column(t, name);
	}
}

int package_import(struct delimited_job *job)
{
	static const char *const required[] = {
		"AssessmentId",	     "AssessmentSubject", "AssessmentGrade",
		"AssessmentSubtype", "FullItemKey",	  NULL,
	};
	struct package p;
	int rc;

	if (delimited_job_require(job, required))
		return -1;
	memset(&p, 0, sizeof(p));
	p.job = job;
	bind(&p, job->table);
	rc = delimited_job_each_row(job, import_row, &p);
	strmap_release(&p.assessments);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
