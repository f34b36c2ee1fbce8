#include "export_student.h"

#include <string.h>
#include <strings.h>

static const char *const flag_columns[STUDENT_FLAGS] = {
	[FLAG_HISPANIC] = "HispanicOrLatinoEthnicity",
	[FLAG_AMERICAN_INDIAN] = "AmericanIndianOrAlaskaNative",
	[FLAG_ASIAN] = "Asian",
	[FLAG_PACIFIC_ISLANDER] = "NativeHawaiianOrOtherPacificIslander",
	[FLAG_FILIPINO] = "Filipino",
	[FLAG_BLACK] = "BlackOrAfricanAmerican",
	[FLAG_WHITE] = "White",
	[FLAG_TWO_OR_MORE_RACES] = "DemographicRaceTwoOrMoreRaces",
	[FLAG_IDEA] = "IDEAIndicator",
	[FLAG_LEP] = "LEPStatus",
	[FLAG_SECTION504] = "Section504Status",
	[FLAG_ECONOMIC_DISADVANTAGE] = "EconomicDisadvantageStatus",
	[FLAG_MIGRANT] = "MigrantStatus",
};

void export_student_bind(struct export_student *c, const struct table *t)
{
	c->ssid = table_column(t, "StudentIdentifier");
	c->first_name = table_column(t, "FirstName");
	c->last_name = table_column(t, "LastOrSurname");
	c->sex = table_column(t, "Sex");
	c->district = table_column(t, "DistrictId");
	c->district_name = table_column(t, "DistrictName");
	c->school = table_column(t, "SchoolId");
	c->school_name = table_column(t, "SchoolName");
	c->language = table_column(t, "LanguageCode");
	c->elas = table_column(t, "EnglishLanguageAcquisitionStatus");
	c->elas_start =
	    table_column(t, "EnglishLanguageAcquisitionStatusStartDate");
	student_flags_bind(&c->flags, t, flag_columns);
}

static void read_sex(const struct export_student *c, struct delimited_job *job,
		     struct exam *e)
{
	static const char *const words[] = { "Male", "Female", "Nonbinary" };
	const char *sex = table_cell(job->table, c->sex);
	size_t i;

	if (!*sex)
		return;
	for (i = 0; i < 3; i++)
		if (!strcasecmp(sex, words[i]))
			e->student.sex = words[i];
	if (!e->student.sex)
		delimited_job_error(job, c->sex, sex,
				    "not Male, Female or Nonbinary");
}

void export_student_read(const struct export_student *c,
			 struct delimited_job *job, struct exam *e)
{
	struct exam_student *p = &e->student;
	char date[CELL_DATE_SIZE];

	p->ssid = delimited_job_text(job, c->ssid);
	if (!p->ssid)
		delimited_job_error(job, c->ssid, NULL,
				    "missing student identifier");
	p->first_name = delimited_job_text(job, c->first_name);
	p->last_name = delimited_job_text(job, c->last_name);
	read_sex(c, job, e);
	student_flags_read(&c->flags, job, p);
	p->language_code = delimited_job_text(job, c->language);
	p->elas = delimited_job_text(job, c->elas);
	if (delimited_job_date(job, c->elas_start, 1, date) == 1)
		p->elas_start_date = exam_strdup(e, date);
	e->district_id = delimited_job_text(job, c->district);
	e->district_name = delimited_job_text(job, c->district_name);
	e->school_id = delimited_job_text(job, c->school);
	e->school_name = delimited_job_text(job, c->school_name);
	if (!e->school_id)
		delimited_job_error(job, c->school, NULL, "missing school");
}
