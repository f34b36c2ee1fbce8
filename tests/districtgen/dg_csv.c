#include "dg_csv.h"

#include "dg_mem.h"
#include "dg_out.h"

#include <stdlib.h>

#define CSV_MAX (1u << 30)

static void dg_csv_org_row(struct dg_buf *b, const struct dg_district *d,
			   const char *code, const char *cds,
			   const char *school)
{
	dg_buf_printf(b, "%s^%s^%s^%s^%s^%s^N^^N\n", d->county_district, code,
		      cds, d->county_name, d->name, school);
}

int dg_csv_organizations(const struct dg_world *w, const char *dir)
{
	const struct dg_district *d = &w->district;
	struct dg_buf b;
	int i, rc;

	dg_buf_init(&b, CSV_MAX);
	dg_buf_puts(&b, "County-District Code^School Code^Auth CDS Code^"
			"County Name^District Name^School Name^Charter School^"
			"Charter Status^NPS School\n");
	dg_csv_org_row(&b, d, "0000000", d->cds, "");
	for (i = 0; i < d->n_schools; i++)
		dg_csv_org_row(&b, d, d->schools[i].code, d->schools[i].cds,
			       d->schools[i].name);
	rc = dg_out_file(dir, "organizations.txt", &b);
	dg_buf_release(&b);
	return rc;
}

/* The three fields that name a group: name, school and school year. */
static void dg_csv_group_key(struct dg_buf *b, const struct dg_world *w,
			     const struct dg_group *g)
{
	dg_buf_csv(b, g->name);
	dg_buf_putc(b, ',');
	dg_buf_puts(b, w->district.schools[g->school].cds);
	dg_buf_putc(b, ',');
	dg_buf_int(b, w->cohort.first_year + g->year, 0);
	dg_buf_putc(b, ',');
}

/* A row that adds the group, then one per teacher and one per student. */
static void dg_csv_group(struct dg_buf *b, const struct dg_world *w,
			 const struct dg_group *g)
{
	size_t i;
	int t;

	dg_csv_group_key(b, w, g);
	dg_buf_puts(b, dg_groups_subject(g->subject));
	dg_buf_puts(b, ",,\n");
	for (t = 0; t < g->n_teachers; t++) {
		dg_csv_group_key(b, w, g);
		dg_buf_puts(b, ",,");
		dg_buf_puts(b, w->staff.people[g->teachers[t]].login);
		dg_buf_putc(b, '\n');
	}
	for (i = 0; i < g->n_members; i++) {
		dg_csv_group_key(b, w, g);
		dg_buf_putc(b, ',');
		dg_buf_puts(b, w->plan.students[g->members[i]].ssid);
		dg_buf_puts(b, ",\n");
	}
}

int dg_csv_groups(const struct dg_world *w, const char *dir)
{
	struct dg_buf b;
	size_t i;
	int rc;

	dg_buf_init(&b, CSV_MAX);
	dg_buf_puts(&b, "group_name,school_natural_id,school_year,"
			"subject_code,student_ssid,group_user_login\n");
	for (i = 0; i < w->groups.n; i++)
		dg_csv_group(&b, w, &w->groups.v[i]);
	rc = dg_out_file(dir, "groups.csv", &b);
	dg_buf_release(&b);
	return rc;
}

static void dg_csv_grant(struct dg_buf *b, const char *login, const char *role,
			 const char *org)
{
	dg_buf_printf(b, "%s,%s,%s\n", login, role, org);
}

/* One teacher grant per teacher and school they have groups at. */
static void dg_csv_teacher_grants(struct dg_buf *b, const struct dg_world *w)
{
	size_t n_schools = (size_t)w->district.n_schools;
	unsigned char *seen = dg_xcalloc(w->staff.n * n_schools + 1, 1);
	size_t i;
	int t;

	for (i = 0; i < w->groups.n; i++) {
		const struct dg_group *g = &w->groups.v[i];

		for (t = 0; t < g->n_teachers; t++) {
			size_t k = (size_t)g->teachers[t] * n_schools +
				   (size_t)g->school;

			if (seen[k])
				continue;
			seen[k] = 1;
			dg_csv_grant(b, w->staff.people[g->teachers[t]].login,
				     "teacher",
				     w->district.schools[g->school].cds);
		}
	}
	free(seen);
}

int dg_csv_grants(struct dg_world *w, const char *dir)
{
	struct dg_staff *s = &w->staff;
	const struct dg_district *d = &w->district;
	struct dg_buf b;
	int i, rc;
	int state = dg_staff_person(s, DG_STAFF_STATE, -1);
	int coordinator = dg_staff_person(s, DG_STAFF_DISTRICT, -1);
	int board = dg_staff_person(s, DG_STAFF_AGGREGATE_DISTRICT, -1);
	int council = dg_staff_person(s, DG_STAFF_AGGREGATE_SCHOOL, 0);

	for (i = 0; i < d->n_schools; i++)
		dg_staff_person(s, DG_STAFF_PRINCIPAL, i);
	dg_buf_init(&b, CSV_MAX);
	dg_buf_puts(&b, "login,role,org\n");
	dg_csv_grant(&b, s->people[state].login, "state", "");
	dg_csv_grant(&b, s->people[coordinator].login, "district", d->cds);
	dg_csv_grant(&b, s->people[board].login, "aggregate", d->cds);
	dg_csv_grant(&b, s->people[council].login, "aggregate",
		     d->schools[0].cds);
	for (i = 0; i < d->n_schools; i++)
		dg_csv_grant(
		    &b,
		    s->people[dg_staff_person(s, DG_STAFF_PRINCIPAL, i)].login,
		    "school", d->schools[i].cds);
	dg_csv_teacher_grants(&b, w);
	rc = dg_out_file(dir, "grants.csv", &b);
	dg_buf_release(&b);
	return rc;
}
