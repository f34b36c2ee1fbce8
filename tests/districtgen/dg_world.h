/*
 * Everything generated for one run, shared by the file writers. The
 * world owns all its parts; dg_gen_run() builds it and frees it.
 */
#ifndef DG_WORLD_H
#define DG_WORLD_H

#include "dg_catalog.h"
#include "dg_district.h"
#include "dg_groups.h"
#include "dg_opts.h"
#include "dg_plan.h"
#include "dg_staff.h"
#include "dg_student.h"

struct dg_world {
	const struct dg_opts *opts;
	struct dg_cohort cohort;
	struct dg_district district;
	struct dg_catalog catalog;
	struct dg_plan plan;
	struct dg_staff staff;
	struct dg_groups groups;
};

#endif
