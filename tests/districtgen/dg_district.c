#include "dg_district.h"

#include "dg_mem.h"
#include "dg_rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct dg_county {
	const char *code;
	const char *name;
};

struct dg_district_name {
	const char *name;
	const char *high;
	const char *domain;
};

static const struct dg_county counties[] = {
	{ "01", "Alameda" },	    { "10", "Fresno" },
	{ "19", "Los Angeles" },    { "30", "Orange" },
	{ "33", "Riverside" },	    { "34", "Sacramento" },
	{ "36", "San Bernardino" }, { "37", "San Diego" },
	{ "43", "Santa Clara" },    { "56", "Ventura" },
};

static const struct dg_district_name districts[] = {
	{ "Sierra Vista Unified", "Sierra Vista", "svusd" },
	{ "Mission Oaks Unified", "Mission Oaks", "mousd" },
	{ "Rio Seco Unified", "Rio Seco", "rsusd" },
	{ "Valle Lindo Unified", "Valle Lindo", "vlusd" },
	{ "Cañada Verde Unified", "Cañada Verde", "cvusd" },
	{ "Bay Meadows Unified", "Bay Meadows", "bmusd" },
};

static const char *const elementary_names[] = {
	"Cesar Chavez",	  "Dolores Huerta", "Lincoln",		"Valle Verde",
	"Oak Grove",	  "Sunnyside",	    "Rancho Cañada",	"Mariposa",
	"Sequoia",	  "Arroyo Seco",    "Georgia O'Keeffe", "Jefferson",
	"Ygnacio Valley", "Bella Vista",    "Thomas Edison",	"Las Lomas",
	"Peñasco",	  "Fremont",	    "Los Altos",	"Grant",
	"Washington",	  "Buena Vista",    "Mountain View",	"El Rancho",
	"Pioneer",	  "Redwood",	    "Vista Grande",	"Maya Angelou",
	"Hillcrest",	  "Meadow Park",
};

static const char *const middle_names[] = {
	"Sally Ride",  "John Muir",	    "Fred T. Korematsu",
	"Sierra",      "César E. Chávez",   "Rolling Hills",
	"Monte Vista", "Thurgood Marshall", "Ellen Ochoa",
	"Walter Reed",
};

static const char *const high_names[] = {
	"Ronald E. McNair", "Vista del Mar", "Abraham Lincoln",
	"Mission",	    "Del Valle",
};

static const char *const kind_suffix[DG_SCHOOL_KINDS] = {
	"Elementary", "Middle", "High", "TK-8 Academy", "K-12 Academy",
};

static const int kind_lo[DG_SCHOOL_KINDS] = { 0, 6, 9, 0, 0 };
static const int kind_hi[DG_SCHOOL_KINDS] = { 5, 8, 12, 8, 12 };

/* How many schools of each kind a district of n schools has. */
static void dg_district_mix(int n, int *count)
{
	memset(count, 0, sizeof(int) * DG_SCHOOL_KINDS);
	if (n == 1) {
		count[DG_SCHOOL_K12] = 1;
		return;
	}
	if (n == 2) {
		count[DG_SCHOOL_K8] = 1;
		count[DG_SCHOOL_HIGH] = 1;
		return;
	}
	count[DG_SCHOOL_HIGH] = 1 + (n - 3) / 10;
	count[DG_SCHOOL_MIDDLE] = (n - count[DG_SCHOOL_HIGH]) / 4;
	if (count[DG_SCHOOL_MIDDLE] < 1)
		count[DG_SCHOOL_MIDDLE] = 1;
	count[DG_SCHOOL_ELEMENTARY] =
	    n - count[DG_SCHOOL_HIGH] - count[DG_SCHOOL_MIDDLE];
}

static void dg_district_tag(struct dg_school *s)
{
	const char *p = s->name;
	int n = 0;

	for (; *p && n < 3; p++) {
		if (*p >= 'A' && *p <= 'Z')
			s->tag[n++] = *p;
		else if (*p >= 'a' && *p <= 'z')
			s->tag[n++] = (char)(*p - 'a' + 'A');
	}
	while (n < 3)
		s->tag[n++] = 'X';
	s->tag[3] = '\0';
}

/* Names come from a pool, starting at a place the seed picks. */
static void dg_district_name_school(struct dg_school *s, int slot,
				    unsigned offset,
				    const struct dg_district_name *dn)
{
	const char *const *pool = elementary_names;
	size_t n = COUNT(elementary_names);
	const char *base;

	if (s->kind == DG_SCHOOL_MIDDLE) {
		pool = middle_names;
		n = COUNT(middle_names);
	} else if (s->kind == DG_SCHOOL_HIGH) {
		pool = high_names;
		n = COUNT(high_names);
	}
	base = pool[((size_t)slot + offset) % n];
	if (s->kind == DG_SCHOOL_K12 ||
	    (s->kind == DG_SCHOOL_HIGH && slot == 0))
		base = dn->high;
	if ((size_t)slot >= n)
		snprintf(s->name, sizeof(s->name), "%s %s No. %d", base,
			 kind_suffix[s->kind], (int)((size_t)slot / n) + 1);
	else
		snprintf(s->name, sizeof(s->name), "%s %s", base,
			 kind_suffix[s->kind]);
	dg_district_tag(s);
}

/* School codes are distinct random 7-digit numbers. */
static void dg_district_code(struct dg_rng *r, struct dg_district *d, int i)
{
	struct dg_school *s = &d->schools[i];
	int again = 1;

	while (again) {
		int j;

		snprintf(s->code, sizeof(s->code), "%07d",
			 dg_rng_range(r, 100000, 6999999));
		again = 0;
		for (j = 0; j < i; j++)
			if (strcmp(d->schools[j].code, s->code) == 0)
				again = 1;
	}
	snprintf(s->cds, sizeof(s->cds), "%s%s", d->county_district, s->code);
}

static void dg_district_identity(struct dg_district *d, struct dg_rng *r,
				 const struct dg_district_name *dn)
{
	const struct dg_county *c = &counties[dg_rng_below(r, COUNT(counties))];

	snprintf(d->county_code, sizeof(d->county_code), "%s", c->code);
	snprintf(d->county_name, sizeof(d->county_name), "%s", c->name);
	snprintf(d->code, sizeof(d->code), "%05d",
		 dg_rng_range(r, 61000, 76999));
	snprintf(d->county_district, sizeof(d->county_district), "%s%s",
		 d->county_code, d->code);
	snprintf(d->cds, sizeof(d->cds), "%s0000000", d->county_district);
	snprintf(d->name, sizeof(d->name), "%s", dn->name);
	snprintf(d->domain, sizeof(d->domain), "%s.example.org", dn->domain);
}

void dg_district_build(struct dg_district *d, uint64_t seed, int n_schools)
{
	struct dg_rng r;
	const struct dg_district_name *dn;
	int kind, i = 0;

	dg_rng_init(&r, dg_rng_key(seed, 0xd15u, 0, 0));
	dn = &districts[dg_rng_below(&r, COUNT(districts))];
	memset(d, 0, sizeof(*d));
	dg_district_identity(d, &r, dn);
	dg_district_mix(n_schools, d->n_kind);
	d->n_schools = n_schools;
	d->schools = dg_xcalloc((size_t)n_schools, sizeof(*d->schools));
	for (kind = 0; kind < DG_SCHOOL_KINDS; kind++) {
		unsigned offset = dg_rng_below(&r, 1000);
		int slot;

		d->first_of_kind[kind] = i;
		for (slot = 0; slot < d->n_kind[kind]; slot++, i++) {
			struct dg_school *s = &d->schools[i];

			s->kind = (enum dg_school_kind)kind;
			s->lo_grade = kind_lo[kind];
			s->hi_grade = kind_hi[kind];
			dg_district_name_school(s, slot, offset, dn);
			dg_district_code(&r, d, i);
		}
	}
}

void dg_district_release(struct dg_district *d)
{
	free(d->schools);
	d->schools = NULL;
	d->n_schools = 0;
}

static int dg_district_kind_for(const struct dg_district *d, int grade)
{
	int kind;

	for (kind = 0; kind < DG_SCHOOL_KINDS; kind++)
		if (d->n_kind[kind] > 0 && grade >= kind_lo[kind] &&
		    grade <= kind_hi[kind])
			return kind;
	return -1;
}

int dg_district_school(const struct dg_district *d, int grade, uint32_t home,
		       uint32_t moved)
{
	int kind = dg_district_kind_for(d, grade);
	int n, feeder, slot;

	if (kind < 0)
		return -1;
	n = d->n_kind[kind];
	/* Elementary schools feed middle and high schools by their index. */
	feeder = d->n_kind[DG_SCHOOL_ELEMENTARY] > 0
		     ? (int)(home % (uint32_t)d->n_kind[DG_SCHOOL_ELEMENTARY])
		     : (int)(home % 64u);
	slot = feeder % n;
	if (moved && n > 1)
		slot = (slot + 1 + (int)(moved % (uint32_t)(n - 1))) % n;
	return d->first_of_kind[kind] + slot;
}
