#include "dg_readme.h"

#include "dg_out.h"

#include <inttypes.h>

int dg_readme_write(const struct dg_world *w, const char *dir)
{
	const struct dg_opts *o = w->opts;
	struct dg_buf b;
	int rc;

	dg_buf_init(&b, 1u << 16);
	dg_buf_printf(
	    &b,
	    "Synthetic school district \"%s\" (CDS %s), made by "
	    "districtgen with seed %" PRIu64 " for school years %d-%02d "
	    "to %d-%02d. Every person, score and code in it is "
	    "invented; none belongs to a real student. "
	    "organizations.txt lists the district and its %d schools "
	    "in the caret-delimited CDS format. trt/ holds %zu Test "
	    "Results Transmission XML files, one per test opportunity "
	    "(Smarter Balanced summative, ICA and IAB tests and CAST), "
	    "numbered in delivery order; a few are later rescores or "
	    "resets of an earlier file with the same oppId. "
	    "assessments.csv is the assessment package describing "
	    "every item of those tests. groups.csv holds the class "
	    "groups of %zu students with their teachers, and grants.csv "
	    "says which login may see what (state, district, school, "
	    "teacher and aggregate-only roles). elpac.txt is a "
	    "Summative ELPAC student score data file for the English "
	    "learners (it carries street addresses, as real files do). "
	    "caaspp.txt is a CAASPP student score data file (CRLF line "
	    "ends) with the summative results of %d-%02d, the year "
	    "before the first.\n",
	    w->district.name, w->district.cds, o->seed, o->first_year - 1,
	    o->first_year % 100, o->first_year + o->years - 2,
	    (o->first_year + o->years - 1) % 100, w->district.n_schools,
	    w->plan.n_docs, w->plan.n_students, o->first_year - 2,
	    (o->first_year - 1) % 100);
	rc = dg_out_file(dir, "README.txt", &b);
	dg_buf_release(&b);
	return rc;
}
