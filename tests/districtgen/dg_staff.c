#include "dg_staff.h"

#include "dg_mem.h"
#include "dg_names.h"
#include "dg_rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STREAM_STAFF 0x57affULL

void dg_staff_init(struct dg_staff *s, uint64_t seed, const char *domain)
{
	memset(s, 0, sizeof(*s));
	s->seed = seed;
	snprintf(s->domain, sizeof(s->domain), "%s", domain);
}

void dg_staff_release(struct dg_staff *s)
{
	free(s->people);
	memset(s, 0, sizeof(*s));
}

static int dg_staff_login_taken(const struct dg_staff *s, const char *login)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->people[i].login, login) == 0)
			return 1;
	return 0;
}

/* Logins are first initial and surname; namesakes get 2, 3, ... */
static void dg_staff_login(const struct dg_staff *s, struct dg_rng *r,
			   const char *domain, char *out, size_t size)
{
	char stem[24];
	int n = 1;

	dg_names_login_stem(r, stem, sizeof(stem));
	snprintf(out, size, "%s@%s", stem, domain);
	while (dg_staff_login_taken(s, out))
		snprintf(out, size, "%s%d@%s", stem, ++n, domain);
}

static int dg_staff_add(struct dg_staff *s, enum dg_staff_role role, int school,
			int room)
{
	struct dg_person *p;
	struct dg_rng r;
	const char *domain =
	    role == DG_STAFF_STATE ? "cde.example.gov" : s->domain;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->people = dg_xrealloc(s->people, s->cap * sizeof(*p));
	}
	dg_rng_init(&r, dg_rng_key(s->seed, STREAM_STAFF,
				   (uint64_t)(school + 1) * 16 + role,
				   (uint64_t)room));
	p = &s->people[s->n];
	p->role = role;
	p->school = school;
	p->room = room;
	dg_staff_login(s, &r, domain, p->login, sizeof(p->login));
	return (int)s->n++;
}

int dg_staff_teacher(struct dg_staff *s, int school, int room)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->people[i].role == DG_STAFF_TEACHER &&
		    s->people[i].school == school && s->people[i].room == room)
			return (int)i;
	return dg_staff_add(s, DG_STAFF_TEACHER, school, room);
}

int dg_staff_person(struct dg_staff *s, enum dg_staff_role role, int school)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->people[i].role == role && s->people[i].school == school)
			return (int)i;
	return dg_staff_add(s, role, school, 0);
}
