/*
 * Every school of the store with its district, read once per run: the
 * bundles are per school, and a student's history names other schools.
 * The list owns its rows and strings until school_list_release().
 */
#ifndef SCOREBOOK_SCHOOL_LIST_H
#define SCOREBOOK_SCHOOL_LIST_H

#include <stdint.h>

#include "arena.h"
#include "store.h"

struct ds_school {
	int64_t id;
	const char *natural_id, *name, *district_id, *district_name;
};

struct school_list {
	struct arena arena;
	struct ds_school *rows; /* by natural id */
	int count, alloc;
	struct ds_school **by_id;
};

int school_list_load(struct school_list *l, struct store *s);
void school_list_release(struct school_list *l);
const struct ds_school *school_list_find(const struct school_list *l,
					 const char *natural_id);
const struct ds_school *school_list_by_id(const struct school_list *l,
					  int64_t id);

#endif
