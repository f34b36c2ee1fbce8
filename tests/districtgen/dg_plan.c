#include "dg_plan.h"

#include "dg_date.h"
#include "dg_mem.h"
#include "dg_rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STREAM_PLAN    0x91a0ULL
#define STREAM_SESSION 0x5e55ULL
#define STREAM_BLOCKS  0xb10cULL
#define STREAM_IDS     0x1d5ULL

/* Participation rates: most students sit most tests, not all. */
#define TAKE_SUMMATIVE 0.95
#define TAKE_ICA       0.90
#define TAKE_IAB       0.93
#define TAKE_CAST      0.93
/* About 1% of exams are re-sent with a new score, a handful reset. */
#define UPDATE_RATE 0.01
#define RESET_RATE  0.0004
#define LEGACY_RATE 0.10

struct dg_planner {
	struct dg_plan *p;
	const struct dg_cohort *c;
	const struct dg_district *d;
	struct dg_catalog *cat;
	size_t cap_docs;
	size_t cap_students;
	/* Updates and resets of the current student, kept after its exams. */
	struct dg_doc *extras;
	size_t n_extras;
	size_t cap_extras;
};

static void dg_plan_push(struct dg_doc **v, size_t *n, size_t *cap,
			 const struct dg_doc *doc)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 1024;
		*v = dg_xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[(*n)++] = *doc;
}

/* The three IABs of a subject a school's grade gives that year. */
static int dg_plan_blocks(const struct dg_planner *pl, int school, int grade,
			  int year, enum dg_subject s, int *out)
{
	uint32_t order[16];
	int n = dg_catalog_blocks(s, grade), i;
	struct dg_rng r;

	dg_rng_init(&r, dg_rng_key(pl->c->seed, STREAM_BLOCKS,
				   (uint64_t)school * 100 + (uint64_t)grade,
				   (uint64_t)year * 4 + s));
	for (i = 0; i < n; i++)
		order[i] = (uint32_t)i;
	dg_rng_shuffle(&r, order, (size_t)n);
	if (n > 3)
		n = 3;
	for (i = 0; i < n; i++)
		out[i] = (int)order[i];
	return n;
}

/* Day a school gives a test; IABs spread over autumn and winter. */
static int64_t dg_plan_session_day(const struct dg_planner *pl,
				   const struct dg_asmt *a, uint32_t asmt,
				   int school, int block_pos)
{
	struct dg_rng r;
	int64_t start;
	int len;

	dg_rng_init(&r, dg_rng_key(pl->c->seed, STREAM_SESSION,
				   (uint64_t)school, asmt));
	switch (a->kind) {
	case DG_KIND_IAB:
		start = dg_date_days(a->year_end - 1, 9, 15) + block_pos * 50 +
			(a->subject == DG_MATH ? 14 : 0);
		len = 30;
		break;
	case DG_KIND_ICA:
		start = dg_date_days(a->year_end, 1, 8) +
			(a->subject == DG_MATH ? 7 : 0);
		len = 35;
		break;
	case DG_KIND_CAST:
		start = dg_date_days(a->year_end, 4, 14);
		len = 35;
		break;
	default:
		start = dg_date_days(a->year_end, 3, 24);
		len = 50;
		break;
	}
	return start + dg_rng_below(&r, (uint32_t)len);
}

static int dg_plan_minutes(struct dg_rng *r, enum dg_kind kind)
{
	switch (kind) {
	case DG_KIND_IAB:
		return dg_rng_range(r, 18, 60);
	case DG_KIND_CAST:
		return dg_rng_range(r, 50, 120);
	default:
		return dg_rng_range(r, 45, 150);
	}
}

/* Start, completion and status times of one exam. */
static void dg_plan_times(const struct dg_planner *pl, struct dg_doc *doc,
			  const struct dg_student *st, int block_pos,
			  struct dg_rng *r)
{
	const struct dg_asmt *a = &pl->cat->asmts[doc->asmt];
	int64_t day =
	    dg_plan_session_day(pl, a, doc->asmt, doc->school, block_pos);
	int period = (int)((day + st->home % 3) % 6);
	int64_t late;

	/*
	 * One draw per statement: the order in which C evaluates operands
	 * is unspecified, and compilers differ.
	 */
	if (dg_rng_chance(r, 0.15))
		day += dg_rng_range(r, 1, 9);
	day = dg_date_school_day(day);
	doc->start_ms =
	    day * DG_MS_PER_DAY + (8 * 60 + 15 + period * 55) * DG_MS_PER_MIN;
	doc->start_ms += dg_rng_range(r, 0, 600999);
	doc->done_ms =
	    doc->start_ms + dg_plan_minutes(r, a->kind) * DG_MS_PER_MIN;
	doc->done_ms += dg_rng_range(r, 0, 59999);
	if (a->kind == DG_KIND_SUM || a->kind == DG_KIND_CAST) {
		late = dg_rng_range(r, 3, 20) * DG_MS_PER_DAY;
		late += dg_rng_range(r, 0, 36000) * 1000LL;
	} else {
		late = dg_rng_range(r, 1, 120) * DG_MS_PER_MIN;
	}
	doc->status_ms = doc->done_ms + late;
}

/*
 * A later file for the same exam: a rescore or a reset. It comes days or
 * weeks later, but still before the school year ends on June 30.
 */
static void dg_plan_extra(struct dg_planner *pl, const struct dg_doc *orig,
			  size_t orig_index, struct dg_rng *r)
{
	const struct dg_asmt *a = &pl->cat->asmts[orig->asmt];
	int64_t room = dg_date_days(a->year_end, 6, 30) * DG_MS_PER_DAY +
		       17 * 3600000LL - orig->status_ms;
	struct dg_doc extra = *orig;
	double u = dg_rng_unit(r);
	int64_t delay;

	if (u >= UPDATE_RATE + RESET_RATE)
		return;
	extra.original = (uint32_t)orig_index;
	extra.kind = u < UPDATE_RATE ? DG_DOC_UPDATE : DG_DOC_RESET;
	if (extra.kind == DG_DOC_UPDATE)
		delay = dg_rng_range(r, 10, 45) * DG_MS_PER_DAY;
	else
		delay = dg_rng_range(r, 2, 30) * DG_MS_PER_DAY;
	if (delay > room / 10 * 9)
		delay = room / 10 * 9;
	if (delay < DG_MS_PER_MIN)
		delay = DG_MS_PER_MIN;
	extra.status_ms += delay;
	dg_plan_push(&pl->extras, &pl->n_extras, &pl->cap_extras, &extra);
}

static void dg_plan_exam(struct dg_planner *pl, const struct dg_student *st,
			 int year, int school, int asmt, int block_pos)
{
	struct dg_plan *p = pl->p;
	struct dg_doc doc;
	struct dg_rng r;

	if (asmt < 0)
		return;
	memset(&doc, 0, sizeof(doc));
	doc.exam_key =
	    dg_rng_key(pl->c->seed, STREAM_PLAN, st->index, (uint64_t)asmt);
	dg_rng_init(&r, doc.exam_key);
	doc.student = (uint32_t)(p->n_students - 1);
	doc.asmt = (uint32_t)asmt;
	doc.school = (uint16_t)school;
	doc.year = (uint8_t)year;
	doc.kind = DG_DOC_ORIGINAL;
	doc.legacy = (uint8_t)dg_rng_chance(&r, LEGACY_RATE);
	dg_plan_times(pl, &doc, st, block_pos, &r);
	dg_plan_push(&p->docs, &p->n_docs, &pl->cap_docs, &doc);
	dg_plan_extra(pl, &doc, p->n_docs - 1, &r);
}

static void dg_plan_iabs(struct dg_planner *pl, const struct dg_student *st,
			 int year, int grade, int school, struct dg_rng *r)
{
	enum dg_subject s;
	int blocks[3], n, k;

	for (s = DG_ELA; s <= DG_MATH; s++) {
		n = dg_plan_blocks(pl, school, grade, year, s, blocks);
		if (n == 3 && dg_rng_chance(r, 0.5))
			n = 2;
		for (k = 0; k < n; k++)
			if (dg_rng_chance(r, TAKE_IAB))
				dg_plan_exam(pl, st, year, school,
					     dg_catalog_find(pl->cat, year,
							     grade, DG_KIND_IAB,
							     s, blocks[k]),
					     k);
	}
}

/* Every test one student takes in one school year. */
static void dg_plan_year(struct dg_planner *pl, const struct dg_student *st,
			 int year)
{
	int grade = dg_student_grade(st, year);
	int school;
	enum dg_subject s;
	struct dg_rng r;

	if (!dg_student_enrolled(st, year) || !dg_student_tested_grade(grade))
		return;
	school = dg_district_school(pl->d, grade, st->home,
				    dg_student_moved(st, pl->c->seed, year));
	if (school < 0)
		return;
	dg_rng_init(&r, dg_rng_key(pl->c->seed, STREAM_PLAN, st->index,
				   0x10000ULL + (uint64_t)year));
	dg_plan_iabs(pl, st, year, grade, school, &r);
	for (s = DG_ELA; s <= DG_MATH; s++)
		if (dg_rng_chance(&r, TAKE_ICA))
			dg_plan_exam(pl, st, year, school,
				     dg_catalog_find(pl->cat, year, grade,
						     DG_KIND_ICA, s, 0),
				     0);
	for (s = DG_ELA; s <= DG_MATH; s++)
		if (dg_rng_chance(&r, TAKE_SUMMATIVE))
			dg_plan_exam(pl, st, year, school,
				     dg_catalog_find(pl->cat, year, grade,
						     DG_KIND_SUM, s, 0),
				     0);
	if (dg_scales_cast(grade) && dg_rng_chance(&r, TAKE_CAST))
		dg_plan_exam(pl, st, year, school,
			     dg_catalog_find(pl->cat, year, grade, DG_KIND_CAST,
					     DG_SCIENCE, 0),
			     0);
}

static void dg_plan_student(struct dg_planner *pl, uint32_t index)
{
	struct dg_plan *p = pl->p;
	struct dg_student *st;
	size_t i;
	int year;

	if (p->n_students == pl->cap_students) {
		pl->cap_students =
		    pl->cap_students ? pl->cap_students * 2 : 256;
		p->students =
		    dg_xrealloc(p->students, pl->cap_students * sizeof(*st));
	}
	st = &p->students[p->n_students++];
	dg_student_make(st, pl->c, index);
	pl->n_extras = 0;
	for (year = 0; year < pl->c->years; year++)
		dg_plan_year(pl, st, year);
	for (i = 0; i < pl->n_extras; i++)
		dg_plan_push(&p->docs, &p->n_docs, &pl->cap_docs,
			     &pl->extras[i]);
}

/* Keep exactly n documents; a student's extras follow all its exams. */
static void dg_plan_truncate(struct dg_plan *p, size_t n)
{
	if (p->n_docs > n)
		p->n_docs = n;
}

/* Sort key of an original exam when opportunity ids are handed out. */
struct dg_plan_rank {
	int64_t done_ms;
	uint32_t student;
	uint32_t asmt;
	uint32_t index;
};

static int dg_plan_by_done(const void *a, const void *b)
{
	const struct dg_plan_rank *x = a;
	const struct dg_plan_rank *y = b;

	if (x->done_ms != y->done_ms)
		return x->done_ms < y->done_ms ? -1 : 1;
	if (x->student != y->student)
		return x->student < y->student ? -1 : 1;
	return x->asmt < y->asmt ? -1 : x->asmt > y->asmt;
}

/* Opportunity ids grow with completion time, with small random gaps. */
static void dg_plan_assign_ids(struct dg_plan *p, uint64_t seed)
{
	struct dg_plan_rank *rank = dg_xmalloc((p->n_docs + 1) * sizeof(*rank));
	size_t n = 0, i;
	struct dg_rng r;
	uint64_t id;

	dg_rng_init(&r, dg_rng_key(seed, STREAM_IDS, 0, 0));
	id = 100000000ULL + dg_rng_below(&r, 800000000u);
	for (i = 0; i < p->n_docs; i++) {
		const struct dg_doc *doc = &p->docs[i];

		if (doc->kind != DG_DOC_ORIGINAL)
			continue;
		rank[n].done_ms = doc->done_ms;
		rank[n].student = doc->student;
		rank[n].asmt = doc->asmt;
		rank[n++].index = (uint32_t)i;
	}
	qsort(rank, n, sizeof(*rank), dg_plan_by_done);
	for (i = 0; i < n; i++) {
		id += 1 + dg_rng_below(&r, 3);
		p->docs[rank[i].index].opp_id = id;
	}
	for (i = 0; i < p->n_docs; i++)
		if (p->docs[i].kind != DG_DOC_ORIGINAL)
			p->docs[i].opp_id = p->docs[p->docs[i].original].opp_id;
	free(rank);
}

/* Files are numbered in the order the states would have sent them. */
static int dg_plan_by_status(const void *a, const void *b)
{
	const struct dg_doc *x = a;
	const struct dg_doc *y = b;

	if (x->status_ms != y->status_ms)
		return x->status_ms < y->status_ms ? -1 : 1;
	if (x->opp_id != y->opp_id)
		return x->opp_id < y->opp_id ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

static void dg_plan_finish(struct dg_plan *p, struct dg_catalog *cat)
{
	size_t i;

	p->school_of =
	    dg_xmalloc((p->n_students * (size_t)p->years + 1) * sizeof(int));
	for (i = 0; i < p->n_students * (size_t)p->years; i++)
		p->school_of[i] = -1;
	for (i = 0; i < p->n_docs; i++) {
		const struct dg_doc *doc = &p->docs[i];

		p->school_of[doc->student * (size_t)p->years + doc->year] =
		    doc->school;
		cat->asmts[doc->asmt].used = 1;
	}
	if (p->n_docs > 0)
		qsort(p->docs, p->n_docs, sizeof(*p->docs), dg_plan_by_status);
}

void dg_plan_build(struct dg_plan *p, const struct dg_cohort *c,
		   const struct dg_district *d, struct dg_catalog *cat,
		   long students, long exams)
{
	struct dg_planner pl;
	uint32_t index = 0;

	memset(p, 0, sizeof(*p));
	memset(&pl, 0, sizeof(pl));
	p->years = c->years;
	pl.p = p;
	pl.c = c;
	pl.d = d;
	pl.cat = cat;
	if (exams < 0) {
		for (index = 0; index < (uint32_t)students; index++)
			dg_plan_student(&pl, index);
	} else {
		while (p->n_docs < (size_t)exams)
			dg_plan_student(&pl, index++);
		dg_plan_truncate(p, (size_t)exams);
	}
	free(pl.extras);
	dg_plan_assign_ids(p, c->seed);
	dg_plan_finish(p, cat);
}

void dg_plan_release(struct dg_plan *p)
{
	free(p->students);
	free(p->docs);
	free(p->school_of);
	memset(p, 0, sizeof(*p));
}

int dg_plan_school(const struct dg_plan *p, uint32_t student, int year)
{
	if (year < 0 || year >= p->years || student >= p->n_students)
		return -1;
	return p->school_of[student * (size_t)p->years + (size_t)year];
}
