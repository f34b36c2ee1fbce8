#include "organizations.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "store_tables.h"

#define DISTRICT_SCHOOL_PART "0000000"

struct organizations {
	struct delimited_job *job;
	int district, school, cds, district_name, school_name, charter;
};

static int digits(const char *text, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)text[i]))
			return 0;
	return text[n] == '\0';
}

static int put_school(struct organizations *o, const char *cds,
		      const char *district)
{
	struct delimited_job *job = o->job;
	const char *name = delimited_job_text(job, o->school_name);
	enum flag charter = FLAG_UNKNOWN;
	int64_t id;
	int rc;

	delimited_job_flag(job, o->charter, &charter);
	if (job->errors->count)
		return 0;
	if ((rc = store_put_school(job->store, cds, name, district, &id)) < 0)
		return rc;
	return store_tables_school_charter(job->store, id, charter);
}

/* County-District Code, School Code, Auth CDS Code and the names. */
static int cds_row(void *ctx)
{
	struct organizations *o = ctx;
	struct delimited_job *job = o->job;
	const char *county_district = table_cell(job->table, o->district);
	const char *school = table_cell(job->table, o->school);
	const char *cds = table_cell(job->table, o->cds);
	char district[16];
	int rc;

	if (!digits(county_district, 7)) {
		delimited_job_error(job, o->district, county_district,
				    "not a 7-digit county-district code");
		return 0;
	}
	snprintf(district, sizeof(district), "%s" DISTRICT_SCHOOL_PART,
		 county_district);
	if ((rc = store_put_district(job->store, district,
				     delimited_job_text(job, o->district_name),
				     NULL)) < 0)
		return rc;
	if (!*school || !strcmp(school, DISTRICT_SCHOOL_PART))
		return 0;
	if (!digits(cds, 14)) {
		delimited_job_error(job, o->cds, cds,
				    "not a 14-digit CDS code");
		return 0;
	}
	return put_school(o, cds, district);
}

/* CDSCode, District, School, Charter; "No Data" is an empty cell. */
static int directory_row(void *ctx)
{
	struct organizations *o = ctx;
	struct delimited_job *job = o->job;
	const char *cds = table_cell(job->table, o->cds);
	const char *name = delimited_job_text(job, o->district_name);
	char district[16];
	int rc;

	if (!digits(cds, 14)) {
		delimited_job_error(job, o->cds, cds,
				    "not a 14-digit CDS code");
		return 0;
	}
	snprintf(district, sizeof(district), "%.7s" DISTRICT_SCHOOL_PART, cds);
	if ((rc = store_put_district(job->store, district, name, NULL)) < 0)
		return rc;
	if (!strcmp(cds + 7, DISTRICT_SCHOOL_PART))
		return 0;
	return put_school(o, cds, district);
}

static int run(struct delimited_job *job, const char *const *required,
	       struct organizations *o, int (*row)(void *))
{
	int rc;

	if (delimited_job_require(job, required))
		return -1;
	o->job = job;
	rc = delimited_job_each_row(job, row, o);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}

int organizations_import_cds(struct delimited_job *job)
{
	static const char *const required[] = {
		"County-District Code", "School Code", "Auth CDS Code",
		"District Name",	"School Name", NULL,
	};
	struct organizations o;

	memset(&o, 0, sizeof(o));
	o.district = table_column(job->table, "County-District Code");
	o.school = table_column(job->table, "School Code");
	o.cds = table_column(job->table, "Auth CDS Code");
	o.district_name = table_column(job->table, "District Name");
	o.school_name = table_column(job->table, "School Name");
	o.charter = table_column(job->table, "Charter School");
	return run(job, required, &o, cds_row);
}

int organizations_import_directory(struct delimited_job *job)
{
	static const char *const required[] = { "CDSCode", "District", "School",
						NULL };
	struct organizations o;

	memset(&o, 0, sizeof(o));
	o.cds = table_column(job->table, "CDSCode");
	o.district_name = table_column(job->table, "District");
	o.school_name = table_column(job->table, "School");
	o.charter = table_column(job->table, "Charter");
	return run(job, required, &o, directory_row);
}
