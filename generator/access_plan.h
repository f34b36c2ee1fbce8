/*
 * Who gets which bundle under a grants file: per person, each school
 * they may see with the widest access any of their grants gives there
 * (the union of their grants, never more), plus a district overview for
 * each district they hold.  The plan owns its jobs and their filters;
 * logins and schools are borrowed from the grants file and school list.
 */
#ifndef SCOREBOOK_ACCESS_PLAN_H
#define SCOREBOOK_ACCESS_PLAN_H

#include "dataset.h"
#include "grant_file.h"
#include "school_list.h"
#include "store.h"

enum access_kind {
	ACCESS_NONE,
	ACCESS_AGGREGATE, /* counts and means, small cells suppressed */
	ACCESS_TEACHER,	  /* the students of the person's groups */
	ACCESS_FULL,	  /* the whole school */
	ACCESS_DISTRICT	  /* an overview comparing a district's schools */
};

struct access_job {
	const char *login;
	enum access_kind kind;
	const struct ds_school *school; /* for the overview: the district */
	struct ds_school district;	/* the overview's own "school" */
	struct dataset_filter filter;
};

struct access_plan {
	struct access_job *jobs; /* by login, then school */
	int count, alloc;
};

struct access_request {
	const struct grant_file *grants;
	const struct school_list *schools;
	const char *const *only_schools; /* natural ids; none: all */
	int only_school_count;
	const char *only_login; /* NULL: everyone */
	int year;
};

/* 0, or -1 after logging why (a store failure, an unknown login). */
int access_plan_make(struct access_plan *p, struct store *s,
		     const struct access_request *rq);
void access_plan_release(struct access_plan *p);

#endif
