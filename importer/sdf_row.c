#include "sdf_row.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"

const char *const sdf_row_required[] = {
	"RecordType",
	"SSID",
	"GradeAssessed",
	"FinalTestedSchoolCode",
	"FinalTestCompletedDate",
	NULL,
};

static const char *const flag_columns[STUDENT_FLAGS] = {
	[FLAG_HISPANIC] = "HispanicorLatino",
	[FLAG_AMERICAN_INDIAN] = "AmericanIndianorAlaskaNative",
	[FLAG_ASIAN] = "Asian",
	[FLAG_PACIFIC_ISLANDER] = "HawaiianOrOtherPacificIslander",
	[FLAG_FILIPINO] = "Filipino",
	[FLAG_BLACK] = "BlackorAfricanAmerican",
	[FLAG_WHITE] = "White",
	[FLAG_TWO_OR_MORE_RACES] = "TwoorMoreRaces",
	[FLAG_IDEA] = "IDEAIndicator",
	[FLAG_LEP] = "ELStatus",
	[FLAG_SECTION504] = "Section504Status",
	[FLAG_ECONOMIC_DISADVANTAGE] = "EconomicDisadvantageStatus",
	[FLAG_MIGRANT] = "MigrantStatus",
};

static void bind_identity(struct sdf_row *c, const struct table *t)
{
	c->record_type = table_column(t, "RecordType");
	c->ssid = table_column(t, "SSID");
	c->alternate_ssid = table_column(t, "AlternateSSID");
	c->last_name = table_column(t, "StudentLastName");
	c->first_name = table_column(t, "StudentFirstName");
	c->middle_name = table_column(t, "StudentMiddleName");
	c->birthdate = table_column(t, "DateofBirth");
	c->gender = table_column(t, "Gender");
	c->grade = table_column(t, "GradeAssessed");
}

static void bind_schools(struct sdf_row *c, const struct table *t)
{
	c->school = table_column(t, "FinalTestedSchoolCode");
	c->school_name = table_column(t, "FinalTestedSchoolName");
	c->district = table_column(t, "FinalTestedDistrictCode");
	c->district_name = table_column(t, "FinalTestedDistrictName");
	c->enrolled_school = table_column(t, "CALPADSSchoolCode");
	c->enrolled_school_name = table_column(t, "CALPADSSchoolName");
	c->enrolled_district = table_column(t, "CALPADSDistrictCode");
	c->enrolled_district_name = table_column(t, "CALPADSDistrictName");
}

static void bind_programs(struct sdf_row *c, const struct table *t)
{
	c->completed = table_column(t, "FinalTestCompletedDate");
	c->opportunity = table_column(t, "OpportunityID1");
	c->condition = table_column(t, "ConditionCode");
	c->include = table_column(t, "IncludeIndicator");
	c->elas = table_column(t, "ELAS");
	c->elas_start = table_column(t, "ELASStartDate");
	c->language = table_column(t, "CEDSLanguageCode");
	c->military = table_column(t, "MilitaryStatus");
	c->disability = table_column(t, "PrimaryDisabilityType");
	student_flags_bind(&c->flags, t, flag_columns);
}

void sdf_row_bind(struct sdf_row *c, const struct table *t)
{
	bind_identity(c, t);
	bind_schools(c, t);
	bind_programs(c, t);
}

int sdf_row_record_type(const struct sdf_row *c,
			const struct delimited_job *job)
{
	long type;

	if (cell_int(table_cell(job->table, c->record_type), &type) != 1)
		return -1;
	return (int)type;
}

/* M, F and X as the words the TRT files and the reports use. */
static const char *sex_of(const char *code)
{
	static const char *const words[][2] = {
		{ "M", "Male" },	{ "F", "Female" },
		{ "X", "Nonbinary" },	{ "Male", "Male" },
		{ "Female", "Female" }, { "Nonbinary", "Nonbinary" },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcasecmp(code, words[i][0]))
			return words[i][1];
	return NULL;
}

static void read_person(const struct sdf_row *c, struct delimited_job *job,
			struct exam *e)
{
	struct exam_student *p = &e->student;
	const char *gender = table_cell(job->table, c->gender);
	char date[CELL_DATE_SIZE];

	p->ssid = delimited_job_text(job, c->ssid);
	if (!p->ssid)
		delimited_job_error(job, c->ssid, NULL, "missing SSID");
	p->alternate_ssid = delimited_job_text(job, c->alternate_ssid);
	p->last_name = delimited_job_text(job, c->last_name);
	p->first_name = delimited_job_text(job, c->first_name);
	p->middle_name = delimited_job_text(job, c->middle_name);
	if (delimited_job_date(job, c->birthdate, 0, date) == 1)
		p->birthdate = exam_strdup(e, date);
	if (*gender && !(p->sex = sex_of(gender)))
		delimited_job_error(job, c->gender, gender,
				    "not a gender code (M, F or X)");
}

static void read_language(const struct sdf_row *c, struct delimited_job *job,
			  struct exam *e)
{
	struct exam_student *p = &e->student;
	char date[CELL_DATE_SIZE];

	p->elas = delimited_job_text(job, c->elas);
	if (delimited_job_date(job, c->elas_start, 1, date) == 1)
		p->elas_start_date = exam_strdup(e, date);
	p->language_code = delimited_job_text(job, c->language);
	p->military_connected = delimited_job_text(job, c->military);
	p->primary_disability = delimited_job_text(job, c->disability);
}

/*
 * The tested school; a student who did not test has none, and is filed
 * under the school that enrolls them.
 */
static void read_school(const struct sdf_row *c, struct delimited_job *job,
			struct exam *e)
{
	int tested = *table_cell(job->table, c->school) != '\0';

	e->school_id =
	    delimited_job_text(job, tested ? c->school : c->enrolled_school);
	e->school_name = delimited_job_text(
	    job, tested ? c->school_name : c->enrolled_school_name);
	e->district_id = delimited_job_text(job, tested ? c->district
							: c->enrolled_district);
	e->district_name = delimited_job_text(
	    job, tested ? c->district_name : c->enrolled_district_name);
	if (!e->school_id)
		delimited_job_error(job, c->school, NULL, "missing school");
}

static void read_grade(const struct sdf_row *c, struct delimited_job *job,
		       struct exam *e)
{
	const char *grade = table_cell(job->table, c->grade);

	e->grade = catalog_parse_grade(grade);
	if (e->grade < 0)
		delimited_job_error(job, c->grade, grade, "not a grade");
	e->asmt_grade = e->grade;
}

/* <SSID>:<school year>[:<OpportunityID1>] */
static void read_opportunity(const struct sdf_row *c, struct delimited_job *job,
			     struct exam *e)
{
	const char *opp = table_cell(job->table, c->opportunity);
	char date[CELL_DATE_SIZE] = "", key[256];

	if (delimited_job_date(job, c->completed, 1, date) == 0)
		delimited_job_error(job, c->completed, NULL,
				    "missing completion date");
	if (!e->student.ssid || !*date)
		return;
	e->date_completed = exam_strdup(e, date);
	e->school_year = cell_school_year(date);
	snprintf(key, sizeof(key), "%s:%d%s%s", e->student.ssid, e->school_year,
		 *opp ? ":" : "", opp);
	e->opp_key = exam_strdup(e, key);
	e->condition_code = delimited_job_text(job, c->condition);
	e->include_code = delimited_job_text(job, c->include);
}

int sdf_row_read(const struct sdf_row *c, struct delimited_job *job,
		 struct exam *e)
{
	int before = job->errors->count;

	e->source = "sdf";
	e->asmt_type = "summative";
	e->completeness = "Complete";
	/*
	 * No status date: each row is dated by its own completion date, so
	 * a newer cumulative download leaves unchanged rows unchanged.
	 */
	e->status_date = NULL;
	read_person(c, job, e);
	student_flags_read(&c->flags, job, &e->student);
	read_language(c, job, e);
	read_school(c, job, e);
	read_grade(c, job, e);
	read_opportunity(c, job, e);
	return job->errors->count - before;
}
