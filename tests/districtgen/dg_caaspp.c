#include "dg_caaspp.h"

#include "dg_fp.h"
#include "dg_date.h"
#include "dg_mem.h"
#include "dg_out.h"
#include "dg_rng.h"
#include "dg_score.h"
#include "dg_sdf.h"

#include <stdlib.h>
#include <string.h>

#define STREAM_CAASPP	0xc4a5ULL
#define NOT_TESTED_RATE 0.025
#define FLUSH_AT	(1u << 20)
/* Index ranges of students seen only in the prior year. */
#define PRIOR_BASE  0x40000000u
#define LEAVER_BASE 0x60000000u

static const enum dg_sdf_col layout[] = {
	DG_SDF_RECORD_TYPE,
	DG_SDF_SSID,
	DG_SDF_LAST_NAME,
	DG_SDF_FIRST_NAME,
	DG_SDF_MIDDLE_NAME,
	DG_SDF_BIRTH_DATE,
	DG_SDF_GENDER,
	DG_SDF_GRADE,
	DG_SDF_CALPADS_DISTRICT_CODE,
	DG_SDF_CALPADS_DISTRICT_NAME,
	DG_SDF_CALPADS_SCHOOL_CODE,
	DG_SDF_CALPADS_SCHOOL_NAME,
	DG_SDF_TESTED_DISTRICT_CODE,
	DG_SDF_TESTED_DISTRICT_NAME,
	DG_SDF_TESTED_SCHOOL_CODE,
	DG_SDF_TESTED_SCHOOL_NAME,
	DG_SDF_COMPLETED_DATE,
	DG_SDF_SECTION504,
	DG_SDF_MIGRANT,
	DG_SDF_EL_STATUS,
	DG_SDF_ELAS,
	DG_SDF_LANGUAGE,
	DG_SDF_MILITARY,
	DG_SDF_FOSTER,
	DG_SDF_HOMELESS,
	DG_SDF_ECON,
	DG_SDF_IDEA,
	DG_SDF_HISPANIC,
	DG_SDF_AMIND,
	DG_SDF_ASIAN,
	DG_SDF_PACIFIC,
	DG_SDF_FILIPINO,
	DG_SDF_BLACK,
	DG_SDF_WHITE,
	DG_SDF_TWO_OR_MORE,
	DG_SDF_PARENT_ED,
	DG_SDF_OPPORTUNITY1,
	DG_SDF_OPPORTUNITY2,
	DG_SDF_OPPORTUNITY3,
	DG_SDF_OPPORTUNITY4,
	DG_SDF_CONDITION,
	DG_SDF_ATTEMPTEDNESS,
	DG_SDF_SCORE_STATUS,
	DG_SDF_INCLUDE,
	DG_SDF_LEXILE,
	DG_SDF_THETA,
	DG_SDF_SCALE_SCORE,
	DG_SDF_SEM,
	DG_SDF_BAND_MIN,
	DG_SDF_BAND_MAX,
	DG_SDF_LEVEL,
	DG_SDF_CLAIM1_PL,
	DG_SDF_CLAIM2_PL,
	DG_SDF_CLAIM3_PL,
	DG_SDF_CLAIM4_PL,
	DG_SDF_DOMAIN1,
	DG_SDF_DOMAIN2,
	DG_SDF_DOMAIN3,
	DG_SDF_GENRE,
	DG_SDF_WER_POR,
	DG_SDF_WER_DEVEEL,
	DG_SDF_WER_COV,
	DG_SDF_LOCAL_ID,
	DG_SDF_AVAILABLE_DATE,
	DG_SDF_END,
};

#define LAYOUT_N (sizeof(layout) / sizeof(layout[0]))

struct dg_caaspp {
	const struct dg_world *w;
	struct dg_out out;
	struct dg_buf b;
	struct dg_sdf_row *row;
	struct dg_result *res;
	long rows;
	long limit;
	int rc;
};

static void dg_caaspp_flush(struct dg_caaspp *c, int force)
{
	if (c->rc == 0 && (force || c->b.len >= FLUSH_AT))
		c->rc = dg_out_put(&c->out, &c->b);
}

/* The summative test the state scored, as a form without items. */
static void dg_caaspp_asmt(struct dg_asmt *a, enum dg_subject s, int grade,
			   int year_end, struct dg_rng *r)
{
	static const char *const elementary[] = { "OPIN", "INFO", "NARR" };
	static const char *const secondary[] = { "ARGU", "EXPL", "NARR" };

	memset(a, 0, sizeof(*a));
	a->kind = s == DG_SCIENCE ? DG_KIND_CAST : DG_KIND_SUM;
	a->subject = s;
	a->grade = grade;
	a->year_end = year_end;
	if (s == DG_ELA)
		strcpy(a->genre, (grade <= 5 ? elementary
					     : secondary)[dg_rng_below(r, 3)]);
}

static void dg_caaspp_measure(struct dg_sdf_row *row, enum dg_subject s,
			      double ss)
{
	long m = (long)((ss - (s == DG_ELA ? 2100 : 2150)) * 2.2);

	if (s == DG_SCIENCE)
		return;
	if (m <= 0)
		dg_sdf_set(row, DG_SDF_LEXILE, "%s", s == DG_ELA ? "BR" : "EM");
	else
		dg_sdf_set(row, DG_SDF_LEXILE, "%ld%c", m / 5 * 5,
			   s == DG_ELA ? 'L' : 'Q');
}

static void dg_caaspp_scores(struct dg_sdf_row *row, const struct dg_asmt *a,
			     const struct dg_result *res)
{
	int first = a->kind == DG_KIND_CAST ? DG_SDF_DOMAIN1 : DG_SDF_CLAIM1_PL;
	int i;

	dg_sdf_set(row, DG_SDF_ATTEMPTEDNESS, "Y");
	dg_sdf_set(row, DG_SDF_SCORE_STATUS, "Scored");
	dg_sdf_set(row, DG_SDF_INCLUDE, "Y");
	dg_caaspp_measure(row, a->subject, res->ss);
	dg_sdf_set(row, DG_SDF_THETA, "%.4f", res->theta);
	dg_sdf_set(row, DG_SDF_SCALE_SCORE, "%.0f", res->ss);
	dg_sdf_set(row, DG_SDF_SEM, "%04.0f", res->se);
	dg_sdf_set(row, DG_SDF_BAND_MIN, "%.0f", res->ss - res->se);
	dg_sdf_set(row, DG_SDF_BAND_MAX, "%.0f", res->ss + res->se);
	dg_sdf_set(row, DG_SDF_LEVEL, "%d", res->level);
	for (i = 0; i < res->n_claims; i++)
		dg_sdf_set(row, (enum dg_sdf_col)(first + i), "%d",
			   res->claims[i].level);
	if (!res->has_traits)
		return;
	dg_sdf_set(row, DG_SDF_GENRE, "%s", dg_catalog_genre_name(a->genre));
	dg_sdf_set(row, DG_SDF_WER_POR, "%d", res->traits[0]);
	dg_sdf_set(row, DG_SDF_WER_DEVEEL, "%d", res->traits[1]);
	dg_sdf_set(row, DG_SDF_WER_COV, "%d", res->traits[2]);
}

static void dg_caaspp_row(struct dg_caaspp *c, const struct dg_student *st,
			  const struct dg_school *school, enum dg_subject s)
{
	static const char *const record_types[] = { "01", "02", "06" };
	const struct dg_world *w = c->w;
	int year_end = w->cohort.first_year - 1;
	struct dg_asmt a;
	struct dg_rng r;
	int64_t day;

	dg_rng_init(&r, dg_rng_key(w->cohort.seed, STREAM_CAASPP, st->index,
				   (uint64_t)s));
	day = dg_date_school_day(dg_date_days(year_end, 4, 1) +
				 dg_rng_below(&r, 55));
	dg_sdf_clear(c->row);
	dg_sdf_student(c->row, st, &w->district, school, -1, day);
	dg_sdf_set(c->row, DG_SDF_RECORD_TYPE, "%s", record_types[s]);
	dg_sdf_set(c->row, DG_SDF_OPPORTUNITY1, "%u",
		   (unsigned)(dg_rng_next(&r) % 900000000u + 100000000u));
	if (dg_rng_chance(&r, NOT_TESTED_RATE)) {
		dg_sdf_set(c->row, DG_SDF_CONDITION, "NT");
		dg_sdf_set(c->row, DG_SDF_ATTEMPTEDNESS, "N");
		dg_sdf_set(c->row, DG_SDF_SCORE_STATUS, "Not Scored");
		dg_sdf_set(c->row, DG_SDF_INCLUDE, "N");
	} else {
		struct dg_score_in in;

		dg_caaspp_asmt(&a, s, dg_student_grade(st, -1), year_end, &r);
		memset(&in, 0, sizeof(in));
		in.asmt = &a;
		in.z = dg_student_z(st, w->cohort.seed, s, -1);
		in.exam_key = dg_rng_next(&r);
		dg_score_exam(c->res, &in);
		dg_caaspp_scores(c->row, &a, c->res);
		dg_sdf_set_day(c->row, DG_SDF_AVAILABLE_DATE,
			       day + dg_rng_range(&r, 14, 30));
	}
	dg_sdf_emit(&c->b, c->row, layout, LAYOUT_N, "\r\n");
	c->rows++;
	dg_caaspp_flush(c, 0);
}

static int dg_caaspp_full(const struct dg_caaspp *c)
{
	return c->limit >= 0 && c->rows >= c->limit;
}

/* The rows of one student tested in the prior year, if any. */
static void dg_caaspp_student(struct dg_caaspp *c, const struct dg_student *st)
{
	const struct dg_world *w = c->w;
	int grade = dg_student_grade(st, -1);
	int school;
	enum dg_subject s;

	if (!dg_student_enrolled(st, -1) || !dg_student_tested_grade(grade))
		return;
	school = dg_district_school(&w->district, grade, st->home,
				    dg_student_moved(st, w->cohort.seed, -1));
	if (school < 0)
		return;
	for (s = DG_ELA; s <= DG_SCIENCE && !dg_caaspp_full(c); s++)
		if (s != DG_SCIENCE || dg_scales_cast(grade))
			dg_caaspp_row(c, st, &w->district.schools[school], s);
}

/*
 * Whether last year's students of a grade are tested again in a later
 * year, and so are among the plan's students already.
 */
static int dg_caaspp_seen_later(const struct dg_world *w, int prior_grade)
{
	int year;

	for (year = 0; year < w->cohort.years; year++)
		if (dg_student_tested_grade(prior_grade + 1 + year))
			return 1;
	return 0;
}

/*
 * Students in the district now, then last year's students of grades not
 * tested again (graduates, ninth graders), then, only to reach a
 * requested row count, students who have since left.
 */
static void dg_caaspp_all(struct dg_caaspp *c)
{
	static const int tested[] = { 3, 4, 5, 6, 7, 8, 11 };
	const struct dg_world *w = c->w;
	size_t per_grade = w->plan.n_students / 9 + 1, i;
	struct dg_student st;
	uint32_t k, g;

	for (i = 0; i < w->plan.n_students && !dg_caaspp_full(c); i++)
		dg_caaspp_student(c, &w->plan.students[i]);
	for (g = 0; g < 7; g++) {
		if (dg_caaspp_seen_later(w, tested[g]))
			continue;
		for (i = 0; i < per_grade && !dg_caaspp_full(c); i++) {
			dg_student_make_prior(
			    &st, &w->cohort,
			    PRIOR_BASE + (g << 24) + (uint32_t)i, tested[g]);
			dg_caaspp_student(c, &st);
		}
	}
	for (k = 0; c->limit >= 0 && !dg_caaspp_full(c); k++) {
		dg_student_make_prior(&st, &w->cohort, LEAVER_BASE + k,
				      tested[dg_rng_hash(k) % 7]);
		dg_caaspp_student(c, &st);
	}
}

int dg_caaspp_write(const struct dg_world *w, const char *dir, long rows)
{
	struct dg_caaspp c;

	memset(&c, 0, sizeof(c));
	c.w = w;
	c.limit = rows;
	if (dg_out_open(&c.out, dir, "caaspp.txt") < 0)
		return -1;
	dg_buf_init(&c.b, 2 * FLUSH_AT);
	c.row = dg_xmalloc(sizeof(*c.row));
	c.res = dg_xmalloc(sizeof(*c.res));
	dg_sdf_header(&c.b, layout, LAYOUT_N, "\r\n");
	dg_caaspp_all(&c);
	dg_caaspp_flush(&c, 1);
	if (dg_out_close(&c.out) < 0)
		c.rc = -1;
	dg_buf_release(&c.b);
	free(c.row);
	free(c.res);
	return c.rc;
}
