/*
 * Delimited files: decode the text, read the header row, recognise the
 * format from the column names it holds, and hand the table to that
 * format's reader.
 */
#include "delimited.h"

#include <string.h>

#include "delimited_job.h"
#include "export.h"
#include "grants.h"
#include "groups.h"
#include "organizations.h"
#include "package.h"
#include "sdf_caaspp.h"
#include "sdf_elpac.h"
#include "table.h"
#include "text_decode.h"

struct format {
	const char *name;
	const char *columns[4]; /* all present: this format */
	int flags;
	int (*import)(struct delimited_job *job);
};

/* Most specific first: a score data file also has an SSID column. */
static const struct format formats[] = {
	{ "groups",
	  { "group_name", "school_natural_id", NULL },
	  0,
	  groups_import },
	{ "grants", { "login", "role", "org", NULL }, 0, grants_import },
	{ "package",
	  { "AssessmentId", "FullItemKey", NULL },
	  0,
	  package_import },
	{ "cds-list",
	  { "Auth CDS Code", "School Code", NULL },
	  TABLE_COMMENTS,
	  organizations_import_cds },
	{ "school-directory",
	  { "CDSCode", "StatusType", NULL },
	  TABLE_NO_DATA,
	  organizations_import_directory },
	{ "sdf-elpac",
	  { "RecordType", "SSID", "OverallScaleScore", NULL },
	  0,
	  sdf_elpac_import },
	{ "sdf-caaspp",
	  { "RecordType", "SSID", "ScaleScore", NULL },
	  0,
	  sdf_caaspp_import },
	{ "export",
	  { "StudentIdentifier", "AssessmentName", NULL },
	  0,
	  export_import },
};

static int has_columns(const struct table *t, const char *const *names)
{
	for (; *names; names++)
		if (table_column(t, *names) < 0)
			return 0;
	return 1;
}

static const struct format *recognise(const struct table *t)
{
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (has_columns(t, formats[i].columns))
			return &formats[i];
	return NULL;
}

static int run(struct delimited_job *job)
{
	const struct format *f = recognise(job->table);

	if (!f) {
		diag_add(job->errors, job->table->header_line, "header", NULL,
			 "the column names match no delimited format "
			 "scorebook reads");
		return -1;
	}
	job->result->format = f->name;
	table_set_flags(job->table, f->flags);
	return f->import(job);
}

int delimited_import(struct store *s, const char *name, const char *data,
		     size_t len, int64_t import_id, struct diag_list *errors,
		     struct delimited_result *result)
{
	struct delimited_job job = { s, name, NULL, import_id, errors, result };
	struct table table;
	struct text text;
	int rc;

	text_decode(name, data, len, &text);
	if (table_open(&table, text.data, text.len) < 0) {
		diag_add(errors, 1, "header", NULL, "no header row");
		rc = -1;
	} else {
		job.table = &table;
		rc = run(&job);
	}
	table_close(&table);
	text_decode_release(&text);
	if (rc < -1)
		return rc;
	if (rc < 0 || errors->count) {
		/* The caller rolls the file back: none of its exams stay. */
		memset(&result->exams, 0, sizeof(result->exams));
		return -1;
	}
	return 0;
}
