/*
 * Sorting the Score elements of a TRT opportunity into what they are:
 * overall scores, claim scores, target residuals, writing traits, or
 * accommodations in disguise.
 */
#ifndef SCOREBOOK_TRT_SCORE_H
#define SCOREBOOK_TRT_SCORE_H

#include "diag.h"
#include "exam.h"

struct trt_score_attrs {
	const char *measure_of, *measure_label, *value, *standard_error;
	const char *condition_code;
	long line;
};

void trt_score_put(struct exam *e, const struct trt_score_attrs *a,
		   struct diag_list *errors);

/*
 * Parse a number; returns 1 and sets *out for a number, 0 for blank,
 * -1 for text that is not a number.
 */
int trt_parse_number(const char *text, double *out);

/*
 * A whole number that fits an int, for levels, counts and points;
 * returns 1 and sets *out, or 0 when v has a fraction or is out of range.
 */
int trt_whole(double v, int *out);

#endif
