#include "dg_student.h"

#include "dg_fp.h"
#include "dg_date.h"
#include "dg_rng.h"

#include <stdio.h>
#include <string.h>

/* Stream tags keep the random sequences of different uses apart. */
#define STREAM_STUDENT 0x57dULL
#define STREAM_DRIFT   0xd21fULL
#define STREAM_MOVE    0x30feULL

/* Tested Smarter Balanced grades: 3-8 and 11. */
int dg_student_tested_grade(int grade)
{
	return (grade >= 3 && grade <= 8) || grade == 11;
}

/* A grade in the first year such that some later year is tested. */
static int dg_student_pick_grade0(struct dg_rng *r, int years)
{
	int candidates[64];
	int n = 0, g, y;

	for (g = 3 - (years - 1); g <= 11 && n < 64; g++) {
		for (y = 0; y < years; y++)
			if (dg_student_tested_grade(g + y))
				break;
		if (y < years)
			candidates[n++] = g;
	}
	return candidates[dg_rng_below(r, (uint32_t)n)];
}

/*
 * SSIDs and examinee keys come from an affine map that is one-to-one on
 * the index, so they never repeat and still look random.
 */
static void dg_student_ids(struct dg_student *st, uint64_t seed)
{
	uint64_t m = 9000000000ULL;
	uint64_t b = dg_rng_hash(seed ^ 0x551dULL) % m;
	uint64_t id = 1000000000ULL + (st->index * 2654435761ULL + b) % m;
	uint64_t kb = dg_rng_hash(seed ^ 0x4e7ULL) % 900000000ULL;

	snprintf(st->ssid, sizeof(st->ssid), "%010llu", (unsigned long long)id);
	st->key = (long)(100000000ULL +
			 (st->index * 2246822519ULL + kb) % 900000000ULL);
}

static const char *dg_student_language(struct dg_rng *r, enum dg_heritage h)
{
	double u = dg_rng_unit(r);

	switch (h) {
	case DG_H_HISPANIC:
		return u < 0.55 ? "spa" : "eng";
	case DG_H_VIETNAMESE:
		return u < 0.6 ? "vie" : "eng";
	case DG_H_CHINESE:
		return u < 0.55 ? "chi" : "eng";
	case DG_H_FILIPINO:
		return u < 0.4 ? "fil" : u < 0.45 ? "tgl" : "eng";
	case DG_H_KOREAN:
		return u < 0.5 ? "kor" : "eng";
	case DG_H_SOUTH_ASIAN:
		return u < 0.4 ? "pan" : u < 0.55 ? "hin" : "eng";
	case DG_H_ARABIC:
		return u < 0.5 ? "ara" : "eng";
	case DG_H_ARMENIAN:
		return u < 0.45 ? "arm" : u < 0.65 ? "rus" : "eng";
	default:
		return "eng";
	}
}

static unsigned dg_student_race(struct dg_rng *r, enum dg_heritage h)
{
	switch (h) {
	case DG_H_HISPANIC:
		return DG_RACE_HISPANIC |
		       (dg_rng_chance(r, 0.25) ? DG_RACE_WHITE : 0u);
	case DG_H_BLACK:
		return DG_RACE_BLACK;
	case DG_H_VIETNAMESE:
	case DG_H_CHINESE:
	case DG_H_KOREAN:
	case DG_H_SOUTH_ASIAN:
		return DG_RACE_ASIAN;
	case DG_H_FILIPINO:
		return DG_RACE_FILIPINO;
	case DG_H_NATIVE:
		return DG_RACE_AMIND;
	case DG_H_PACIFIC:
		return DG_RACE_PACIFIC;
	case DG_H_MIXED:
		return DG_RACE_TWO | DG_RACE_WHITE |
		       (dg_rng_chance(r, 0.5) ? DG_RACE_BLACK : DG_RACE_ASIAN);
	default:
		return DG_RACE_WHITE;
	}
}

static double dg_student_econ_rate(enum dg_heritage h)
{
	switch (h) {
	case DG_H_HISPANIC:
	case DG_H_NATIVE:
		return 0.75;
	case DG_H_BLACK:
	case DG_H_PACIFIC:
		return 0.6;
	case DG_H_VIETNAMESE:
	case DG_H_ARABIC:
		return 0.5;
	default:
		return 0.3;
	}
}

static void dg_student_programs(struct dg_student *st, struct dg_rng *r)
{
	static const int parent_ed_weights[] = { 12, 22, 25, 20, 13, 8 };
	double u = dg_rng_unit(r);

	st->econ =
	    (unsigned char)dg_rng_chance(r, dg_student_econ_rate(st->heritage));
	st->idea = (unsigned char)dg_rng_chance(r, 0.12);
	st->s504 = (unsigned char)(!st->idea && dg_rng_chance(r, 0.04));
	st->migrant = (unsigned char)dg_rng_chance(
	    r, st->heritage == DG_H_HISPANIC ? 0.05 : 0.005);
	st->foster = (unsigned char)dg_rng_chance(r, 0.004);
	st->homeless = (unsigned char)dg_rng_chance(r, st->econ ? 0.05 : 0.01);
	st->military = (unsigned char)(u < 0.02 ? 1 : u < 0.03 ? 2 : 0);
	st->parent_ed =
	    (unsigned char)(10 + dg_rng_weighted(r, parent_ed_weights, 6));
}

static void dg_student_language_status(struct dg_student *st, struct dg_rng *r)
{
	st->language = dg_student_language(r, st->heritage);
	st->reclass_grade = 99;
	if (strcmp(st->language, "eng") == 0) {
		st->initial_elas = DG_ELAS_EO;
		return;
	}
	st->initial_elas = dg_rng_chance(r, 0.6) ? DG_ELAS_EL : DG_ELAS_IFEP;
	if (st->initial_elas == DG_ELAS_EL && dg_rng_chance(r, 0.8))
		st->reclass_grade = dg_rng_range(r, 3, 9);
}

/* Achievement leans on programmes the way real district data does. */
static void dg_student_abilities(struct dg_student *st, struct dg_rng *r)
{
	double z = dg_rng_normal(r);
	/* Cancels the programme effects below on average. */
	double shift = 0.25;

	if (st->initial_elas == DG_ELAS_EL)
		shift -= 0.45;
	if (st->idea)
		shift -= 0.7;
	if (st->econ)
		shift -= 0.25;
	shift += (13 - st->parent_ed) * 0.08;
	z += shift;
	st->ability[DG_ELA] = 0.95 * z + 0.3 * dg_rng_normal(r);
	st->ability[DG_MATH] = 0.95 * z + 0.3 * dg_rng_normal(r);
	st->ability[DG_SCIENCE] =
	    0.45 * (st->ability[DG_ELA] + st->ability[DG_MATH]) +
	    0.45 * dg_rng_normal(r);
}

/* Born so as to be in grade0 in the first school year; a few are older. */
static void dg_student_birth(struct dg_student *st, struct dg_rng *r,
			     const struct dg_cohort *c)
{
	int year = c->first_year - st->grade0 - 7;

	if (dg_rng_chance(r, 0.03))
		year--;
	st->birth_days = dg_date_days(year, 9, 2) + dg_rng_range(r, 0, 364);
}

static void dg_student_fill(struct dg_student *st, const struct dg_cohort *c,
			    struct dg_rng *r)
{
	double u = dg_rng_unit(r);

	dg_student_ids(st, c->seed);
	st->sex = u < 0.49 ? 'M' : u < 0.99 ? 'F' : 'N';
	st->heritage = dg_names_heritage(r);
	st->race = dg_student_race(r, st->heritage);
	dg_names_student(r, st->heritage, st->sex, &st->name);
	dg_student_language_status(st, r);
	dg_student_programs(st, r);
	dg_student_abilities(st, r);
	dg_student_birth(st, r, c);
	st->home = (uint32_t)dg_rng_next(r);
	dg_names_street(r, st->address, sizeof(st->address));
}

void dg_student_make(struct dg_student *st, const struct dg_cohort *c,
		     uint32_t index)
{
	struct dg_rng r;
	int y;

	memset(st, 0, sizeof(*st));
	st->index = index;
	dg_rng_init(&r, dg_rng_key(c->seed, STREAM_STUDENT, index, 0));
	st->grade0 = dg_student_pick_grade0(&r, c->years);
	st->left_year = c->years;
	for (y = 1; y < c->years; y++)
		if (dg_rng_chance(&r, 0.04)) {
			st->left_year = y;
			break;
		}
	st->in_prior = st->grade0 >= 1 && dg_rng_chance(&r, 0.92);
	dg_student_fill(st, c, &r);
}

void dg_student_make_prior(struct dg_student *st, const struct dg_cohort *c,
			   uint32_t index, int prior_grade)
{
	struct dg_rng r;

	memset(st, 0, sizeof(*st));
	st->index = index;
	dg_rng_init(&r, dg_rng_key(c->seed, STREAM_STUDENT, index, 1));
	st->grade0 = prior_grade + 1;
	st->left_year = 0;
	st->in_prior = 1;
	dg_student_fill(st, c, &r);
}

int dg_student_grade(const struct dg_student *st, int year)
{
	return st->grade0 + year;
}

int dg_student_enrolled(const struct dg_student *st, int year)
{
	int g = dg_student_grade(st, year);

	if (g < 0 || g > 12)
		return 0;
	if (year < 0)
		return st->in_prior;
	return year < st->left_year;
}

enum dg_elas dg_student_elas(const struct dg_student *st, int year)
{
	if (st->initial_elas != DG_ELAS_EL)
		return st->initial_elas;
	if (dg_student_grade(st, year) >= st->reclass_grade)
		return DG_ELAS_RFEP;
	return DG_ELAS_EL;
}

/* Yearly growth relative to peers follows a slow random walk. */
static double dg_student_drift(const struct dg_student *st, uint64_t seed,
			       enum dg_subject subject, int year)
{
	double d = 0.0;
	int k;

	for (k = 0; k <= year + 1; k++) {
		struct dg_rng r;

		dg_rng_init(&r, dg_rng_key(seed, STREAM_DRIFT,
					   st->index * 4ULL + subject,
					   (uint64_t)k));
		d += 0.22 * dg_rng_normal(&r);
	}
	return d;
}

double dg_student_z(const struct dg_student *st, uint64_t seed,
		    enum dg_subject subject, int year)
{
	double z =
	    st->ability[subject] + dg_student_drift(st, seed, subject, year);

	/* Learners still acquiring English score lower on ELA. */
	if (subject == DG_ELA && dg_student_elas(st, year) == DG_ELAS_EL)
		z -= 0.3;
	return z;
}

uint32_t dg_student_moved(const struct dg_student *st, uint64_t seed, int year)
{
	struct dg_rng r;

	dg_rng_init(
	    &r, dg_rng_key(seed, STREAM_MOVE, st->index, (uint64_t)(year + 1)));
	if (!dg_rng_chance(&r, 0.03))
		return 0;
	return (uint32_t)dg_rng_next(&r) | 1u;
}
