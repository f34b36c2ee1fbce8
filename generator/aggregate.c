#include "aggregate.h"

#include <string.h>

#include "exam_text.h"
#include "label.h"
#include "words.h"
#include "viz.h"

static int claim_index(struct aggregate *agg, const struct ds_score *c,
		       const char *subject)
{
	int k;

	for (k = 0; k < agg->claim_count; k++)
		if (!strcmp(agg->claims[k].code, c->code) &&
		    !strcmp(agg->claims[k].kind, c->kind))
			return k;
	if (agg->claim_count == AGGREGATE_MAX_CLAIMS)
		return -1;
	k = agg->claim_count++;
	agg->claims[k].kind = c->kind;
	agg->claims[k].code = c->code;
	agg->claims[k].slot = label_claim_slot(subject, c->code);
	return k;
}

/* Claims before alternate scores before domains; then slot, code. */
static int claim_before(const struct aggregate_claim *a,
			const struct aggregate_claim *b)
{
	int c = strcmp(a->kind, b->kind);

	if (c)
		return c < 0;
	if (a->slot != b->slot)
		return a->slot < b->slot;
	return strcmp(a->code, b->code) < 0;
}

static void sort_claims(struct aggregate *agg)
{
	int i, j;

	for (i = 1; i < agg->claim_count; i++) {
		struct aggregate_claim c = agg->claims[i];

		for (j = i; j > 0 && claim_before(&c, &agg->claims[j - 1]); j--)
			agg->claims[j] = agg->claims[j - 1];
		agg->claims[j] = c;
	}
}

static void count_exam(struct aggregate *agg, const struct ds_exam *e)
{
	int k, i;

	agg->results++;
	if (e->has_scale_score)
		stats_add(&agg->scores, e->scale_score);
	if (e->level >= 1 && e->level <= 4) {
		agg->levels[e->level]++;
		agg->leveled++;
	}
	for (i = 0; i < e->score_count; i++) {
		const struct ds_score *c = &e->scores[i];

		k = claim_index(agg, c, e->asmt->subject);
		if (k < 0 || c->level < 1 || c->level > 4)
			continue;
		agg->claims[k].counts[c->level]++;
		agg->claims[k].total++;
	}
}

void aggregate_view(struct aggregate *agg, const struct view *v)
{
	int i;

	memset(agg, 0, sizeof(*agg));
	for (i = 0; i < v->count; i++)
		count_exam(agg, v->exams[i]);
	sort_claims(agg);
}

const struct ds_score *aggregate_find(const struct aggregate *agg, int k,
				      const struct ds_exam *e)
{
	int i;

	for (i = 0; i < e->score_count; i++)
		if (!strcmp(e->scores[i].code, agg->claims[k].code) &&
		    !strcmp(e->scores[i].kind, agg->claims[k].kind))
			return &e->scores[i];
	return NULL;
}

/* "2431 ± 12" in the page's language. */
static void score_and_error(struct page *p, struct buf *b, double score,
			    double se)
{
	i18n_number(b, p->site->lang, (double)stats_round(score), 0);
	buf_puts(b, " \xc2\xb1 ");
	i18n_number(b, p->site->lang, (double)stats_round(se), 0);
}

static void put_average(struct page *p, struct tvalue *map,
			const struct aggregate *agg)
{
	const struct i18n *lang = p->site->lang;
	const struct stats_acc *s = &agg->scores;
	int hidden = stats_suppressed(s->n, p->site->min_aggregate);
	struct buf score = BUF_INIT, n = BUF_INIT;

	if (hidden || s->n == 0) {
		tv_set_str(p->doc, map, "average",
			   hidden ? "*" : "\xe2\x80\x94");
		tv_set_str(p->doc, map, "summary",
			   i18n_text(lang, "aggregate.no_average"));
		return;
	}
	if (s->n == 1) {
		i18n_number(&score, lang, (double)stats_round(s->mean), 0);
		tv_set_str(p->doc, map, "average", buf_cstr(&score));
		page_set_format(p, map, "summary", "aggregate.one_score",
				buf_cstr(&score), (char *)NULL);
		buf_release(&score);
		return;
	}
	score_and_error(p, &score, s->mean, stats_se_mean(s));
	i18n_number(&n, lang, s->n, 0);
	tv_set_str(p->doc, map, "average", buf_cstr(&score));
	page_set_format(p, map, "summary", "aggregate.average",
			buf_cstr(&score), buf_cstr(&n), (char *)NULL);
	buf_release(&score);
	buf_release(&n);
}

static void put_levels(struct page *p, struct tvalue *map,
		       const struct aggregate *agg,
		       const struct ds_assessment *a)
{
	struct tvalue *list = tv_set_list(p->doc, map, "levels");
	int hidden = stats_suppressed(agg->leveled, p->site->min_aggregate);
	int k, n = label_level_count(a), pct[5];
	char text[32];

	stats_percents(agg->levels + 1, n, agg->leveled, pct);
	for (k = 1; k <= n; k++) {
		struct tvalue *row = tv_push_map(p->doc, list);

		tv_set_num(p->doc, row, "level", k);
		tv_set_str(p->doc, row, "name",
			   words_level(p->site->lang, a, k));
		stats_share_text(text, sizeof(text), agg->levels[k], pct[k - 1],
				 agg->leveled, p->site->min_aggregate);
		tv_set_str(p->doc, row, "count", hidden ? "*" : text);
	}
	viz_levels(p, map, "levels_chart", a, agg->levels, agg->leveled);
}

static void put_claims_chart(struct page *p, struct tvalue *map,
			     const struct aggregate *agg,
			     const struct ds_assessment *a)
{
	struct viz_claim rows[AGGREGATE_MAX_CLAIMS];
	int k, n = 0;

	for (k = 0; k < agg->claim_count; k++) {
		const struct aggregate_claim *c = &agg->claims[k];

		/* Composite scores have four levels: they are in the table. */
		if (!c->total || c->counts[4] || label_is_composite(c->code))
			continue;
		memset(&rows[n], 0, sizeof(rows[n]));
		rows[n].name = words_claim(p->site->lang, a->subject, c->code);
		memcpy(rows[n].counts, c->counts, sizeof(rows[n].counts));
		n++;
	}
	if (n && !stats_suppressed(agg->results, p->site->min_aggregate))
		viz_categories(p, map, "claims_chart",
			       page_text(p, "chart.claims_title"), rows, n);
	else
		tv_set_str(p->doc, map, "claims_chart", "");
}

void aggregate_put(struct page *p, struct tvalue *map,
		   const struct aggregate *agg, const struct ds_assessment *a)
{
	tv_set_num(p->doc, map, "results", agg->results);
	page_set_count(p, map, "results_text", "aggregate.results",
		       agg->results);
	put_average(p, map, agg);
	put_levels(p, map, agg, a);
	put_claims_chart(p, map, agg, a);
}
