#include "dg_gen.h"

#include "dg_caaspp.h"
#include "dg_csv.h"
#include "dg_elpac.h"
#include "dg_exams.h"
#include "dg_out.h"
#include "dg_package.h"
#include "dg_readme.h"
#include "dg_world.h"

#include <string.h>

static void dg_gen_build(struct dg_world *w, const struct dg_opts *o)
{
	memset(w, 0, sizeof(*w));
	w->opts = o;
	w->cohort.seed = o->seed;
	w->cohort.first_year = o->first_year;
	w->cohort.years = o->years;

	/* The district and the tests it gives each year. */
	dg_district_build(&w->district, o->seed, o->schools);
	dg_catalog_build(&w->catalog, o->seed, o->first_year, o->years);

	/* Students and their exams; then classes built from who tested. */
	dg_plan_build(&w->plan, &w->cohort, &w->district, &w->catalog,
		      o->students, o->exams);
	dg_staff_init(&w->staff, o->seed, w->district.domain);
	dg_groups_build(&w->groups, &w->plan, &w->district, &w->staff, o->seed);
}

static void dg_gen_release(struct dg_world *w)
{
	dg_groups_release(&w->groups);
	dg_staff_release(&w->staff);
	dg_plan_release(&w->plan);
	dg_catalog_release(&w->catalog);
	dg_district_release(&w->district);
}

static int dg_gen_write(struct dg_world *w, const char *dir)
{
	if (dg_csv_organizations(w, dir) < 0 || dg_exams_write(w, dir) < 0)
		return -1;
	if (dg_package_write(w, dir) < 0 || dg_csv_groups(w, dir) < 0 ||
	    dg_csv_grants(w, dir) < 0)
		return -1;
	if (dg_elpac_write(w, dir) < 0 ||
	    dg_caaspp_write(w, dir, w->opts->sdf_rows) < 0)
		return -1;
	return dg_readme_write(w, dir);
}

int dg_gen_run(const struct dg_opts *o)
{
	struct dg_world w;
	int rc;

	if (dg_out_mkdirs(o->outdir) < 0)
		return -1;
	dg_gen_build(&w, o);
	rc = dg_gen_write(&w, o->outdir);
	dg_gen_release(&w);
	return rc;
}
