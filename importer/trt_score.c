#include "trt_score.h"

#include <stdio.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int trt_parse_number(const char *text, double *out)
{
	char *end;
	double v;

	if (!text)
		return 0;
	while (*text == ' ' || *text == '\t')
		text++;
	if (!*text)
		return 0;
	errno = 0;
	v = strtod(text, &end);
	while (*end == ' ' || *end == '\t')
		end++;
	if (*end || errno == ERANGE || !isfinite(v))
		return -1;
	*out = v;
	return 1;
}

int trt_whole(double v, int *out)
{
	/* Converting an out-of-range double to int is undefined: check. */
	if (!(v >= -1e6 && v <= 1e6) || v != floor(v))
		return 0;
	*out = (int)v;
	return 1;
}

/* Parse value and standard error; report text that is not a number. */
static int read_value(const struct trt_score_attrs *a, double *v, double *se,
		      int *has_se, struct diag_list *errors)
{
	int rc = trt_parse_number(a->value, v);
	int se_rc = trt_parse_number(a->standard_error, se);

	if (se_rc < 0)
		diag_add(errors, a->line, "standardError", a->standard_error,
			 "not a number");
	*has_se = se_rc > 0;
	return rc;
}

static void put_overall(struct exam *e, const struct trt_score_attrs *a,
			struct diag_list *errors)
{
	double v = 0, se = 0;
	int has_se;
	int rc = read_value(a, &v, &se, &has_se, errors);

	if (!strcmp(a->measure_label, "ScaleScore")) {
		/* NS, blank or zero: the opportunity was not scored. */
		if (rc <= 0 || v == 0) {
			e->scored = 0;
			return;
		}
		e->scale_score = v;
		e->has_scale_score = 1;
		e->scale_se = se;
		e->has_scale_se = has_se;
		e->opportunity_line = a->line;
	} else if (!strcmp(a->measure_label, "PerformanceLevel")) {
		if (rc < 0 || (rc > 0 && !trt_whole(v, &e->level)))
			diag_add(errors, a->line, "PerformanceLevel", a->value,
				 "not a whole number");
	} else if (!strcmp(a->measure_label, "ThetaScore") && rc > 0) {
		e->theta = v;
		e->has_theta = 1;
		e->theta_se = se;
		e->has_theta_se = has_se;
	}
}

static struct exam_score *claim_slot(struct exam *e, const char *code,
				     long line)
{
	struct exam_score *s;
	int i;

	for (i = 0; i < e->scores_count; i++)
		if (!strcmp(e->scores[i].code, code))
			return &e->scores[i];
	s = exam_add_score(e);
	s->kind = "claim";
	s->code = exam_strdup(e, code);
	s->line = line;
	return s;
}

static void put_claim(struct exam *e, const struct trt_score_attrs *a,
		      struct diag_list *errors)
{
	double v = 0, se = 0;
	int has_se, rc;
	struct exam_score *s;

	if (strcmp(a->measure_label, "ScaleScore") &&
	    strcmp(a->measure_label, "PerformanceLevel"))
		return;
	rc = read_value(a, &v, &se, &has_se, errors);
	s = claim_slot(e, a->measure_of, a->line);
	if (rc < 0 && strcmp(a->value, "NS"))
		diag_add(errors, a->line, a->measure_label, a->value,
			 "not a number");
	if (rc <= 0)
		return;
	if (!strcmp(a->measure_label, "ScaleScore")) {
		s->scale_score = v;
		s->has_scale_score = v != 0;
		s->scale_se = se;
		s->has_scale_se = has_se;
	} else if (!trt_whole(v, &s->level)) {
		diag_add(errors, a->line, a->measure_of, a->value,
			 "claim level is not a whole number");
	}
}

static struct exam_target *target_slot(struct exam *e, const char *measure)
{
	const char *bar = strchr(measure, '|');
	char *claim = arena_strdup(&e->arena, measure);
	struct exam_target *t;
	int i;

	claim[bar - measure] = '\0';
	for (i = 0; i < e->targets_count; i++)
		if (!strcmp(e->targets[i].claim, claim) &&
		    !strcmp(e->targets[i].target, bar + 1))
			return &e->targets[i];
	t = exam_add_target(e);
	t->claim = claim;
	t->target = claim + (bar - measure) + 1;
	return t;
}

static void put_target(struct exam *e, const struct trt_score_attrs *a,
		       struct diag_list *errors)
{
	const char *label = a->measure_label;
	struct exam_target *t;
	double v;
	int rc = trt_parse_number(a->value, &v);

	if (rc < 0)
		diag_add(errors, a->line, label, a->value, "not a number");
	if (rc <= 0)
		return;
	t = target_slot(e, a->measure_of);
	t->line = a->line;
	if (!strcmp(label, "StudentRelativeResidualScore") ||
	    !strcmp(label, "Benchmark") || !strcmp(label, "BenchmarkScore")) {
		t->student_residual = v;
		t->has_student_residual = 1;
	} else if (!strcmp(label, "StandardMetRelativeResidualScore") ||
		   !strcmp(label, "ProficiencyDelta")) {
		t->standard_met_residual = v;
		t->has_standard_met_residual = 1;
	}
}

/* SOCK_<GENRE>_<TRAIT>, e.g. SOCK_INFO_ORG; returns the trait's maximum. */
static int trait_parts(const char *m, char *genre, char *trait)
{
	static const char *const genres[] = { "ARGU", "EXPL", "INFO", "NARR",
					      "OPIN" };
	size_t i;

	if (strncmp(m, "SOCK_", 5) || strlen(m) < 13 || m[9] != '_')
		return 0;
	for (i = 0; i < sizeof(genres) / sizeof(genres[0]); i++)
		if (!strncmp(m + 5, genres[i], 4))
			break;
	if (i == sizeof(genres) / sizeof(genres[0]))
		return 0;
	memcpy(genre, m + 5, 4);
	genre[4] = '\0';
	snprintf(trait, 4, "%s", m + 10);
	if (!strcmp(m + 10, "ORG") || !strcmp(m + 10, "EVI"))
		return 4;
	if (!strcmp(m + 10, "CON"))
		return 2;
	return 0;
}

static int put_trait(struct exam *e, const struct trt_score_attrs *a,
		     struct diag_list *errors)
{
	char genre[5], trait[4];
	int max = trait_parts(a->measure_of, genre, trait);
	struct exam_trait *t;
	double v;
	int rc;

	if (!max)
		return 0;
	t = exam_add_trait(e);
	t->genre = exam_strdup(e, genre);
	t->trait = exam_strdup(e, trait);
	t->max_score = max;
	t->line = a->line;
	if (a->condition_code && *a->condition_code)
		t->condition_code = exam_strdup(e, a->condition_code);
	rc = trt_parse_number(a->value, &v);
	if (rc < 0)
		diag_add(errors, a->line, a->measure_of, a->value,
			 "not a number");
	if (rc > 0 && !trt_whole(v, &t->score))
		diag_add(errors, a->line, a->measure_of, a->value,
			 "trait score is not a whole number");
	else if (rc > 0)
		t->has_score = 1;
	return 1;
}

/* measureOf "Print Size|TDS_PS_L0", measureLabel "Accommodation". */
static void put_accommodation(struct exam *e, const struct trt_score_attrs *a)
{
	const char *bar = strchr(a->measure_of, '|');
	struct exam_accommodation *acc = exam_add_accommodation(e);
	char *type = arena_strdup(&e->arena, a->measure_of);

	if (bar) {
		type[bar - a->measure_of] = '\0';
		acc->code = exam_strdup(e, bar + 1);
		acc->type = type;
	} else {
		acc->code = type;
	}
	acc->value = exam_strdup(e, a->value);
}

void trt_score_put(struct exam *e, const struct trt_score_attrs *a,
		   struct diag_list *errors)
{
	if (!a->measure_of || !a->measure_label)
		return;
	if (!strcmp(a->measure_label, "Accommodation"))
		put_accommodation(e, a);
	else if (!strcmp(a->measure_of, "Overall"))
		put_overall(e, a, errors);
	else if (strchr(a->measure_of, '|'))
		put_target(e, a, errors);
	else if (!put_trait(e, a, errors))
		put_claim(e, a, errors);
}
