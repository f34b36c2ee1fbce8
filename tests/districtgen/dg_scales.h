/*
 * Scale score ranges and achievement level cuts (FORMATS.md section 8).
 * The functions return pointers into static tables: callers never free
 * them.
 */
#ifndef DG_SCALES_H
#define DG_SCALES_H

enum dg_subject { DG_ELA, DG_MATH, DG_SCIENCE };

struct dg_scale {
	int lo;
	int hi;
	/* Lowest scale score of levels 2, 3 and 4. */
	int cut[3];
	/* Scale score = theta * slope + intercept. */
	double slope;
	double intercept;
};

/* Smarter Balanced scale for grades 3-8 and 11, NULL for other grades. */
const struct dg_scale *dg_scales_sbac(enum dg_subject subject, int grade);
/* CAST scale for grades 5, 8 and 11, NULL for other grades. */
const struct dg_scale *dg_scales_cast(int grade);
/* Summative ELPAC scale for grades 0 (kindergarten) to 12. */
const struct dg_scale *dg_scales_elpac(int grade);

/* Achievement level 1-4 of a scale score. */
int dg_scales_level(const struct dg_scale *sc, double ss);
/*
 * Above (3), Near (2) or Below (1) standard: the score plus or minus
 * 1.5 standard errors against the level 3 cut, as IABs and claims report.
 */
int dg_scales_category(const struct dg_scale *sc, double ss, double se);
double dg_scales_theta(const struct dg_scale *sc, double ss);
double dg_scales_clamp(const struct dg_scale *sc, double ss);

#endif
