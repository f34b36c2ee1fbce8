/*
 * districtgen: writes a deterministic synthetic school district (TRT XML
 * exams, score data files, groups, grants, organizations and assessment
 * package) for demos, tests and benchmarks. main only reads the command
 * line and hands over to dg_gen_run().
 */
#include "dg_gen.h"
#include "dg_opts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: districtgen [--seed N] [--schools N] [--students N] "
    "[--years N]\n"
    "                   [--first-year YYYY] [--exams N] [--sdf-rows N]\n"
    "                   [--no-items] -o OUTDIR\n"
    "\n"
    "Write a synthetic school district into OUTDIR. The same seed and\n"
    "options always give byte-identical files. Numbered files that an\n"
    "earlier run left in OUTDIR/trt are removed first.\n"
    "\n"
    "  --seed N          random seed (default 1)\n"
    "  --schools N       number of schools, 1-500 (default 6)\n"
    "  --students N      number of tested students (default 1500)\n"
    "  --years N         school years to generate, 1-12 (default 2)\n"
    "  --first-year YYYY end year of the first school year, 2025 means\n"
    "                    2024-25 (default 2025)\n"
    "  --exams N         write exactly N TRT files, adding or dropping\n"
    "                    students as needed\n"
    "  --sdf-rows N      write exactly N rows to caaspp.txt\n"
    "  --no-items        leave item responses out of the TRT files\n"
    "  -o, --output DIR  output folder, created when missing\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 success, 1 output could not be written, 2 bad usage.\n";

struct dg_numopt {
	const char *name;
	unsigned long long lo;
	unsigned long long hi;
};

static const struct dg_numopt numopts[] = {
	{ "--seed", 0, 18446744073709551615ULL },
	{ "--schools", 1, 500 },
	{ "--students", 1, 5000000 },
	{ "--years", 1, 12 },
	{ "--first-year", 2000, 2100 },
	{ "--exams", 0, 10000000 },
	{ "--sdf-rows", 0, 50000000 },
};

/* One line on stderr: "districtgen: <subject>: <problem>". */
static int dg_usage_error(const char *subject, const char *problem)
{
	fprintf(stderr, "districtgen: %s: %s (see districtgen --help)\n",
		subject, problem);
	return -1;
}

static int dg_parse_number(const struct dg_numopt *opt, const char *text,
			   unsigned long long *out)
{
	char *end = NULL, problem[128];
	int digit = text[0] >= '0' && text[0] <= '9';

	errno = 0;
	*out = digit ? strtoull(text, &end, 10) : 0;
	if (!digit || errno || *end) {
		snprintf(problem, sizeof(problem), "'%.40s' is not a number",
			 text);
		return dg_usage_error(opt->name, problem);
	}
	if (*out < opt->lo || *out > opt->hi) {
		snprintf(problem, sizeof(problem),
			 "'%.40s' is not between %llu and %llu", text, opt->lo,
			 opt->hi);
		return dg_usage_error(opt->name, problem);
	}
	return 0;
}

static void dg_store(struct dg_opts *o, size_t which, unsigned long long v)
{
	switch (which) {
	case 0:
		o->seed = v;
		break;
	case 1:
		o->schools = (int)v;
		break;
	case 2:
		o->students = (long)v;
		break;
	case 3:
		o->years = (int)v;
		break;
	case 4:
		o->first_year = (int)v;
		break;
	case 5:
		o->exams = (long)v;
		break;
	default:
		o->sdf_rows = (long)v;
		break;
	}
}

/*
 * Split "--name=value" or take the value from the next argument.
 * Returns the value or NULL after reporting a missing one.
 */
static const char *dg_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);

	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (*i + 1 >= argc) {
		dg_usage_error(name, "missing value");
		return NULL;
	}
	return argv[++*i];
}

/* Match one option; returns 1 if matched, 0 if not, -1 on error. */
static int dg_parse_numeric(int argc, char **argv, int *i, struct dg_opts *o)
{
	size_t k;

	for (k = 0; k < sizeof(numopts) / sizeof(numopts[0]); k++) {
		size_t n = strlen(numopts[k].name);
		const char *text;
		unsigned long long v;

		if (strncmp(argv[*i], numopts[k].name, n) != 0 ||
		    (argv[*i][n] != '\0' && argv[*i][n] != '='))
			continue;
		text = dg_value(argc, argv, i, numopts[k].name);
		if (!text || dg_parse_number(&numopts[k], text, &v) < 0)
			return -1;
		dg_store(o, k, v);
		return 1;
	}
	return 0;
}

static int dg_parse_other(int argc, char **argv, int *i, struct dg_opts *o)
{
	const char *arg = argv[*i];

	if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
		fputs(usage, stdout);
		return 1;
	}
	if (strcmp(arg, "--no-items") == 0) {
		o->no_items = 1;
		return 0;
	}
	if (strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0 ||
	    strncmp(arg, "--output=", 9) == 0) {
		o->outdir =
		    dg_value(argc, argv, i, arg[1] == 'o' ? "-o" : "--output");
		return o->outdir ? 0 : -1;
	}
	if (arg[0] == '-')
		return dg_usage_error(arg, "unknown option");
	return dg_usage_error(arg, "unexpected argument");
}

/* Returns 0 to run, 1 when help was shown, -1 on a usage error. */
static int dg_parse(int argc, char **argv, struct dg_opts *o)
{
	int i, rc;

	memset(o, 0, sizeof(*o));
	o->seed = 1;
	o->schools = 6;
	o->students = 1500;
	o->years = 2;
	o->first_year = 2025;
	o->exams = -1;
	o->sdf_rows = -1;
	for (i = 1; i < argc; i++) {
		rc = dg_parse_numeric(argc, argv, &i, o);
		if (rc > 0)
			continue;
		if (rc == 0)
			rc = dg_parse_other(argc, argv, &i, o);
		if (rc != 0)
			return rc;
	}
	if (!o->outdir || !o->outdir[0])
		return dg_usage_error("-o OUTDIR", "missing");
	return 0;
}

int main(int argc, char **argv)
{
	struct dg_opts o;
	int rc = dg_parse(argc, argv, &o);

	if (rc < 0)
		return DG_EXIT_USAGE;
	if (rc > 0)
		return DG_EXIT_OK;
	return dg_gen_run(&o) < 0 ? DG_EXIT_FAILURE : DG_EXIT_OK;
}
