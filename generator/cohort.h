/*
 * Whose results a set of views shows: the whole school, or one of its
 * student groups.  The same pages are built for each; a cohort only
 * filters exams and names the folder its pages go to.  A cohort
 * borrows its group and names.
 */
#ifndef SCOREBOOK_COHORT_H
#define SCOREBOOK_COHORT_H

#include "dataset.h"

struct cohort {
	const char *dir;  /* folder of its views: "reports", "groups/g4" */
	const char *home; /* its home page */
	const char *name; /* the school's or the group's name */
	const struct ds_group *group; /* NULL: the whole school */
};

/* The exams of one slice that belong to the cohort. */
struct view {
	const struct cohort *cohort;
	const struct ds_slice *slice;
	struct ds_exam **exams;
	int count;
};

int cohort_has(const struct cohort *c, const struct ds_exam *e);
/* Fill v with the cohort's exams of the slice; v owns its array. */
void view_init(struct view *v, const struct cohort *c,
	       const struct ds_slice *slice);
void view_release(struct view *v);
/* Whether any exam of the view has responses, targets, traits. */
int view_has_items(const struct view *v);
int view_has_targets(const struct view *v);
int view_has_traits(const struct view *v);

#endif
