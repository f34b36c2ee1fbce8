#include "grants.h"

#include <string.h>
#include <strings.h>

#include "log.h"
#include "store_tables.h"
#include "strmap.h"

struct grants {
	struct delimited_job *job;
	int login, role, org;
	struct strmap logins; /* logins whose old grants are gone */
};

static const char *const roles[] = { "state", "district", "school", "teacher",
				     "aggregate" };

static const char *role_of(const char *text)
{
	size_t i;

	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (!strcasecmp(text, roles[i]))
			return roles[i];
	return NULL;
}

/* Whether org names a school, or a district where the role allows one. */
static int org_known(struct store *s, const char *role, const char *org)
{
	int64_t id;
	int rc = STORE_ENOTFOUND;

	if (strcmp(role, "district"))
		rc = store_find_school(s, org, &id);
	if (rc == STORE_ENOTFOUND &&
	    (!strcmp(role, "district") || !strcmp(role, "aggregate")))
		rc = store_tables_find_district(s, org, &id);
	if (rc == STORE_ENOTFOUND)
		return 0;
	return rc < 0 ? rc : 1;
}

/* Check the org against the role; returns a store failure or 0. */
static int check_org(struct grants *g, const char *role, const char *org)
{
	struct delimited_job *job = g->job;
	int rc;

	if (!strcmp(role, "state")) {
		if (*org)
			delimited_job_error(job, g->org, org,
					    "the state role takes no org");
		return 0;
	}
	if (!*org) {
		delimited_job_error(job, g->org, NULL, "missing org");
		return 0;
	}
	/*
	 * Grants may arrive before the organizations they name (a folder is
	 * imported in name order), so an unknown org is only a warning.
	 */
	if ((rc = org_known(job->store, role, org)) < 0)
		return rc;
	if (!rc)
		log_warn("%s:%ld: org '%s': no such %s in the store yet",
			 job->name, table_line(job->table), org,
			 !strcmp(role, "district") ? "district"
						   : "school or district");
	return 0;
}

static int import_row(void *ctx)
{
	struct grants *g = ctx;
	struct delimited_job *job = g->job;
	const char *login = table_cell(job->table, g->login);
	const char *text = table_cell(job->table, g->role);
	const char *org = table_cell(job->table, g->org);
	const char *role = role_of(text);
	int before = job->errors->count, rc;
	int64_t seen;

	if (!*login)
		delimited_job_error(job, g->login, NULL, "missing login");
	if (!role)
		delimited_job_error(job, g->role, text,
				    "not a role (state, district, school, "
				    "teacher or aggregate)");
	else if ((rc = check_org(g, role, org)) < 0)
		return rc;
	if (job->errors->count > before)
		return 0;
	if (!strmap_get(&g->logins, login, &seen)) {
		if ((rc = store_tables_grants_clear(job->store, login)) < 0)
			return rc;
		strmap_put(&g->logins, login, 1);
	}
	return store_tables_grant(job->store, login, role, org);
}

int grants_import(struct delimited_job *job)
{
	static const char *const required[] = { "login", "role", "org", NULL };
	struct grants g;
	int rc;

	if (delimited_job_require(job, required))
		return -1;
	memset(&g, 0, sizeof(g));
	g.job = job;
	g.login = table_column(job->table, "login");
	g.role = table_column(job->table, "role");
	g.org = table_column(job->table, "org");
	rc = delimited_job_each_row(job, import_row, &g);
	strmap_release(&g.logins);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
