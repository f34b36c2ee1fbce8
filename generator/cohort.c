#include "cohort.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

int cohort_has(const struct cohort *c, const struct ds_exam *e)
{
	if (!c->group)
		return 1;
	return e->school_year == c->group->year &&
	       dataset_group_has(c->group, e->student->id);
}

void view_init(struct view *v, const struct cohort *c,
	       const struct ds_slice *slice)
{
	int i;

	memset(v, 0, sizeof(*v));
	v->cohort = c;
	v->slice = slice;
	v->exams = xcalloc((size_t)slice->count + 1, sizeof(*v->exams));
	for (i = 0; i < slice->count; i++)
		if (cohort_has(c, slice->exams[i]))
			v->exams[v->count++] = slice->exams[i];
}

void view_release(struct view *v)
{
	free(v->exams);
	memset(v, 0, sizeof(*v));
}

int view_has_items(const struct view *v)
{
	int i;

	if (!strcmp(v->slice->asmt->kind, "SUM"))
		return 0;
	for (i = 0; i < v->count; i++)
		if (v->exams[i]->response_count)
			return 1;
	return 0;
}

int view_has_targets(const struct view *v)
{
	int i;

	for (i = 0; i < v->count; i++)
		if (v->exams[i]->target_count)
			return 1;
	return 0;
}

int view_has_traits(const struct view *v)
{
	int i;

	for (i = 0; i < v->count; i++)
		if (v->exams[i]->trait_count)
			return 1;
	return 0;
}
