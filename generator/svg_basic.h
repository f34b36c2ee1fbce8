/*
 * Small inline SVG charts: labelled bars, stacked bars, a score on its
 * scale with the error band, and a score history.  Each chart is an
 * image with a title and a description for screen readers; every bar
 * and segment carries its own text, so colour is never the only cue.
 * Colours come from CSS classes (lv1..lv4 for levels, cat1..cat3 for
 * categories), with fill attributes as a fallback.
 *
 * Everything is appended to a buffer the caller owns; id must be unique
 * within the page.
 */
#ifndef SCOREBOOK_SVG_BASIC_H
#define SCOREBOOK_SVG_BASIC_H

#include "buf.h"

struct svg_bar {
	const char *label, *value_text, *cls;
	double value;
};

struct svg_segment {
	const char *label, *cls;
	double value;
};

struct svg_stack_row {
	const char *label;
	const struct svg_segment *segs;
	int count;
};

/* A scale from low to high cut into bands (levels or categories). */
struct svg_scale {
	double low, high, score, se;
	const double *cuts; /* count - 1 inner boundaries, ascending */
	const char *const *names, *const *classes;
	int count, has_se;
};

struct svg_point {
	const char *label;
	double value;
};

/* One horizontal bar per row, lengths relative to max. */
void svg_basic_bars(struct buf *b, const char *id, const char *title,
		    const char *desc, const struct svg_bar *bars, int count,
		    double max);
/* One stacked bar per row, each segment sized by its share, with a
 * legend naming the segments (names: one per segment of a row). */
void svg_basic_stacks(struct buf *b, const char *id, const char *title,
		      const char *desc, const struct svg_stack_row *rows,
		      int count, const char *const *names);
/* The bands of a scale with the score marked and its band drawn. */
void svg_basic_scale(struct buf *b, const char *id, const char *title,
		     const char *desc, const struct svg_scale *s);
/* Scores in time order, joined by a line, each labelled. */
void svg_basic_history(struct buf *b, const char *id, const char *title,
		       const char *desc, const struct svg_point *points,
		       int count, double low, double high);

#endif
