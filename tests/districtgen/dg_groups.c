#include "dg_groups.h"

#include "dg_mem.h"
#include "dg_rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STREAM_GROUPS 0x6a0ULL
#define CLASS_MAX     30
#define CLASS_MIN     15
/* Sections per grade and subject; larger schools leave some ungrouped. */
#define SECTIONS_MAX 9
#define COTEACH_RATE 0.2

/* Students of one school, year and grade, gathered for class building. */
struct dg_roster {
	uint32_t *v;
	size_t n;
	size_t cap;
};

const char *dg_groups_subject(enum dg_group_subject s)
{
	if (s == DG_GROUP_ELA)
		return "ELA";
	return s == DG_GROUP_MATH ? "Math" : "All";
}

static void dg_groups_roster(struct dg_roster *ro, const struct dg_plan *p,
			     int school, int year, int grade)
{
	size_t i;

	ro->n = 0;
	for (i = 0; i < p->n_students; i++) {
		if (dg_plan_school(p, (uint32_t)i, year) != school ||
		    dg_student_grade(&p->students[i], year) != grade)
			continue;
		if (ro->n == ro->cap) {
			ro->cap = ro->cap ? ro->cap * 2 : 64;
			ro->v = dg_xrealloc(ro->v, ro->cap * sizeof(*ro->v));
		}
		ro->v[ro->n++] = (uint32_t)i;
	}
}

static struct dg_group *dg_groups_new(struct dg_groups *g, int school, int year,
				      enum dg_group_subject subject, int room)
{
	struct dg_group *gr;

	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		g->v = dg_xrealloc(g->v, g->cap * sizeof(*g->v));
	}
	gr = &g->v[g->n++];
	memset(gr, 0, sizeof(*gr));
	gr->school = school;
	gr->year = year;
	gr->subject = subject;
	if (subject == DG_GROUP_ALL)
		snprintf(gr->name, sizeof(gr->name), "Room %d Homeroom", room);
	else
		snprintf(gr->name, sizeof(gr->name), "Room %d %s", room,
			 dg_groups_subject(subject));
	return gr;
}

/* Room numbers keep a teacher in the same room year after year. */
static int dg_groups_room(int grade, enum dg_group_subject subject, int k)
{
	if (subject == DG_GROUP_ALL)
		return (grade - 2) * 10 + k + 1;
	return 100 * (grade - 5) + (subject == DG_GROUP_MATH ? 40 : 0) + k + 1;
}

static void dg_groups_staff(struct dg_group *gr, struct dg_staff *staff,
			    int room, struct dg_rng *r)
{
	gr->teachers[gr->n_teachers++] =
	    dg_staff_teacher(staff, gr->school, room);
	if (dg_rng_chance(r, COTEACH_RATE))
		gr->teachers[gr->n_teachers++] =
		    dg_staff_person(staff, DG_STAFF_RESOURCE, gr->school);
}

/* Split a shuffled roster into classes of 15 to 30 students. */
static void dg_groups_classes(struct dg_groups *g, struct dg_roster *ro,
			      int school, int year, int grade,
			      enum dg_group_subject subject,
			      struct dg_staff *staff, struct dg_rng *r)
{
	size_t m = ro->n, k, c, at = 0;
	int slot = subject == DG_GROUP_MATH ? 1 : 0;

	if (m > (size_t)SECTIONS_MAX * CLASS_MAX)
		m = (size_t)SECTIONS_MAX * CLASS_MAX;
	if (m < CLASS_MIN)
		return;
	k = (m + CLASS_MAX - 1) / CLASS_MAX;
	dg_rng_shuffle(r, ro->v, ro->n);
	for (c = 0; c < k; c++) {
		int room = dg_groups_room(grade, subject, (int)c);
		struct dg_group *gr =
		    dg_groups_new(g, school, year, subject, room);
		size_t size = m / k + (c < m % k ? 1 : 0), i;

		dg_groups_staff(gr, staff, room, r);
		gr->members = dg_xmalloc(size * sizeof(*gr->members));
		for (i = 0; i < size; i++) {
			uint32_t st = ro->v[at++];

			gr->members[gr->n_members++] = st;
			g->of[(st * (size_t)g->years + (size_t)year) * 2 +
			      (size_t)slot] = (int)(g->n - 1);
		}
	}
}

static void dg_groups_grade(struct dg_groups *g, struct dg_roster *ro,
			    const struct dg_plan *p, int school, int year,
			    int grade, struct dg_staff *staff, uint64_t seed)
{
	struct dg_rng r;

	dg_groups_roster(ro, p, school, year, grade);
	dg_rng_init(&r, dg_rng_key(seed, STREAM_GROUPS, (uint64_t)school,
				   (uint64_t)year * 16 + (uint64_t)grade));
	if (grade <= 5) {
		dg_groups_classes(g, ro, school, year, grade, DG_GROUP_ALL,
				  staff, &r);
		return;
	}
	dg_groups_classes(g, ro, school, year, grade, DG_GROUP_ELA, staff, &r);
	dg_groups_classes(g, ro, school, year, grade, DG_GROUP_MATH, staff, &r);
}

/* The ELD teacher co-teaches one group at each of two schools. */
static void dg_groups_itinerant(struct dg_groups *g, struct dg_staff *staff)
{
	int eld = -1, first_school = -1;
	size_t i;

	for (i = 0; i < g->n; i++) {
		struct dg_group *gr = &g->v[i];

		if (gr->school == first_school || gr->n_teachers != 1)
			continue;
		if (eld < 0)
			eld = dg_staff_person(staff, DG_STAFF_ELD, -1);
		gr->teachers[gr->n_teachers++] = eld;
		if (first_school >= 0)
			return;
		first_school = gr->school;
	}
}

void dg_groups_build(struct dg_groups *g, const struct dg_plan *p,
		     const struct dg_district *d, struct dg_staff *staff,
		     uint64_t seed)
{
	struct dg_roster ro = { NULL, 0, 0 };
	size_t i, n_of = p->n_students * (size_t)p->years * 2;
	int year, school, grade;

	memset(g, 0, sizeof(*g));
	g->years = p->years;
	g->of = dg_xmalloc((n_of + 1) * sizeof(*g->of));
	for (i = 0; i < n_of; i++)
		g->of[i] = -1;
	for (year = 0; year < p->years; year++)
		for (school = 0; school < d->n_schools; school++)
			for (grade = 3; grade <= 11; grade++)
				if (dg_student_tested_grade(grade))
					dg_groups_grade(g, &ro, p, school, year,
							grade, staff, seed);
	dg_groups_itinerant(g, staff);
	free(ro.v);
}

void dg_groups_release(struct dg_groups *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		free(g->v[i].members);
	free(g->v);
	free(g->of);
	memset(g, 0, sizeof(*g));
}

int dg_groups_of(const struct dg_groups *g, uint32_t student, int year,
		 int out[2])
{
	const int *slot =
	    &g->of[(student * (size_t)g->years + (size_t)year) * 2];
	int n = 0;

	if (slot[0] >= 0)
		out[n++] = slot[0];
	if (slot[1] >= 0)
		out[n++] = slot[1];
	return n;
}
