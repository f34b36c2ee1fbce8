/*
 * Inline SVG charts for report pages.  Each function appends one complete
 * <svg> element to a buffer; the caller owns the buffer and every
 * argument, and nothing is kept between calls.
 *
 * Every chart is an image with its own <title> and <desc> (the desc says
 * in words all that the chart shows), fills each level with a colour and a
 * pattern, and writes its numbers as text so that it reads in print and in
 * greyscale.  Ids inside the chart start with the id argument, whose
 * characters other than letters, digits, '-' and '_' become '_': give each
 * chart of a page its own.  Text is escaped for XML, numbers never depend
 * on the locale, and the same arguments give the same bytes.
 *
 * Every word a chart writes (its legend, labels and desc) comes from the
 * message catalog words, keys chart.*, with numbers written the
 * catalog's way; the catalog must outlive the call.
 *
 * Scores are drawn on the scale from low to high; a score outside is drawn
 * at the nearer end and the desc says so.  A score that is not a number
 * means "not scored".  Negative counts count as zero.
 */
#ifndef SCOREBOOK_CHART_H
#define SCOREBOOK_CHART_H

#include "buf.h"
#include "i18n.h"

#define CHART_MAX_LEVELS 4

/* A distribution of students over 3 or 4 levels. */
struct chart_levels {
	int levels;
	const int *counts;	  /* counts[i] students at level i + 1 */
	const char *const *names; /* names[i] of level i + 1 */
	int suppress_below;	  /* fewer students than this: "*" only */
};

/* One stacked bar of students per level; "*" when suppressed. */
void chart_level_bar(struct buf *out, const struct i18n *words, const char *id,
		     const char *title, const struct chart_levels *l);

/*
 * A score on its scale: every level as a segment sized by its cuts (the
 * lowest score of levels 2..levels), the cuts labelled, the score marked
 * and its error band (score plus or minus se) drawn.
 */
void chart_scale_band(struct buf *out, const struct i18n *words, const char *id,
		      const char *title, double low, double high,
		      const double *cuts, int levels, const char *const *names,
		      double score, double se);

/*
 * An interim block score: Below, Near and Above Standard as segments, the
 * middle one the Level 3 cut plus or minus 1.5 standard errors, with the
 * score and its error band marked.
 */
void chart_iab_band(struct buf *out, const struct i18n *words, const char *id,
		    const char *title, double low, double high, double cut3,
		    double score, double se);

/* One result in a student's history; score NAN when not scored. */
struct chart_point {
	const char *label;
	double score, se;
};

/* Scores over time, oldest first, with error bars and the level cuts. */
void chart_history(struct buf *out, const struct i18n *words, const char *id,
		   const char *title, const struct chart_point *points, int n,
		   double low, double high, const double *cuts, int ncuts);

/* Students of a group below, at or near, and above standard on a claim. */
struct chart_claim {
	const char *name;
	int below, near, above;
};

/* One stacked bar per claim; a claim under suppress_below shows "*". */
void chart_claims(struct buf *out, const struct i18n *words, const char *id,
		  const char *title, const struct chart_claim *claims, int n,
		  int suppress_below);

#endif
