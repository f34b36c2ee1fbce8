#include "exam.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "digest.h"
#include "xalloc.h"

static void student_clear(struct exam_student *s)
{
	memset(s, 0, sizeof(*s));
	s->hispanic = s->american_indian = s->asian = FLAG_UNKNOWN;
	s->black = s->white = s->pacific_islander = FLAG_UNKNOWN;
	s->filipino = s->two_or_more_races = FLAG_UNKNOWN;
	s->idea = s->lep = s->section504 = FLAG_UNKNOWN;
	s->economic_disadvantage = s->migrant = FLAG_UNKNOWN;
}

void exam_init(struct exam *e)
{
	memset(e, 0, sizeof(*e));
	student_clear(&e->student);
	e->scored = 1;
}

static void items_release(struct exam *e)
{
	int i;

	for (i = 0; i < e->items_alloc; i++)
		free(e->items[i].dimensions);
}

/*
 * Children arrays keep their storage across documents; only the counts
 * drop back to zero, so a long import allocates almost nothing per file.
 */
void exam_reset(struct exam *e)
{
	struct exam keep = *e;
	int i;

	for (i = 0; i < keep.items_alloc; i++)
		keep.items[i].dimension_count = 0;
	arena_reset(&keep.arena);
	exam_init(e);
	e->arena = keep.arena;
#define KEEP(name)                                                             \
	e->name = keep.name;                                                   \
	e->name##_alloc = keep.name##_alloc
	KEEP(scores);
	KEEP(targets);
	KEEP(traits);
	KEEP(accommodations);
	KEEP(items);
	KEEP(groups);
#undef KEEP
}

void exam_release(struct exam *e)
{
	items_release(e);
	free(e->scores);
	free(e->targets);
	free(e->traits);
	free(e->accommodations);
	free(e->items);
	free(e->groups);
	arena_release(&e->arena);
	memset(e, 0, sizeof(*e));
}

/* Grow a child array by one zeroed element and return its address. */
static void *array_push(void **array, int *count, int *alloc, size_t size)
{
	char *base;

	if (*count == *alloc) {
		int old = *alloc;

		*alloc = old ? old * 2 : 8;
		*array = xrealloc(*array, (size_t)*alloc * size);
		memset((char *)*array + (size_t)old * size, 0,
		       (size_t)(*alloc - old) * size);
	}
	base = (char *)*array + (size_t)*count * size;
	(*count)++;
	return base;
}

#define PUSH(e, name)                                                          \
	array_push((void **)&(e)->name, &(e)->name##_count,                    \
		   &(e)->name##_alloc, sizeof(*(e)->name))

struct exam_score *exam_add_score(struct exam *e)
{
	struct exam_score *s = PUSH(e, scores);

	memset(s, 0, sizeof(*s));
	return s;
}

struct exam_target *exam_add_target(struct exam *e)
{
	struct exam_target *t = PUSH(e, targets);

	memset(t, 0, sizeof(*t));
	return t;
}

struct exam_trait *exam_add_trait(struct exam *e)
{
	struct exam_trait *t = PUSH(e, traits);

	memset(t, 0, sizeof(*t));
	return t;
}

struct exam_accommodation *exam_add_accommodation(struct exam *e)
{
	struct exam_accommodation *a = PUSH(e, accommodations);

	memset(a, 0, sizeof(*a));
	return a;
}

/* An item slot may be reused: keep its dimension storage. */
struct exam_item *exam_add_item(struct exam *e)
{
	struct exam_item *item = PUSH(e, items);
	struct exam_item_dimension *dims = item->dimensions;
	int alloc = item->dimension_alloc;

	memset(item, 0, sizeof(*item));
	item->dimensions = dims;
	item->dimension_alloc = alloc;
	return item;
}

struct exam_item_dimension *exam_item_add_dimension(struct exam_item *item)
{
	struct exam_item_dimension *d =
	    array_push((void **)&item->dimensions, &item->dimension_count,
		       &item->dimension_alloc, sizeof(*item->dimensions));

	memset(d, 0, sizeof(*d));
	return d;
}

void exam_add_group(struct exam *e, const char *name)
{
	const char **slot = PUSH(e, groups);

	*slot = exam_strdup(e, name);
}

const char *exam_strdup(struct exam *e, const char *s)
{
	return s ? arena_strdup(&e->arena, s) : NULL;
}

#define OWN(field) ((field) = exam_strdup(e, (field)))

static void own_student_text(struct exam *e)
{
	struct exam_student *p = &e->student;

	OWN(p->ssid);
	OWN(p->alternate_ssid);
	OWN(p->first_name);
	OWN(p->middle_name);
	OWN(p->last_name);
	OWN(p->alias_name);
	OWN(p->birthdate);
	OWN(p->sex);
	OWN(p->language_code);
	OWN(p->elas);
	OWN(p->elas_start_date);
	OWN(p->first_entry_us_school);
	OWN(p->lep_entry_date);
	OWN(p->lep_exit_date);
	OWN(p->primary_disability);
	OWN(p->military_connected);
}

static void own_item_text(struct exam *e, struct exam_item *it)
{
	int j;

	OWN(it->item_key);
	OWN(it->format);
	OWN(it->score_status);
	OWN(it->response);
	OWN(it->claim);
	OWN(it->target);
	for (j = 0; j < it->dimension_count; j++) {
		OWN(it->dimensions[j].dimension);
		OWN(it->dimensions[j].score_status);
		OWN(it->dimensions[j].condition_code);
	}
}

static void own_children_text(struct exam *e)
{
	int i;

	for (i = 0; i < e->scores_count; i++) {
		OWN(e->scores[i].kind);
		OWN(e->scores[i].code);
	}
	for (i = 0; i < e->targets_count; i++) {
		OWN(e->targets[i].claim);
		OWN(e->targets[i].target);
	}
	for (i = 0; i < e->traits_count; i++) {
		OWN(e->traits[i].genre);
		OWN(e->traits[i].trait);
		OWN(e->traits[i].condition_code);
	}
	for (i = 0; i < e->accommodations_count; i++) {
		OWN(e->accommodations[i].code);
		OWN(e->accommodations[i].type);
		OWN(e->accommodations[i].value);
	}
	for (i = 0; i < e->items_count; i++)
		own_item_text(e, &e->items[i]);
	for (i = 0; i < e->groups_count; i++)
		OWN(e->groups[i]);
}

void exam_own_text(struct exam *e)
{
	OWN(e->asmt_name);
	OWN(e->asmt_subject);
	OWN(e->asmt_type);
	OWN(e->asmt_kind);
	OWN(e->asmt_label);
	OWN(e->asmt_family);
	OWN(e->school_id);
	OWN(e->school_name);
	OWN(e->district_id);
	OWN(e->district_name);
	OWN(e->opp_key);
	OWN(e->status);
	OWN(e->status_date);
	OWN(e->date_completed);
	OWN(e->start_date);
	OWN(e->session_id);
	OWN(e->completeness);
	OWN(e->admin_condition);
	OWN(e->condition_code);
	OWN(e->include_code);
	OWN(e->source);
	own_student_text(e);
	own_children_text(e);
}

static void put_str(struct buf *b, const char *s)
{
	/* A unit separator keeps "ab"+"c" apart from "a"+"bc". */
	buf_puts(b, s ? s : "\x02");
	buf_putc(b, '\x1f');
}

/*
 * Numbers go in as their bytes, least significant first, so the digest
 * is the same on every machine without the cost of formatting text.
 */
static void put_bytes(struct buf *b, uint64_t bits)
{
	unsigned char raw[8];
	int i;

	for (i = 0; i < 8; i++)
		raw[i] = (unsigned char)(bits >> (8 * i));
	buf_add(b, raw, 8);
}

static void put_num(struct buf *b, int has, double v)
{
	uint64_t bits = 0;

	if (has) {
		/* -0.0 and 0.0 are the same score. */
		if (v == 0)
			v = 0;
		memcpy(&bits, &v, sizeof(bits));
		buf_putc(b, 1);
	}
	put_bytes(b, bits);
}

static void put_int(struct buf *b, long v)
{
	put_bytes(b, (uint64_t)v);
}

static void digest_student(struct buf *b, const struct exam_student *s)
{
	put_str(b, s->ssid);
	put_str(b, s->alternate_ssid);
	put_str(b, s->first_name);
	put_str(b, s->middle_name);
	put_str(b, s->last_name);
	put_str(b, s->alias_name);
	put_str(b, s->birthdate);
	put_str(b, s->sex);
	put_int(b, s->hispanic);
	put_int(b, s->american_indian);
	put_int(b, s->asian);
	put_int(b, s->black);
	put_int(b, s->white);
	put_int(b, s->pacific_islander);
	put_int(b, s->filipino);
	put_int(b, s->two_or_more_races);
	put_int(b, s->idea);
	put_int(b, s->lep);
	put_int(b, s->section504);
	put_int(b, s->economic_disadvantage);
	put_int(b, s->migrant);
	put_str(b, s->language_code);
	put_str(b, s->elas);
	put_str(b, s->elas_start_date);
	put_str(b, s->first_entry_us_school);
	put_str(b, s->lep_entry_date);
	put_str(b, s->lep_exit_date);
	put_str(b, s->primary_disability);
	put_str(b, s->military_connected);
}

static void digest_opportunity(struct buf *b, const struct exam *e)
{
	put_str(b, e->asmt_name);
	put_str(b, e->school_id);
	put_str(b, e->school_name);
	put_str(b, e->district_id);
	put_str(b, e->district_name);
	put_str(b, e->opp_key);
	put_str(b, e->status);
	put_str(b, e->status_date);
	put_str(b, e->date_completed);
	put_str(b, e->start_date);
	put_str(b, e->session_id);
	put_str(b, e->completeness);
	put_str(b, e->admin_condition);
	put_str(b, e->condition_code);
	put_str(b, e->include_code);
	put_int(b, e->opportunity);
	put_int(b, e->grade);
	put_int(b, e->level);
	put_int(b, e->scored);
	put_num(b, e->has_scale_score, e->scale_score);
	put_num(b, e->has_scale_se, e->scale_se);
	put_num(b, e->has_theta, e->theta);
	put_num(b, e->has_theta_se, e->theta_se);
}

static void digest_children(struct buf *b, const struct exam *e)
{
	int i, j;

	for (i = 0; i < e->scores_count; i++) {
		const struct exam_score *s = &e->scores[i];

		put_str(b, s->kind);
		put_str(b, s->code);
		put_num(b, s->has_scale_score, s->scale_score);
		put_num(b, s->has_scale_se, s->scale_se);
		put_int(b, s->level);
	}
	for (i = 0; i < e->targets_count; i++) {
		const struct exam_target *t = &e->targets[i];

		put_str(b, t->claim);
		put_str(b, t->target);
		put_num(b, t->has_student_residual, t->student_residual);
		put_num(b, t->has_standard_met_residual,
			t->standard_met_residual);
	}
	for (i = 0; i < e->traits_count; i++) {
		const struct exam_trait *t = &e->traits[i];

		put_str(b, t->genre);
		put_str(b, t->trait);
		put_str(b, t->condition_code);
		put_num(b, t->has_score, t->score);
	}
	for (i = 0; i < e->accommodations_count; i++) {
		const struct exam_accommodation *a = &e->accommodations[i];

		put_str(b, a->code);
		put_str(b, a->type);
		put_str(b, a->value);
		put_int(b, a->segment);
	}
	for (i = 0; i < e->items_count; i++) {
		const struct exam_item *it = &e->items[i];

		put_int(b, it->position);
		put_str(b, it->item_key);
		put_str(b, it->format);
		put_str(b, it->score_status);
		put_str(b, it->response);
		put_num(b, it->has_score, it->score);
		put_num(b, it->has_max_score, it->max_score);
		put_num(b, it->has_duration, it->duration);
		put_num(b, it->has_visits, it->visits);
		for (j = 0; j < it->dimension_count; j++) {
			put_str(b, it->dimensions[j].dimension);
			put_num(b, it->dimensions[j].has_score,
				it->dimensions[j].score);
		}
	}
	for (i = 0; i < e->groups_count; i++)
		put_str(b, e->groups[i]);
}

void exam_content_digest(const struct exam *e, char *hex)
{
	struct buf b = BUF_INIT;

	digest_student(&b, &e->student);
	digest_opportunity(&b, e);
	digest_children(&b, e);
	digest_sha256_hex(b.data, b.len, hex);
	buf_release(&b);
}
