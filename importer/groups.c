#include "groups.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "store_tables.h"
#include "strmap.h"

struct groups {
	struct delimited_job *job;
	int name, school, year, subject, ssid, login;
	struct strmap schools; /* natural id to id, -1 when unknown */
	struct strmap ids;     /* group key to group id */
	struct strmap kinds;   /* group key to its subject's index */
	int have_grants;
};

/* The row's group, as its three fields read. */
struct group_row {
	const char *name, *school, *subject;
	long year;
	int64_t school_id;
	char key[512];
};

/* Index 0 means no subject given. */
static const char *const subjects[] = { NULL, "ALL", "MATH", "ELA" };

static int subject_index(const char *text)
{
	static const char *const written[] = { NULL, "All", "Math", "ELA" };
	int i;

	if (!*text)
		return 0;
	for (i = 1; i < 4; i++)
		if (!strcasecmp(text, written[i]))
			return i;
	return -1;
}

static int find_school(struct groups *g, struct group_row *r)
{
	int rc;

	if (strmap_get(&g->schools, r->school, &r->school_id))
		return r->school_id < 0 ? STORE_ENOTFOUND : STORE_OK;
	rc = store_find_school(g->job->store, r->school, &r->school_id);
	if (rc == STORE_OK || rc == STORE_ENOTFOUND)
		strmap_put(&g->schools, r->school,
			   rc == STORE_OK ? r->school_id : -1);
	return rc;
}

/* Check the row's group fields; returns the number of errors. */
static int read_group(struct groups *g, struct group_row *r)
{
	struct delimited_job *job = g->job;
	int before = job->errors->count;

	r->name = table_cell(job->table, g->name);
	r->school = table_cell(job->table, g->school);
	r->subject = table_cell(job->table, g->subject);
	if (!*r->name)
		delimited_job_error(job, g->name, NULL, "missing group name");
	r->year = 0;
	if (delimited_job_int(job, g->year, &r->year) == 0)
		delimited_job_error(job, g->year, NULL, "missing school year");
	else if (r->year && (r->year < 1990 || r->year > 2200))
		delimited_job_error(job, g->year,
				    table_cell(job->table, g->year),
				    "not a school year");
	if (subject_index(r->subject) < 0)
		delimited_job_error(job, g->subject, r->subject,
				    "not a subject code (All, Math or ELA)");
	if (!*r->school)
		delimited_job_error(job, g->school, NULL, "missing school");
	snprintf(r->key, sizeof(r->key), "%s\x1f%s\x1f%ld", r->name, r->school,
		 r->year);
	return job->errors->count - before;
}

/*
 * The group's id.  The first row of a group in the file empties it, so
 * that the file's rows become its whole membership; a later row may give
 * the subject the first one left out, but not change it.
 */
static int open_group(struct groups *g, const struct group_row *r, int64_t *id)
{
	struct store *s = g->job->store;
	int subject = subject_index(r->subject), rc;
	int64_t known = 0;

	if (strmap_get(&g->ids, r->key, id)) {
		strmap_get(&g->kinds, r->key, &known);
		if (!subject || known == subject)
			return 0;
		if (known) {
			delimited_job_error(g->job, g->subject, r->subject,
					    "the group's subject was given as "
					    "%s earlier",
					    subjects[known]);
			return 0;
		}
		strmap_put(&g->kinds, r->key, subject);
		return store_tables_group(s, r->school_id, (int)r->year,
					  r->name, subjects[subject], id);
	}
	if ((rc = store_tables_group(s, r->school_id, (int)r->year, r->name,
				     subjects[subject], id)) < 0 ||
	    (rc = store_tables_group_clear(s, *id)) < 0)
		return rc;
	strmap_put(&g->ids, r->key, *id);
	strmap_put(&g->kinds, r->key, subject);
	return 0;
}

/* A user who will not see the group is worth a warning, not a refusal. */
static void check_user(struct groups *g, const struct group_row *r,
		       const char *login)
{
	int sees = store_tables_login_sees(g->job->store, login, r->school_id);

	if (g->have_grants && sees == 0)
		log_warn("%s:%ld: group_user_login '%s': no grant lets this "
			 "login see school %s",
			 g->job->name, table_line(g->job->table), login,
			 r->school);
}

static int add_people(struct groups *g, const struct group_row *r,
		      int64_t group_id)
{
	struct store *s = g->job->store;
	const char *ssid = table_cell(g->job->table, g->ssid);
	const char *login = table_cell(g->job->table, g->login);
	int64_t student_id;
	int rc;

	if (*ssid &&
	    ((rc = store_tables_student(s, ssid, &student_id)) < 0 ||
	     (rc = store_tables_group_member(s, group_id, student_id)) < 0))
		return rc;
	if (!*login)
		return 0;
	check_user(g, r, login);
	return store_tables_group_user(s, group_id, login);
}

static int import_row(void *ctx)
{
	struct groups *g = ctx;
	struct group_row r;
	int64_t group_id;
	int rc;

	if (read_group(g, &r))
		return 0;
	rc = find_school(g, &r);
	if (rc == STORE_ENOTFOUND)
		delimited_job_error(g->job, g->school, r.school,
				    "unknown school");
	if (rc < 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	if ((rc = open_group(g, &r, &group_id)) < 0)
		return rc;
	return add_people(g, &r, group_id);
}

int groups_import(struct delimited_job *job)
{
	static const char *const required[] = {
		"group_name",	"school_natural_id", "school_year",
		"subject_code", "student_ssid",	     "group_user_login",
		NULL,
	};
	struct groups g;
	int rc;

	if (delimited_job_require(job, required))
		return -1;
	memset(&g, 0, sizeof(g));
	g.job = job;
	g.name = table_column(job->table, "group_name");
	g.school = table_column(job->table, "school_natural_id");
	g.year = table_column(job->table, "school_year");
	g.subject = table_column(job->table, "subject_code");
	g.ssid = table_column(job->table, "student_ssid");
	g.login = table_column(job->table, "group_user_login");
	g.have_grants = store_tables_grant_count(job->store) > 0;
	rc = delimited_job_each_row(job, import_row, &g);
	strmap_release(&g.schools);
	strmap_release(&g.ids);
	strmap_release(&g.kinds);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
