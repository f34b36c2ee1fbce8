/*
 * Planning the bundles of a grants file.  Each person's grants raise
 * each school they cover to a kind of access; a school keeps the widest
 * kind, so several grants give their union and nothing beyond it.
 */
#include "access_plan.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "store_access.h"
#include "xalloc.h"

struct ids {
	int64_t *v;
	int count, alloc;
};

static enum access_kind kind_of(enum grant_role role)
{
	switch (role) {
	case GRANT_AGGREGATE:
		return ACCESS_AGGREGATE;
	case GRANT_TEACHER:
		return ACCESS_TEACHER;
	default:
		return ACCESS_FULL;
	}
}

static int covers(const struct grant *g, const struct ds_school *sc)
{
	const char *district = sc->district_id ? sc->district_id : "";

	switch (g->role) {
	case GRANT_STATE:
		return 1;
	case GRANT_DISTRICT:
		return !strcmp(g->org, district);
	case GRANT_AGGREGATE:
		return !strcmp(g->org, sc->natural_id) ||
		       !strcmp(g->org, district);
	default:
		return !strcmp(g->org, sc->natural_id);
	}
}

/* Raise every school the grant covers; warn when it covers none. */
static void apply(const char *path, const struct grant *g,
		  const struct school_list *l, enum access_kind *best)
{
	enum access_kind k = kind_of(g->role);
	int i, n = 0;

	for (i = 0; i < l->count; i++) {
		if (!covers(g, &l->rows[i]))
			continue;
		n++;
		if (k > best[i])
			best[i] = k;
	}
	if (!n)
		log_warn("%s:%ld: org: '%s' is no school or district of the "
			 "store",
			 path, g->line, g->org);
}

static struct access_job *push(struct access_plan *p, const char *login,
			       enum access_kind kind)
{
	struct access_job *j;

	if (p->count == p->alloc) {
		p->alloc = p->alloc ? 2 * p->alloc : 32;
		p->jobs =
		    xrealloc(p->jobs, (size_t)p->alloc * sizeof(*p->jobs));
	}
	j = &p->jobs[p->count++];
	memset(j, 0, sizeof(*j));
	j->login = login;
	j->kind = kind;
	return j;
}

static int add_id(void *ctx, int64_t id)
{
	struct ids *ids = ctx;

	if (ids->count == ids->alloc) {
		ids->alloc = ids->alloc ? 2 * ids->alloc : 64;
		ids->v = xrealloc(ids->v, (size_t)ids->alloc * sizeof(*ids->v));
	}
	ids->v[ids->count++] = id;
	return 0;
}

/* A teacher sees the students of the groups assigned to them there. */
static int teacher_filter(struct access_job *j, struct store *s, int year)
{
	struct ids groups = { NULL, 0, 0 }, students = { NULL, 0, 0 };
	int rc;

	rc = store_access_groups(s, j->school->id, year, j->login, add_id,
				 &groups);
	if (rc == 0)
		rc = store_access_students(s, j->school->id, year, j->login,
					   add_id, &students);
	j->filter.restricted = 1;
	j->filter.groups = groups.v;
	j->filter.group_count = groups.count;
	j->filter.students = students.v;
	j->filter.student_count = students.count;
	return rc;
}

static int wanted(const struct access_request *rq, const char *school_id)
{
	int i;

	for (i = 0; i < rq->only_school_count; i++)
		if (!strcmp(rq->only_schools[i], school_id))
			return 1;
	return rq->only_school_count == 0;
}

static int school_jobs(struct access_plan *p, struct store *s,
		       const struct access_request *rq, const char *login,
		       const enum access_kind *best)
{
	const struct school_list *l = rq->schools;
	int i;

	for (i = 0; i < l->count; i++) {
		struct access_job *j;

		if (best[i] == ACCESS_NONE ||
		    !wanted(rq, l->rows[i].natural_id))
			continue;
		j = push(p, login, best[i]);
		j->school = &l->rows[i];
		j->filter.anonymous = best[i] == ACCESS_AGGREGATE;
		if (best[i] == ACCESS_TEACHER &&
		    teacher_filter(j, s, rq->year) < 0)
			return -1;
	}
	return 0;
}

static const struct ds_school *district_school(const struct school_list *l,
					       const char *district)
{
	int i;

	for (i = 0; i < l->count; i++)
		if (l->rows[i].district_id &&
		    !strcmp(l->rows[i].district_id, district))
			return &l->rows[i];
	return NULL;
}

/* One overview per district the person holds whole or in aggregate. */
static void district_jobs(struct access_plan *p,
			  const struct access_request *rq,
			  const struct grant *g, int n)
{
	int i, k, first = p->count;

	for (i = 0; i < n && !rq->only_school_count; i++) {
		const struct ds_school *any =
		    district_school(rq->schools, g[i].org);
		struct access_job *j;

		if ((g[i].role != GRANT_DISTRICT &&
		     g[i].role != GRANT_AGGREGATE) ||
		    !any)
			continue;
		for (k = first; k < p->count; k++)
			if (!strcmp(p->jobs[k].district.natural_id, g[i].org))
				break;
		if (k < p->count)
			continue;
		j = push(p, g[i].login, ACCESS_DISTRICT);
		j->district.natural_id = any->district_id;
		j->district.name = any->district_name;
		j->district.district_id = any->district_id;
		j->district.district_name = any->district_name;
	}
}

static int person(struct access_plan *p, struct store *s,
		  const struct access_request *rq, const struct grant *g, int n)
{
	enum access_kind *best =
	    xcalloc((size_t)rq->schools->count + 1, sizeof(*best));
	int i, rc;

	for (i = 0; i < n; i++)
		apply(rq->grants->path, &g[i], rq->schools, best);
	rc = school_jobs(p, s, rq, g[0].login, best);
	if (rc == 0)
		district_jobs(p, rq, g, n);
	free(best);
	return rc;
}

int access_plan_make(struct access_plan *p, struct store *s,
		     const struct access_request *rq)
{
	const struct grant_file *gf = rq->grants;
	int i = 0, n, found = 0;

	memset(p, 0, sizeof(*p));
	while (i < gf->count) {
		const char *login = gf->rows[i].login;

		for (n = 1;
		     i + n < gf->count && !strcmp(gf->rows[i + n].login, login);
		     n++)
			;
		if (!rq->only_login || !strcmp(rq->only_login, login)) {
			found = 1;
			if (person(p, s, rq, &gf->rows[i], n) < 0)
				return -1;
		}
		i += n;
	}
	if (rq->only_login && !found) {
		log_error("--user '%s': no grant names this login",
			  rq->only_login);
		return -1;
	}
	return 0;
}

void access_plan_release(struct access_plan *p)
{
	int i;

	for (i = 0; i < p->count; i++) {
		free((void *)p->jobs[i].filter.students);
		free((void *)p->jobs[i].filter.groups);
	}
	free(p->jobs);
	memset(p, 0, sizeof(*p));
}
