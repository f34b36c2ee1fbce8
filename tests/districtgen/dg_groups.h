/*
 * Class groups (student groups) per school and school year, with their
 * teachers. The group set owns its groups and member lists;
 * dg_groups_release() frees them.
 */
#ifndef DG_GROUPS_H
#define DG_GROUPS_H

#include <stddef.h>
#include <stdint.h>

#include "dg_district.h"
#include "dg_plan.h"
#include "dg_staff.h"

enum dg_group_subject { DG_GROUP_ALL, DG_GROUP_ELA, DG_GROUP_MATH };

struct dg_group {
	char name[48];
	int school;
	int year;
	enum dg_group_subject subject;
	int teachers[2];
	int n_teachers;
	/* Plan indexes of the students, in roster order. */
	uint32_t *members;
	size_t n_members;
};

struct dg_groups {
	struct dg_group *v;
	size_t n;
	size_t cap;
	int years;
	/* Two group slots per student and year (-1 when unused). */
	int *of;
};

void dg_groups_build(struct dg_groups *g, const struct dg_plan *p,
		     const struct dg_district *d, struct dg_staff *staff,
		     uint64_t seed);
void dg_groups_release(struct dg_groups *g);
/* The groups of a student in a year; returns how many (0-2). */
int dg_groups_of(const struct dg_groups *g, uint32_t student, int year,
		 int out[2]);
/* "All", "ELA" or "Math", as the groups file writes subjects. */
const char *dg_groups_subject(enum dg_group_subject s);

#endif
