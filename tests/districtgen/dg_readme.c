#include "dg_readme.h"

#include "dg_out.h"

#include <inttypes.h>

/* "2024-25", or "2024-25 to 2025-26" when there are several years. */
static void dg_readme_years(struct dg_buf *b, int first_end, int years)
{
	int last_end = first_end + years - 1;

	dg_buf_printf(b, "%d-%02d", first_end - 1, first_end % 100);
	if (years > 1)
		dg_buf_printf(b, " to %d-%02d", last_end - 1, last_end % 100);
}

int dg_readme_write(const struct dg_world *w, const char *dir)
{
	const struct dg_opts *o = w->opts;
	struct dg_buf b;
	int rc;

	dg_buf_init(&b, 1u << 16);
	dg_buf_printf(&b,
		      "This folder holds a synthetic school district, \"%s\" "
		      "(CDS %s), made by districtgen with seed %" PRIu64
		      " for %zu students tested in grades 3-8 and 11 in ",
		      w->district.name, w->district.cds, o->seed,
		      w->plan.n_students);
	dg_readme_years(&b, o->first_year, o->years);
	dg_buf_printf(
	    &b,
	    ". Every person, score and code in it is invented; none "
	    "belongs to a real student. organizations.txt lists the "
	    "district and its %d schools in the caret-delimited CDS "
	    "format. trt/ holds %zu Test Results Transmission XML files, "
	    "one per test opportunity (Smarter Balanced summative, ICA "
	    "and IAB tests and CAST), numbered in delivery order; a few "
	    "are later rescores or resets of an earlier file with the "
	    "same oppId. assessments.csv is the assessment package that "
	    "describes every item of those tests. groups.csv holds the "
	    "class groups with their teachers, and grants.csv says which "
	    "login may see what (state, district, school, teacher and "
	    "aggregate-only roles). elpac.txt is a Summative ELPAC "
	    "student score data file for the English learners; like "
	    "real ones it carries street addresses. caaspp.txt is a "
	    "CAASPP student score data file (CRLF line ends) with the "
	    "summative results of the school year before, ",
	    w->district.n_schools, w->plan.n_docs);
	dg_readme_years(&b, o->first_year - 1, 1);
	dg_buf_puts(&b, ".\n");
	rc = dg_out_file(dir, "README.txt", &b);
	dg_buf_release(&b);
	return rc;
}
