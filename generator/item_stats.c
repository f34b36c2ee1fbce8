#include "item_stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

int item_stats_scored(const struct ds_response *r)
{
	return r && r->has_score && r->score >= 0;
}

static const struct ds_item *package_item(const struct ds_assessment *a,
					  const char *key)
{
	int i;

	for (i = 0; i < a->item_count; i++)
		if (!strcmp(a->items[i].item_key, key))
			return &a->items[i];
	return NULL;
}

static int is_choice(const char *format)
{
	return format && (!strcmp(format, "MC") || !strcmp(format, "MS"));
}

/* Exams list their items in the same order, so the k-th response is
 * most often the k-th item seen: look there first. */
static struct item_stat *find_item(struct item_stats *st,
				   const struct ds_assessment *a,
				   const struct ds_response *r, int hint)
{
	struct item_stat *it;
	int i;

	if (hint < st->count && !strcmp(st->items[hint].key, r->item_key))
		return &st->items[hint];
	for (i = 0; i < st->count; i++)
		if (!strcmp(st->items[i].key, r->item_key))
			return &st->items[i];
	if (st->count == st->alloc) {
		st->alloc = st->alloc ? 2 * st->alloc : 32;
		st->items =
		    xrealloc(st->items, (size_t)st->alloc * sizeof(*it));
	}
	it = &st->items[st->count++];
	memset(it, 0, sizeof(*it));
	it->key = r->item_key;
	it->meta = package_item(a, r->item_key);
	it->position = it->meta && it->meta->position >= 0 ? it->meta->position
							   : r->position;
	it->claim = it->meta && it->meta->claim ? it->meta->claim : r->claim;
	it->target =
	    it->meta && it->meta->target ? it->meta->target : r->target;
	it->format = it->meta && it->meta->type ? it->meta->type : r->format;
	it->standard = it->meta ? it->meta->standard : NULL;
	it->dok = it->meta ? it->meta->dok : -1;
	it->max_points = it->meta ? it->meta->max_points : -1;
	it->choice = is_choice(it->format);
	return it;
}

/* "B" or "A,D": the letters chosen; 0 when the response is not that. */
static int parse_letters(const char *s, int *letters)
{
	int n = 0;

	for (; s && *s; s++) {
		if (*s == ',' || *s == ' ')
			continue;
		if (*s < 'A' || *s > 'Z')
			return 0;
		letters[n++] = *s - 'A';
		if (n == ITEM_MAX_OPTIONS)
			break;
	}
	return n;
}

static void count_choice(struct item_stat *it, const struct ds_response *r)
{
	int letters[ITEM_MAX_OPTIONS], n = parse_letters(r->response, letters);
	int k;

	if (!r->response || !*r->response) {
		it->blank++;
		return;
	}
	if (!n)
		return;
	it->answered++;
	for (k = 0; k < n; k++) {
		it->chose[letters[k]]++;
		if (letters[k] + 1 > it->options)
			it->options = letters[k] + 1;
	}
	/* A single answer that earned points names the key when no
	 * package does. */
	if (n == 1 && item_stats_scored(r) && r->score > 0)
		it->votes[letters[0]]++;
}

static void count_response(struct item_stat *it, const struct ds_response *r)
{
	if (it->meta == NULL && r->has_max_score &&
	    (int)r->max_score > it->max_points)
		it->max_points = (int)r->max_score;
	if (it->choice)
		count_choice(it, r);
	if (!item_stats_scored(r))
		return;
	it->scored++;
	it->sum += r->score;
	it->at[(int)fmin(floor(r->score + 0.5), ITEM_MAX_POINTS)]++;
}

static void settle_key(struct item_stat *it)
{
	int k, best = -1;

	if (it->meta && it->meta->answer_options > it->options)
		it->options = it->meta->answer_options;
	if (it->options > ITEM_MAX_OPTIONS)
		it->options = ITEM_MAX_OPTIONS;
	if (it->meta && it->meta->answer_key && *it->meta->answer_key) {
		int letters[ITEM_MAX_OPTIONS];
		int n = parse_letters(it->meta->answer_key, letters);

		for (k = 0; k < n; k++)
			it->key_letters[k] = (char)('A' + letters[k]);
		return;
	}
	for (k = 0; k < ITEM_MAX_OPTIONS; k++)
		if (it->votes[k] &&
		    (best < 0 || it->votes[k] > it->votes[best]))
			best = k;
	if (best >= 0) {
		it->key_letters[0] = (char)('A' + best);
		it->key_inferred = 1;
	}
}

/* Without a package or a maximum in the results, the best score seen
 * stands in for the maximum; zero then means unknown. */
static void settle(struct item_stat *it)
{
	int k;

	if (it->max_points < 0)
		for (k = 0; k <= ITEM_MAX_POINTS; k++)
			if (it->at[k])
				it->max_points = k;
	if (it->max_points <= 0)
		it->max_points = -1;
	for (k = it->max_points; k >= 0 && k <= ITEM_MAX_POINTS; k++)
		it->full += it->at[k];
	if (it->choice)
		settle_key(it);
}

static void count_trait(struct item_stats *st, const struct ds_trait *t)
{
	struct trait_stat *ts = NULL;
	int i;

	for (i = 0; i < st->trait_count && !ts; i++)
		if (!strcmp(st->traits[i].genre, t->genre) &&
		    !strcmp(st->traits[i].trait, t->trait))
			ts = &st->traits[i];
	if (!ts) {
		if (st->trait_count == st->trait_alloc) {
			st->trait_alloc =
			    st->trait_alloc ? 2 * st->trait_alloc : 8;
			st->traits = xrealloc(
			    st->traits, (size_t)st->trait_alloc * sizeof(*ts));
		}
		ts = &st->traits[st->trait_count++];
		memset(ts, 0, sizeof(*ts));
		ts->genre = t->genre;
		ts->trait = t->trait;
	}
	if (t->max_score > ts->max_score)
		ts->max_score = t->max_score;
	if (!t->has_score || t->score < 0 || t->score > ITEM_MAX_POINTS)
		return;
	ts->scored++;
	ts->sum += t->score;
	ts->at[t->score]++;
}

static int by_position(const void *x, const void *y)
{
	const struct item_stat *a = x, *b = y;

	if (a->position != b->position)
		return a->position < b->position ? -1 : 1;
	return strcmp(a->key, b->key);
}

/* Organization, evidence, conventions: the order the rubric lists them. */
static int trait_rank(const char *trait)
{
	if (!strcmp(trait, "ORG"))
		return 0;
	if (!strcmp(trait, "EVI"))
		return 1;
	return strcmp(trait, "CON") ? 3 : 2;
}

static int by_trait(const void *x, const void *y)
{
	const struct trait_stat *a = x, *b = y;
	int c = strcmp(a->genre, b->genre);

	if (c)
		return c;
	c = trait_rank(a->trait) - trait_rank(b->trait);
	return c ? c : strcmp(a->trait, b->trait);
}

void item_stats_build(struct item_stats *st, const struct view *v)
{
	const struct ds_assessment *a = v->slice->asmt;
	int i, k;

	memset(st, 0, sizeof(*st));
	for (i = 0; i < v->count; i++) {
		const struct ds_exam *e = v->exams[i];

		for (k = 0; k < e->response_count; k++)
			count_response(find_item(st, a, &e->responses[k], k),
				       &e->responses[k]);
		for (k = 0; k < e->trait_count; k++)
			count_trait(st, &e->traits[k]);
	}
	for (k = 0; k < st->count; k++)
		settle(&st->items[k]);
	if (st->count)
		qsort(st->items, (size_t)st->count, sizeof(*st->items),
		      by_position);
	if (st->trait_count)
		qsort(st->traits, (size_t)st->trait_count, sizeof(*st->traits),
		      by_trait);
}

void item_stats_release(struct item_stats *st)
{
	free(st->items);
	free(st->traits);
	memset(st, 0, sizeof(*st));
}

const struct ds_response *item_stats_response(const struct item_stats *st,
					      int k, const struct ds_exam *e)
{
	int i;

	/* Both lists run by position: the k-th response is the likely one. */
	if (k < e->response_count &&
	    !strcmp(e->responses[k].item_key, st->items[k].key))
		return &e->responses[k];
	for (i = 0; i < e->response_count; i++)
		if (!strcmp(e->responses[i].item_key, st->items[k].key))
			return &e->responses[i];
	return NULL;
}
