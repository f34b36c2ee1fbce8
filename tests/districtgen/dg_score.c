#include "dg_score.h"

#include "dg_fp.h"
#include "dg_rng.h"

#include <stdio.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define PARTIAL_RATE	   0.03
#define NONSTANDARD_RATE   0.005
#define UNSCORED_ITEM_RATE 0.004
#define BLANK_WRITE_RATE   0.015

static const char *const ela_claims[] = { "SOCK_R", "2-W", "SOCK_LS", "4-CR" };
static const char *const math_claims[] = { "1", "SOCK_2", "3" };
static const char *const science_domains[] = { "LS", "PS", "ESS" };

static const char *const essay_sentences[] = {
	"I think our school should plant a garden because it teaches us "
	"where food comes from.",
	"First, the article says that students who garden eat more "
	"vegetables.",
	"Some people say it costs too much, but the evidence shows it's "
	"worth it.",
	"The author uses the word \"resilient\" to show how the animals "
	"survive the winter.",
	"Second, volunteers & families could help water the plants on "
	"weekends.",
	"In conclusion, this would make our community a better place.",
	"My grandmother told me that in her village everyone shared what "
	"they grew.",
	"According to source #2, recycling saved the city more than "
	"$40,000 < what they expected.",
};

static long dg_score_round(double x)
{
	return x >= 0 ? (long)(x + 0.5) : -(long)(-x + 0.5);
}

static double dg_score_abs(double x)
{
	return x < 0 ? -x : x;
}

/*
 * Round to the decimals the TRT file will print, so that levels derived
 * again from the printed numbers come out the same.
 */
static double dg_score_quantize(double x, double per_unit)
{
	return (double)dg_score_round(x * per_unit) / per_unit;
}

static int dg_score_clampi(long v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : (int)v;
}

static const struct dg_scale *dg_score_scale(const struct dg_asmt *a)
{
	if (a->kind == DG_KIND_CAST)
		return dg_scales_cast(a->grade);
	return dg_scales_sbac(a->subject, a->grade);
}

/* Spread and centre of a grade's scores, from the cuts. */
static void dg_score_norms(const struct dg_asmt *a, const struct dg_scale *sc,
			   double *mean, double *sd)
{
	if (a->kind == DG_KIND_CAST) {
		*sd = (sc->cut[2] - sc->cut[0]) * 0.8;
		*mean = sc->cut[1] - 0.5 * *sd;
		return;
	}
	*sd = (sc->cut[2] - sc->cut[0]) * 0.7;
	*mean = sc->cut[1] - (a->subject == DG_MATH ? 0.38 : 0.08) * *sd;
	/* Interims are taken months before the spring summative. */
	if (a->kind != DG_KIND_SUM)
		*mean -= 0.25 * *sd;
}

/* Standard errors grow towards the ends of the scale. */
static double dg_score_se(const struct dg_asmt *a, double z, struct dg_rng *r)
{
	double edge = dg_score_abs(z) / 2.5;
	double lo = 18, span = 17;

	if (edge > 1)
		edge = 1;
	if (a->kind == DG_KIND_ICA) {
		lo = 20;
		span = 20;
	} else if (a->kind == DG_KIND_IAB) {
		lo = 40;
		span = 50;
	} else if (a->kind == DG_KIND_CAST) {
		lo = 5;
		span = 4;
	}
	return lo + span * (0.8 * edge + 0.2 * dg_rng_unit(r));
}

static double dg_score_precision(const struct dg_asmt *a)
{
	return a->kind == DG_KIND_SUM || a->kind == DG_KIND_CAST ? 1.0 : 1e10;
}

static void dg_score_overall(struct dg_result *res, const struct dg_asmt *a,
			     double z, struct dg_rng *r)
{
	const struct dg_scale *sc = dg_score_scale(a);
	double mean, sd, unit = dg_score_precision(a);

	dg_score_norms(a, sc, &mean, &sd);
	res->se = dg_score_quantize(dg_score_se(a, z, r), unit);
	res->ss = mean + sd * z + 0.6 * res->se * dg_rng_normal(r);
	res->ss = dg_score_quantize(dg_scales_clamp(sc, res->ss), unit);
	res->theta = dg_scales_theta(sc, res->ss);
	if (a->kind == DG_KIND_IAB)
		res->level = dg_scales_category(sc, res->ss, res->se);
	else
		res->level = dg_scales_level(sc, res->ss);
}

static void dg_score_claims(struct dg_result *res, const struct dg_asmt *a,
			    struct dg_rng *r)
{
	const struct dg_scale *sc = dg_score_scale(a);
	const char *const *codes = ela_claims;
	double unit = dg_score_precision(a);
	int i;

	res->n_claims = 0;
	if (a->kind == DG_KIND_IAB)
		return;
	res->n_claims = 4;
	if (a->subject == DG_MATH) {
		codes = math_claims;
		res->n_claims = 3;
	} else if (a->subject == DG_SCIENCE) {
		codes = science_domains;
		res->n_claims = 3;
	}
	for (i = 0; i < res->n_claims; i++) {
		struct dg_claim_score *c = &res->claims[i];
		double spread = a->kind == DG_KIND_CAST ? 8 : 35;

		c->code = codes[i];
		c->se = dg_score_quantize(
		    res->se * (1.6 + 0.6 * dg_rng_unit(r)), unit);
		c->ss = dg_score_quantize(
		    dg_scales_clamp(sc, res->ss + spread * dg_rng_normal(r)),
		    unit);
		c->level = dg_scales_category(sc, c->ss, c->se);
	}
}

static int dg_score_has_target(const struct dg_result *res, const char *code)
{
	int i;

	for (i = 0; i < res->n_targets; i++)
		if (strcmp(res->targets[i].code, code) == 0)
			return 1;
	return 0;
}

/* Summative target results: how the student did on each target. */
static void dg_score_targets(struct dg_result *res, const struct dg_asmt *a,
			     double z, struct dg_rng *r)
{
	int i;

	res->n_targets = 0;
	if (a->kind != DG_KIND_SUM)
		return;
	for (i = 0; i < a->n_items && res->n_targets < DG_MAX_TARGETS; i++) {
		const struct dg_item *it = &a->items[i];
		struct dg_target_score *t = &res->targets[res->n_targets];

		snprintf(t->code, sizeof(t->code), "%s|%s", it->claim,
			 it->target);
		if (dg_score_has_target(res, t->code))
			continue;
		t->residual = 0.08 * dg_rng_normal(r);
		t->met_residual = 0.35 * z + 0.3 * dg_rng_normal(r);
		res->n_targets++;
	}
}

static void dg_score_traits(struct dg_result *res, const struct dg_asmt *a,
			    double z, struct dg_rng *r)
{
	res->has_traits = a->subject == DG_ELA && a->genre[0] != '\0';
	res->trait_condition = "";
	if (!res->has_traits)
		return;
	res->traits[0] = dg_score_clampi(
	    dg_score_round(2.2 + 0.9 * z + 0.7 * dg_rng_normal(r)), 0, 4);
	res->traits[1] = dg_score_clampi(
	    dg_score_round(res->traits[0] + 0.6 * dg_rng_normal(r) - 0.2), 0,
	    4);
	res->traits[2] = dg_score_clampi(
	    dg_score_round(1.3 + 0.5 * z + 0.4 * dg_rng_normal(r)), 0, 2);
	if (dg_rng_chance(r, BLANK_WRITE_RATE)) {
		res->trait_condition = dg_rng_chance(r, 0.6) ? "B" : "I";
		memset(res->traits, 0, sizeof(res->traits));
	}
}

/* Points on an item: each further point is harder to earn. */
static int dg_score_points(const struct dg_item *it, double z, struct dg_rng *r)
{
	int pts = 0;

	while (pts < it->max_points &&
	       z - it->difficulty - 0.5 * pts + dg_rng_normal(r) > 0)
		pts++;
	/* A quarter of wrong multiple-choice answers are lucky guesses. */
	if (pts == 0 && strcmp(it->format, "MC") == 0 && dg_rng_chance(r, 0.25))
		pts = 1;
	return pts;
}

static char dg_score_wrong_option(const struct dg_item *it, struct dg_rng *r)
{
	char c;

	if (dg_rng_chance(r, 0.55))
		return it->distractor;
	do {
		c = (char)('A' + dg_rng_below(r, it->n_options));
	} while (c == it->answer[0] || c == it->distractor);
	return c;
}

static void dg_score_ms_value(const struct dg_item *it, int pts,
			      struct dg_response *resp, struct dg_rng *r)
{
	char a = it->answer[0], b = it->answer[2];
	char last = (char)('A' + it->n_options - 1);

	if (pts < it->max_points) {
		/* Swap one pick for a wrong option. */
		char w = (char)('A' + dg_rng_below(r, it->n_options));

		while (w == a || w == b)
			w = w == last ? 'A' : (char)(w + 1);
		if (pts == 0 || dg_rng_chance(r, 0.5))
			b = w;
		else
			a = w;
	}
	if (a > b) {
		char t = a;

		a = b;
		b = t;
	}
	snprintf(resp->value, sizeof(resp->value), "%c,%c", a, b);
}

static void dg_score_essay(struct dg_response *resp, struct dg_rng *r)
{
	int n = dg_rng_range(r, 2, 3), i;
	size_t len = 0;

	resp->value[0] = '\0';
	for (i = 0; i < n; i++) {
		const char *s = essay_sentences[dg_rng_below(
		    r, (uint32_t)COUNT(essay_sentences))];
		int w = snprintf(resp->value + len, sizeof(resp->value) - len,
				 "<p>%s</p>", s);

		if (w < 0 || (size_t)w >= sizeof(resp->value) - len)
			break;
		len += (size_t)w;
	}
}

/* What the student answered, consistent with the points earned. */
static void dg_score_value(const struct dg_item *it, int pts,
			   struct dg_response *resp, struct dg_rng *r)
{
	char part_a = (char)('A' + it->key % 4);
	char part_b = (char)('A' + it->key / 4 % 4);

	if (strcmp(it->format, "MC") == 0) {
		resp->value[0] =
		    pts > 0 ? it->answer[0] : dg_score_wrong_option(it, r);
		resp->value[1] = '\0';
	} else if (strcmp(it->format, "MS") == 0) {
		dg_score_ms_value(it, pts, resp, r);
	} else if (strcmp(it->format, "EBSR") == 0) {
		if (pts == 0)
			part_a = (char)('A' + (part_a - 'A' + 1) % 4);
		if (pts < it->max_points)
			part_b = (char)('A' + (part_b - 'A' + 2) % 4);
		snprintf(resp->value, sizeof(resp->value),
			 "<itemResponse><response id=\"EBSR1\"><value>%c"
			 "</value></response><response id=\"EBSR2\"><value>"
			 "%c</value></response></itemResponse>",
			 part_a, part_b);
	} else if (strcmp(it->format, "EQ") == 0) {
		snprintf(resp->value, sizeof(resp->value), "%u",
			 (unsigned)(it->key % 97 +
				    (pts > 0 ? 0 : 1 + dg_rng_below(r, 9))));
	} else {
		dg_score_essay(resp, r);
	}
}

/*
 * The full write's points come from its traits. A blank write (condition
 * B) has no text; an insufficient one (I) barely any.
 */
static void dg_score_full_write(const struct dg_result *res,
				struct dg_response *resp)
{
	if (res->trait_condition[0] == 'B')
		resp->value[0] = '\0';
	else if (res->trait_condition[0] == 'I')
		snprintf(resp->value, sizeof(resp->value), "<p>%s</p>",
			 "i dont know");
	memcpy(resp->trait, res->traits, sizeof(resp->trait));
	/* Organisation and evidence are averaged, rounding up. */
	resp->score =
	    (res->traits[0] + res->traits[1] + 1) / 2 + res->traits[2];
}

static void dg_score_item(struct dg_result *res, const struct dg_asmt *a, int i,
			  double z, int64_t *clock, struct dg_rng *r)
{
	const struct dg_item *it = &a->items[i];
	struct dg_response *resp = &res->items[res->n_items++];
	int wer = strcmp(it->format, "WER") == 0;

	memset(resp->trait, 0, sizeof(resp->trait));
	resp->item = i;
	resp->score = dg_score_points(it, z, r);
	dg_score_value(it, resp->score, resp, r);
	if (wer)
		dg_score_full_write(res, resp);
	else if (dg_rng_chance(r, UNSCORED_ITEM_RATE))
		resp->score = -1;
	resp->visits = dg_rng_range(r, 1, 3);
	resp->duration_s =
	    wer ? dg_rng_range(r, 600, 2400) : dg_rng_range(r, 8, 150);
	resp->admin_ms = *clock;
	*clock += (resp->duration_s + dg_rng_range(r, 2, 30)) * 1000LL;
	*clock += dg_rng_range(r, 0, 999);
}

/* Squeeze item times into the session when the draws overran it. */
static void dg_score_fit(struct dg_result *res, int64_t start_ms,
			 int64_t end_ms, int64_t done_ms)
{
	int64_t used = end_ms - start_ms;
	int64_t room = done_ms - start_ms - 60000;
	int i;

	if (used <= room || room <= 0)
		return;
	for (i = 0; i < res->n_items; i++) {
		struct dg_response *resp = &res->items[i];

		resp->admin_ms =
		    start_ms + (resp->admin_ms - start_ms) * room / used;
		resp->duration_s = (int)(resp->duration_s * room / used);
		if (resp->duration_s < 1)
			resp->duration_s = 1;
	}
}

static void dg_score_items(struct dg_result *res, const struct dg_score_in *in,
			   double z, struct dg_rng *r)
{
	const struct dg_asmt *a = in->asmt;
	int n = a->n_items, i;
	int64_t clock = in->start_ms + dg_rng_range(r, 15, 90) * 1000LL;

	res->n_items = 0;
	if (res->partial)
		n = n * dg_rng_range(r, 40, 85) / 100;
	for (i = 0; i < n && i < DG_MAX_ITEMS; i++)
		dg_score_item(res, a, i, z, &clock, r);
	dg_score_fit(res, in->start_ms, clock, in->done_ms);
}

/* A rescore: the scale score moves and a full write gains a point. */
static void dg_score_update(struct dg_result *res, const struct dg_asmt *a,
			    uint64_t exam_key)
{
	struct dg_rng r;
	const struct dg_scale *sc = dg_score_scale(a);
	double step = a->kind == DG_KIND_CAST ? 3 : 12;
	double delta;

	dg_rng_init(&r, dg_rng_key(exam_key, 0x0bda7e, 0, 0));
	delta = step * (1 + dg_rng_unit(&r));
	if (dg_rng_chance(&r, 0.4))
		delta = -delta;
	res->ss = dg_score_quantize(dg_scales_clamp(sc, res->ss + delta),
				    dg_score_precision(a));
	res->theta = dg_scales_theta(sc, res->ss);
	if (a->kind == DG_KIND_IAB)
		res->level = dg_scales_category(sc, res->ss, res->se);
	else
		res->level = dg_scales_level(sc, res->ss);
	if (res->has_traits && res->traits[0] < 4) {
		res->traits[0]++;
		res->trait_condition = "";
		if (res->n_items == a->n_items)
			dg_score_full_write(res, &res->items[res->n_items - 1]);
	}
}

void dg_score_exam(struct dg_result *res, const struct dg_score_in *in)
{
	const struct dg_asmt *a = in->asmt;
	double z = in->z;
	struct dg_rng r;

	dg_rng_init(&r, in->exam_key);
	z += 0.25 * dg_rng_normal(&r);
	res->partial = dg_rng_chance(&r, PARTIAL_RATE);
	if (dg_rng_chance(&r, NONSTANDARD_RATE))
		res->condition = "NS";
	else
		res->condition =
		    a->kind == DG_KIND_ICA || a->kind == DG_KIND_IAB ? "SD"
								     : "Valid";
	dg_score_overall(res, a, z, &r);
	dg_score_claims(res, a, &r);
	dg_score_targets(res, a, z, &r);
	dg_score_traits(res, a, z, &r);
	res->n_items = 0;
	if (in->items)
		dg_score_items(res, in, z, &r);
	if (in->update)
		dg_score_update(res, a, in->exam_key);
}
