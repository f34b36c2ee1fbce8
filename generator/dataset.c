/*
 * Loading one school: read every row of the scope inside one read
 * snapshot, then link rows to each other and sort them for the pages.
 */
#include "dataset.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store_read.h"
#include "xalloc.h"

static const char *dup(struct dataset *ds, const char *s)
{
	return s ? arena_strdup(&ds->arena, s) : NULL;
}

static void *grow(void *arr, int count, int *alloc, size_t size)
{
	if (count < *alloc)
		return arr;
	*alloc = *alloc ? 2 * *alloc : 64;
	return xrealloc(arr, (size_t)*alloc * size);
}

static void *zeroed(void *row, size_t size)
{
	memset(row, 0, size);
	return row;
}

/* Append a zeroed row: PUSH(ds, scores, score) uses ds->score_count. */
#define PUSH(ds, pool, n)                                                      \
	((ds)->pool = grow((ds)->pool, (ds)->n##_count, &(ds)->n##_alloc,      \
			   sizeof(*(ds)->pool)),                               \
	 zeroed(&(ds)->pool[(ds)->n##_count++], sizeof(*(ds)->pool)))

/* ---- the reader's filter ---- */

static int id_cmp(const void *key, const void *elem)
{
	int64_t a = *(const int64_t *)key, b = *(const int64_t *)elem;

	return (a > b) - (a < b);
}

static int listed(const int64_t *ids, int count, int64_t id)
{
	return bsearch(&id, ids, (size_t)count, sizeof(*ids), id_cmp) != NULL;
}

static int student_allowed(const struct dataset *ds, int64_t id)
{
	const struct dataset_filter *f = ds->filter;

	return !f || !f->restricted ||
	       listed(f->students, f->student_count, id);
}

static int group_allowed(const struct dataset *ds, int64_t id)
{
	const struct dataset_filter *f = ds->filter;

	return !f || !f->restricted || listed(f->groups, f->group_count, id);
}

static struct ds_exam *find_exam(struct dataset *ds, int64_t id);

/* Rows under an exam are kept only when the exam itself was kept. */
static int exam_allowed(struct dataset *ds, int64_t exam_id)
{
	return !ds->filter || find_exam(ds, exam_id) != NULL;
}

/* A personal value, or NULL when the reader may see no one's. */
static const char *personal(struct dataset *ds, const char *s)
{
	return ds->filter && ds->filter->anonymous ? NULL : dup(ds, s);
}

/* ---- rows ---- */

static int add_asmt(void *ctx, const struct store_assessment_row *r)
{
	struct dataset *ds = ctx;
	struct ds_assessment *a = PUSH(ds, asmts, asmt);

	a->id = r->id;
	a->natural_id = dup(ds, r->natural_id);
	a->label = dup(ds, r->label);
	a->subject = dup(ds, r->subject);
	a->type = dup(ds, r->type);
	a->kind = dup(ds, r->kind);
	a->family = dup(ds, r->family);
	a->grade = r->grade;
	a->levels = r->levels;
	a->academic_year = r->academic_year;
	a->has_scale = r->has_scale;
	a->low = r->scale_low;
	a->high = r->scale_high;
	a->cut2 = r->cut2;
	a->cut3 = r->cut3;
	a->cut4 = r->cut4;
	return 0;
}

static int add_student(void *ctx, const struct store_student_row *r)
{
	struct dataset *ds = ctx;
	struct ds_student *p;

	if (!student_allowed(ds, r->id))
		return 0;
	p = PUSH(ds, students, student);
	p->id = r->id;
	p->ssid = personal(ds, r->ssid);
	if (!p->ssid)
		p->ssid = "";
	p->alternate_ssid = personal(ds, r->alternate_ssid);
	p->first_name = personal(ds, r->first_name);
	p->middle_name = personal(ds, r->middle_name);
	p->last_name = personal(ds, r->last_name);
	p->sex = dup(ds, r->sex);
	p->language_code = dup(ds, r->language_code);
	p->elas = dup(ds, r->elas);
	p->elas_start_date = dup(ds, r->elas_start_date);
	p->military_connected = dup(ds, r->military_connected);
	p->hispanic = r->hispanic;
	p->american_indian = r->american_indian;
	p->asian = r->asian;
	p->black = r->black;
	p->white = r->white;
	p->pacific_islander = r->pacific_islander;
	p->filipino = r->filipino;
	p->two_or_more_races = r->two_or_more_races;
	return 0;
}

static int add_exam(void *ctx, const struct store_exam_row *r)
{
	struct dataset *ds = ctx;
	struct ds_exam *e;

	if (!student_allowed(ds, r->student_id))
		return 0;
	e = PUSH(ds, exams, exam);
	e->id = r->id;
	e->asmt_id = r->assessment_id;
	e->student_id = r->student_id;
	e->school_id = r->school_id;
	e->school_year = r->school_year;
	e->grade = r->grade;
	e->opportunity = r->opportunity;
	e->level = r->level;
	e->level_derived = r->level_derived;
	e->scored = r->scored;
	e->in_scope = r->in_scope;
	e->has_scale_score = r->has_scale_score;
	e->has_scale_se = r->has_scale_se;
	e->scale_score = r->scale_score;
	e->scale_se = r->scale_se;
	e->opp_key = dup(ds, r->opp_key);
	e->status = dup(ds, r->status);
	e->date_completed = dup(ds, r->date_completed);
	e->session_id = dup(ds, r->session_id);
	e->completeness = dup(ds, r->completeness);
	e->admin_condition = dup(ds, r->admin_condition);
	e->condition_code = dup(ds, r->condition_code);
	e->elas = dup(ds, r->elas);
	e->language_code = dup(ds, r->language_code);
	e->idea = r->idea;
	e->lep = r->lep;
	e->section504 = r->section504;
	e->economic_disadvantage = r->economic_disadvantage;
	e->migrant = r->migrant;
	return 0;
}

static int add_score(void *ctx, const struct store_score_row *r)
{
	struct dataset *ds = ctx;
	struct ds_score *c;

	if (!exam_allowed(ds, r->exam_id))
		return 0;
	c = PUSH(ds, scores, score);

	c->exam_id = r->exam_id;
	c->kind = dup(ds, r->kind);
	c->code = dup(ds, r->code);
	c->level = r->level;
	c->has_scale_score = r->has_scale_score;
	c->has_scale_se = r->has_scale_se;
	c->scale_score = r->scale_score;
	c->scale_se = r->scale_se;
	return 0;
}

static int add_target(void *ctx, const struct store_target_row *r)
{
	struct dataset *ds = ctx;
	struct ds_target *t;

	if (!exam_allowed(ds, r->exam_id))
		return 0;
	t = PUSH(ds, targets, target);

	t->exam_id = r->exam_id;
	t->claim = dup(ds, r->claim);
	t->target = dup(ds, r->target);
	t->has_student_residual = r->has_student_residual;
	t->has_standard_met_residual = r->has_standard_met_residual;
	t->student_residual = r->student_residual;
	t->standard_met_residual = r->standard_met_residual;
	return 0;
}

static int add_trait(void *ctx, const struct store_trait_row *r)
{
	struct dataset *ds = ctx;
	struct ds_trait *t;

	if (!exam_allowed(ds, r->exam_id))
		return 0;
	t = PUSH(ds, traits, trait);

	t->exam_id = r->exam_id;
	t->genre = dup(ds, r->genre);
	t->trait = dup(ds, r->trait);
	t->condition_code = dup(ds, r->condition_code);
	t->score = r->score;
	t->has_score = r->has_score;
	t->max_score = r->max_score;
	return 0;
}

static int add_accommodation(void *ctx, const struct store_accommodation_row *r)
{
	struct dataset *ds = ctx;
	struct ds_accommodation *a;

	if (!exam_allowed(ds, r->exam_id))
		return 0;
	a = PUSH(ds, accommodations, accommodation);

	a->exam_id = r->exam_id;
	a->code = dup(ds, r->code);
	a->type = dup(ds, r->type);
	a->value = dup(ds, r->value);
	a->segment = r->segment;
	return 0;
}

static int add_response(void *ctx, const struct store_exam_item_row *r)
{
	struct dataset *ds = ctx;
	struct ds_response *x;

	if (!exam_allowed(ds, r->exam_id))
		return 0;
	x = PUSH(ds, responses, response);

	x->exam_id = r->exam_id;
	x->position = r->position;
	x->operational = r->operational;
	x->has_score = r->has_score;
	x->has_max_score = r->has_max_score;
	x->score = r->score;
	x->max_score = r->max_score;
	x->item_key = dup(ds, r->item_key);
	x->format = dup(ds, r->format);
	x->score_status = dup(ds, r->score_status);
	x->response = dup(ds, r->response);
	x->claim = dup(ds, r->claim);
	x->target = dup(ds, r->target);
	return 0;
}

static int add_item(void *ctx, const struct store_item_row *r)
{
	struct dataset *ds = ctx;
	struct ds_item *it = PUSH(ds, items, item);

	it->assessment_id = r->assessment_id;
	it->item_key = dup(ds, r->item_key);
	it->type = dup(ds, r->item_type);
	it->claim = dup(ds, r->claim);
	it->target = dup(ds, r->target);
	it->standard = dup(ds, r->standard);
	it->answer_key = dup(ds, r->answer_key);
	it->writing_type = dup(ds, r->writing_type);
	it->dok = r->dok;
	it->max_points = r->max_points;
	it->answer_options = r->answer_options;
	it->position = r->position;
	return 0;
}

static int add_group(void *ctx, const struct store_group_row *r)
{
	struct dataset *ds = ctx;
	struct ds_group *g;

	if (!group_allowed(ds, r->id))
		return 0;
	g = PUSH(ds, groups, group);

	g->id = r->id;
	g->year = r->school_year;
	g->name = dup(ds, r->name);
	g->subject = dup(ds, r->subject);
	return 0;
}

static int add_member(void *ctx, const struct store_member_row *r)
{
	struct dataset *ds = ctx;
	struct ds_member *m;

	if (!group_allowed(ds, r->group_id) ||
	    !student_allowed(ds, r->student_id))
		return 0;
	m = PUSH(ds, members, member);

	m->group_id = r->group_id;
	m->student_id = r->student_id;
	return 0;
}

/* Every reader, inside one snapshot so the rows agree with each other. */
static int read_all(struct dataset *ds, struct store *s,
		    const struct store_scope *sc)
{
	int rc = store_savepoint(s);

	if (rc < 0)
		return rc;
	if ((rc = store_read_assessments(s, sc, add_asmt, ds)) < 0 ||
	    (rc = store_read_students(s, sc, add_student, ds)) < 0 ||
	    (rc = store_read_exams(s, sc, add_exam, ds)) < 0 ||
	    (rc = store_read_scores(s, sc, add_score, ds)) < 0 ||
	    (rc = store_read_targets(s, sc, add_target, ds)) < 0 ||
	    (rc = store_read_traits(s, sc, add_trait, ds)) < 0 ||
	    (rc = store_read_accommodations(s, sc, add_accommodation, ds)) <
		0 ||
	    (rc = store_read_exam_items(s, sc, add_response, ds)) < 0 ||
	    (rc = store_read_items(s, sc, add_item, ds)) < 0 ||
	    (rc = store_read_groups(s, sc, add_group, ds)) < 0 ||
	    (rc = store_read_group_members(s, sc, add_member, ds)) < 0) {
		store_savepoint_rollback(s);
		return rc;
	}
	return store_savepoint_release(s);
}

/* ---- linking ---- */

static int cmp_id(int64_t a, int64_t b)
{
	return (a > b) - (a < b);
}

static int exam_by_id(const void *key, const void *elem)
{
	return cmp_id(*(const int64_t *)key,
		      ((const struct ds_exam *)elem)->id);
}

static int asmt_by_id(const void *key, const void *elem)
{
	return cmp_id(*(const int64_t *)key,
		      ((const struct ds_assessment *)elem)->id);
}

static int student_by_id(const void *key, const void *elem)
{
	return cmp_id(*(const int64_t *)key,
		      ((const struct ds_student *)elem)->id);
}

const struct ds_student *dataset_student(const struct dataset *ds, int64_t id)
{
	return bsearch(&id, ds->students, (size_t)ds->student_count,
		       sizeof(*ds->students), student_by_id);
}

static struct ds_exam *find_exam(struct dataset *ds, int64_t id)
{
	return bsearch(&id, ds->exams, (size_t)ds->exam_count,
		       sizeof(*ds->exams), exam_by_id);
}

/* Rows come by exam id, so each exam's children are one run of a pool. */
#define ATTACH(ds, pool, count)                                                \
	do {                                                                   \
		int i_;                                                        \
		for (i_ = 0; i_ < (ds)->count; i_++) {                         \
			struct ds_exam *e_ =                                   \
			    find_exam((ds), (ds)->pool[i_].exam_id);           \
			if (e_ && !e_->count++)                                \
				e_->pool = &(ds)->pool[i_];                    \
		}                                                              \
	} while (0)

static void link_exams(struct dataset *ds, const struct school_list *schools)
{
	int i;

	for (i = 0; i < ds->exam_count; i++) {
		struct ds_exam *e = &ds->exams[i];

		e->asmt =
		    bsearch(&e->asmt_id, ds->asmts, (size_t)ds->asmt_count,
			    sizeof(*ds->asmts), asmt_by_id);
		e->student =
		    (struct ds_student *)dataset_student(ds, e->student_id);
		e->school = school_list_by_id(schools, e->school_id);
	}
	ATTACH(ds, scores, score_count);
	ATTACH(ds, targets, target_count);
	ATTACH(ds, traits, trait_count);
	ATTACH(ds, accommodations, accommodation_count);
	ATTACH(ds, responses, response_count);
}

static void link_items(struct dataset *ds)
{
	int i;

	for (i = 0; i < ds->item_count; i++) {
		struct ds_assessment *a = bsearch(
		    &ds->items[i].assessment_id, ds->asmts,
		    (size_t)ds->asmt_count, sizeof(*ds->asmts), asmt_by_id);

		if (a && !a->item_count++)
			a->items = &ds->items[i];
	}
}

/* The group's index, trying the last one first: members come by group. */
static int group_index(const struct dataset *ds, int64_t id, int hint)
{
	int g;

	if (hint >= 0 && hint < ds->group_count && ds->groups[hint].id == id)
		return hint;
	for (g = 0; g < ds->group_count; g++)
		if (ds->groups[g].id == id)
			return g;
	return -1;
}

static void link_members(struct dataset *ds)
{
	int i, g = -1;

	for (i = 0; i < ds->member_count; i++) {
		struct ds_group *group;

		g = group_index(ds, ds->members[i].group_id, g);
		if (g < 0)
			continue;
		group = &ds->groups[g];
		if (!group->member_count++)
			group->members = &ds->members[i];
	}
}

/* ---- orders ---- */

static int cmp_text(const char *a, const char *b)
{
	int c = strcasecmp(a ? a : "", b ? b : "");

	return c ? c : strcmp(a ? a : "", b ? b : "");
}

/* Newest first: completion date, then school year, then id. */
static int newest_first(const void *x, const void *y)
{
	const struct ds_exam *a = *(const struct ds_exam *const *)x;
	const struct ds_exam *b = *(const struct ds_exam *const *)y;
	int c = strcmp(b->date_completed ? b->date_completed : "",
		       a->date_completed ? a->date_completed : "");

	if (c)
		return c;
	if (a->school_year != b->school_year)
		return b->school_year - a->school_year;
	return cmp_id(b->id, a->id);
}

static int by_name(const void *x, const void *y)
{
	const struct ds_student *a = *(const struct ds_student *const *)x;
	const struct ds_student *b = *(const struct ds_student *const *)y;
	int c = cmp_text(a->last_name, b->last_name);

	if (!c)
		c = cmp_text(a->first_name, b->first_name);
	if (!c)
		c = strcmp(a->ssid, b->ssid);
	return c ? c : cmp_id(a->id, b->id);
}

static int kind_rank(const char *kind)
{
	if (!strcmp(kind, "SUM"))
		return 0;
	return strcmp(kind, "ICA") ? 2 : 1;
}

int dataset_asmt_order(const struct ds_assessment *a,
		       const struct ds_assessment *b)
{
	int c = kind_rank(a->kind) - kind_rank(b->kind);

	if (!c)
		c = strcmp(a->subject, b->subject);
	if (!c)
		c = a->grade - b->grade;
	if (!c)
		c = strcmp(a->natural_id, b->natural_id);
	return c ? c : cmp_id(a->id, b->id);
}

/* Slices: year newest first, assessment, student, then newest first. */
static int slice_order(const void *x, const void *y)
{
	const struct ds_exam *a = *(const struct ds_exam *const *)x;
	const struct ds_exam *b = *(const struct ds_exam *const *)y;
	int c = b->school_year - a->school_year;

	if (!c)
		c = dataset_asmt_order(a->asmt, b->asmt);
	if (!c)
		c = a->student->order - b->student->order;
	return c ? c : newest_first(x, y);
}

static void order_histories(struct dataset *ds)
{
	int i;

	for (i = 0; i < ds->exam_count; i++)
		ds->exams[i].student->exam_count++;
	for (i = 0; i < ds->student_count; i++) {
		struct ds_student *p = &ds->students[i];

		p->exams = arena_alloc(&ds->arena, ((size_t)p->exam_count + 1) *
						       sizeof(*p->exams));
		p->exam_count = 0;
	}
	for (i = 0; i < ds->exam_count; i++) {
		struct ds_exam *e = &ds->exams[i];

		e->student->exams[e->student->exam_count++] = e;
		e->student->in_scope |= e->in_scope;
	}
	for (i = 0; i < ds->student_count; i++)
		qsort(ds->students[i].exams, (size_t)ds->students[i].exam_count,
		      sizeof(struct ds_exam *), newest_first);
}

static void order_roster(struct dataset *ds)
{
	int i;

	ds->roster = arena_alloc(&ds->arena, ((size_t)ds->student_count + 1) *
						 sizeof(*ds->roster));
	for (i = 0; i < ds->student_count; i++)
		if (ds->students[i].in_scope)
			ds->roster[ds->roster_count++] = &ds->students[i];
	qsort(ds->roster, (size_t)ds->roster_count, sizeof(*ds->roster),
	      by_name);
	for (i = 0; i < ds->roster_count; i++)
		ds->roster[i]->order = i;
}

static void add_slice(struct dataset *ds, struct ds_exam **first)
{
	struct ds_slice *sl = &ds->slices[ds->slice_count++];

	sl->asmt = first[0]->asmt;
	sl->year = first[0]->school_year;
	sl->exams = first;
	sl->count = 0;
	if (!ds->year_count || ds->years[ds->year_count - 1] != sl->year)
		ds->years[ds->year_count++] = sl->year;
}

static void order_slices(struct dataset *ds)
{
	size_t n = (size_t)ds->exam_count + 1;
	int i, count = 0;

	ds->scope_exams = arena_alloc(&ds->arena, n * sizeof(void *));
	ds->slices = arena_alloc(&ds->arena, n * sizeof(*ds->slices));
	ds->years = arena_alloc(&ds->arena, n * sizeof(int));
	for (i = 0; i < ds->exam_count; i++)
		if (ds->exams[i].in_scope && ds->exams[i].asmt)
			ds->scope_exams[count++] = &ds->exams[i];
	qsort(ds->scope_exams, (size_t)count, sizeof(void *), slice_order);
	for (i = 0; i < count; i++) {
		struct ds_exam *e = ds->scope_exams[i];

		if (!i ||
		    e->school_year != ds->scope_exams[i - 1]->school_year ||
		    e->asmt != ds->scope_exams[i - 1]->asmt)
			add_slice(ds, &ds->scope_exams[i]);
		ds->slices[ds->slice_count - 1].count++;
	}
}

/* Exams whose assessment or student is missing cannot be shown. */
static void drop_orphans(struct dataset *ds)
{
	int i, kept = 0;

	for (i = 0; i < ds->exam_count; i++)
		if (ds->exams[i].asmt && ds->exams[i].student)
			ds->exams[kept++] = ds->exams[i];
	ds->exam_count = kept;
}

int dataset_load(struct dataset *ds, struct store *s,
		 const struct school_list *schools,
		 const struct ds_school *school, int year)
{
	return dataset_load_filtered(ds, s, schools, school, year, NULL);
}

int dataset_load_filtered(struct dataset *ds, struct store *s,
			  const struct school_list *schools,
			  const struct ds_school *school, int year,
			  const struct dataset_filter *filter)
{
	struct store_scope sc;
	int rc;

	memset(ds, 0, sizeof(*ds));
	ds->filter = filter;
	ds->school = school;
	ds->year = year;
	sc.school_id = school->id;
	sc.year = year;
	sc.student_id = 0;
	if ((rc = read_all(ds, s, &sc)) < 0)
		return rc;
	link_exams(ds, schools);
	drop_orphans(ds);
	link_items(ds);
	link_members(ds);
	order_histories(ds);
	order_roster(ds);
	order_slices(ds);
	return 0;
}

void dataset_release(struct dataset *ds)
{
	arena_release(&ds->arena);
	free(ds->asmts);
	free(ds->students);
	free(ds->exams);
	free(ds->groups);
	free(ds->scores);
	free(ds->targets);
	free(ds->traits);
	free(ds->accommodations);
	free(ds->responses);
	free(ds->items);
	free(ds->members);
	memset(ds, 0, sizeof(*ds));
}

static int member_cmp(const void *key, const void *elem)
{
	return cmp_id(*(const int64_t *)key,
		      ((const struct ds_member *)elem)->student_id);
}

int dataset_group_has(const struct ds_group *g, int64_t student_id)
{
	return bsearch(&student_id, g->members, (size_t)g->member_count,
		       sizeof(*g->members), member_cmp) != NULL;
}
