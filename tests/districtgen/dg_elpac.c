#include "dg_elpac.h"

#include "dg_fp.h"
#include "dg_date.h"
#include "dg_mem.h"
#include "dg_out.h"
#include "dg_rng.h"
#include "dg_sdf.h"

#include <stdlib.h>
#include <string.h>

#define STREAM_ELPAC 0xe1facULL
#define FLUSH_AT     (1u << 20)

static const enum dg_sdf_col layout[] = {
	DG_SDF_RECORD_TYPE,
	DG_SDF_SSID,
	DG_SDF_LAST_NAME,
	DG_SDF_FIRST_NAME,
	DG_SDF_MIDDLE_NAME,
	DG_SDF_BIRTH_DATE,
	DG_SDF_GENDER,
	DG_SDF_GRADE,
	DG_SDF_ADDRESS,
	DG_SDF_CALPADS_DISTRICT_CODE,
	DG_SDF_CALPADS_DISTRICT_NAME,
	DG_SDF_CALPADS_SCHOOL_CODE,
	DG_SDF_CALPADS_SCHOOL_NAME,
	DG_SDF_TESTED_DISTRICT_CODE,
	DG_SDF_TESTED_DISTRICT_NAME,
	DG_SDF_TESTED_SCHOOL_CODE,
	DG_SDF_TESTED_SCHOOL_NAME,
	DG_SDF_COMPLETED_DATE,
	DG_SDF_OVERALL_SS,
	DG_SDF_OVERALL_PL,
	DG_SDF_OVERALL_CSEM,
	DG_SDF_ORAL_SS,
	DG_SDF_ORAL_PL,
	DG_SDF_ORAL_CSEM,
	DG_SDF_WRITTEN_SS,
	DG_SDF_WRITTEN_PL,
	DG_SDF_WRITTEN_CSEM,
	DG_SDF_LISTENING_PL,
	DG_SDF_SPEAKING_PL,
	DG_SDF_READING_PL,
	DG_SDF_WRITING_PL,
	DG_SDF_INCLUDE,
	DG_SDF_LANGUAGE,
	DG_SDF_EL_STATUS,
	DG_SDF_ELAS,
	DG_SDF_SECTION504,
	DG_SDF_MIGRANT,
	DG_SDF_IDEA,
	DG_SDF_ECON,
	DG_SDF_HISPANIC,
	DG_SDF_AMIND,
	DG_SDF_ASIAN,
	DG_SDF_PACIFIC,
	DG_SDF_FILIPINO,
	DG_SDF_BLACK,
	DG_SDF_WHITE,
	DG_SDF_TWO_OR_MORE,
	DG_SDF_LOCAL_ID,
	DG_SDF_END,
};

#define LAYOUT_N (sizeof(layout) / sizeof(layout[0]))

/* One scale score of a composite with its level and error. */
struct dg_elpac_score {
	int ss;
	int level;
	int csem;
};

static int dg_elpac_clamp(const struct dg_scale *sc, double v)
{
	long ss = (long)(v + 0.5);

	if (ss < sc->lo)
		ss = sc->lo;
	if (ss > sc->hi)
		ss = sc->hi;
	return (int)ss;
}

static void dg_elpac_composite(struct dg_elpac_score *out,
			       const struct dg_scale *sc, double v,
			       struct dg_rng *r)
{
	out->ss = dg_elpac_clamp(sc, v);
	out->level = dg_scales_level(sc, out->ss);
	out->csem = dg_rng_range(r, 14, 32);
}

/* Domains report three levels: beginning, somewhat/moderately, well. */
static int dg_elpac_domain(int level, struct dg_rng *r)
{
	int d = level == 1 ? 1 : level == 4 ? 3 : 2;

	if (dg_rng_chance(r, 0.2))
		d += dg_rng_chance(r, 0.5) ? 1 : -1;
	return d < 1 ? 1 : d > 3 ? 3 : d;
}

/*
 * English learners stay below level 4 until the spring before they are
 * reclassified, when they reach it.
 */
static double dg_elpac_overall(const struct dg_student *st,
			       const struct dg_scale *sc, double z, int grade)
{
	double sd = (sc->cut[2] - sc->cut[0]) * 0.9;
	double ss = sc->cut[1] - 0.2 * sd + sd * z;

	if (grade + 1 >= st->reclass_grade && ss < sc->cut[2] + 5)
		ss = sc->cut[2] + 5 + 0.2 * sd * (z < 0 ? -z : z);
	else if (grade + 1 < st->reclass_grade && ss >= sc->cut[2])
		ss = sc->cut[2] - 1 - 0.1 * sd * (z < 0 ? -z : z);
	return ss;
}

static void dg_elpac_scores(struct dg_sdf_row *row, const struct dg_student *st,
			    const struct dg_scale *sc, double z, int grade,
			    struct dg_rng *r)
{
	struct dg_elpac_score all, oral, written;
	double ss = dg_elpac_overall(st, sc, z, grade);

	dg_elpac_composite(&all, sc, ss, r);
	dg_elpac_composite(&oral, sc, ss + 15 + 25 * dg_rng_normal(r), r);
	dg_elpac_composite(&written, sc, ss - 15 + 25 * dg_rng_normal(r), r);
	dg_sdf_set(row, DG_SDF_OVERALL_SS, "%d", all.ss);
	dg_sdf_set(row, DG_SDF_OVERALL_PL, "%d", all.level);
	dg_sdf_set(row, DG_SDF_OVERALL_CSEM, "%d", all.csem);
	dg_sdf_set(row, DG_SDF_ORAL_SS, "%d", oral.ss);
	dg_sdf_set(row, DG_SDF_ORAL_PL, "%d", oral.level);
	dg_sdf_set(row, DG_SDF_ORAL_CSEM, "%d", oral.csem);
	dg_sdf_set(row, DG_SDF_WRITTEN_SS, "%d", written.ss);
	dg_sdf_set(row, DG_SDF_WRITTEN_PL, "%d", written.level);
	dg_sdf_set(row, DG_SDF_WRITTEN_CSEM, "%d", written.csem);
	dg_sdf_set(row, DG_SDF_LISTENING_PL, "%d",
		   dg_elpac_domain(oral.level, r));
	dg_sdf_set(row, DG_SDF_SPEAKING_PL, "%d",
		   dg_elpac_domain(oral.level, r));
	dg_sdf_set(row, DG_SDF_READING_PL, "%d",
		   dg_elpac_domain(written.level, r));
	dg_sdf_set(row, DG_SDF_WRITING_PL, "%d",
		   dg_elpac_domain(written.level, r));
}

static void dg_elpac_row(struct dg_buf *b, struct dg_sdf_row *row,
			 const struct dg_world *w, uint32_t student, int year)
{
	const struct dg_student *st = &w->plan.students[student];
	int grade = dg_student_grade(st, year);
	int school = dg_plan_school(&w->plan, student, year);
	struct dg_rng r;
	int64_t day;

	if (school < 0)
		school = dg_district_school(
		    &w->district, grade, st->home,
		    dg_student_moved(st, w->cohort.seed, year));
	if (school < 0)
		return;
	dg_rng_init(&r, dg_rng_key(w->cohort.seed, STREAM_ELPAC, st->index,
				   (uint64_t)year));
	day = dg_date_school_day(
	    dg_date_days(w->cohort.first_year + year, 2, 10) +
	    dg_rng_below(&r, 95));
	dg_sdf_clear(row);
	dg_sdf_student(row, st, &w->district, &w->district.schools[school],
		       year, day);
	dg_sdf_set(row, DG_SDF_RECORD_TYPE, "21");
	dg_sdf_set(row, DG_SDF_INCLUDE, "Y");
	/* ELPAC is normed on learners, who sit low on the ELA scale. */
	dg_elpac_scores(row, st, dg_scales_elpac(grade),
			dg_student_z(st, w->cohort.seed, DG_ELA, year) + 0.9,
			grade, &r);
	dg_sdf_emit(b, row, layout, LAYOUT_N, "\n");
}

int dg_elpac_write(const struct dg_world *w, const char *dir)
{
	struct dg_sdf_row *row = dg_xmalloc(sizeof(*row));
	struct dg_out out;
	struct dg_buf b;
	size_t i;
	int year, rc = 0;

	if (dg_out_open(&out, dir, "elpac.txt") < 0) {
		free(row);
		return -1;
	}
	dg_buf_init(&b, 2 * FLUSH_AT);
	dg_sdf_header(&b, layout, LAYOUT_N, "\n");
	for (year = 0; year < w->cohort.years && rc == 0; year++)
		for (i = 0; i < w->plan.n_students && rc == 0; i++) {
			const struct dg_student *st = &w->plan.students[i];

			if (!dg_student_enrolled(st, year) ||
			    dg_student_elas(st, year) != DG_ELAS_EL)
				continue;
			dg_elpac_row(&b, row, w, (uint32_t)i, year);
			if (b.len >= FLUSH_AT)
				rc = dg_out_put(&out, &b);
		}
	if (rc == 0)
		rc = dg_out_put(&out, &b);
	if (dg_out_close(&out) < 0)
		rc = -1;
	dg_buf_release(&b);
	free(row);
	return rc;
}
