/*
 * scorebook-generate: turn the store into static report bundles.  main
 * only reads the command line and hands over.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcode.h"
#include "generate.h"
#include "store.h"
#include "i18n.h"
#include "log.h"
#include "login.h"
#include "shard.h"
#include "version.h"
#include "xalloc.h"

enum {
	OPT_SCHOOL = 256,
	OPT_YEAR,
	OPT_ZIP,
	OPT_TEMPLATES,
	OPT_LANG,
	OPT_GRANTS,
	OPT_USER,
	OPT_ENCRYPT,
	OPT_SHARD,
	OPT_VERSION
};

static void usage(FILE *out)
{
	fputs(
	    "usage: scorebook-generate [-s STORE] -o OUTDIR [--school ID]..."
	    "\n                          [--grants FILE [--user LOGIN]]\n"
	    "                          [--year YYYY] [--zip|--encrypt zip|html]"
	    "\n                          [--templates DIR] [--lang LIST]\n"
	    "                          [-j N] [--shard K/N] [-u OPERATOR]"
	    "\n                          [-q|-v]\n"
	    "\n"
	    "Write one report bundle per school: pages that open from the\n"
	    "file system in any browser, a manifest with every file's\n"
	    "SHA-256 and exports/results.csv.  OUTDIR/audit.csv lists\n"
	    "every import and bundle of the store.\n"
	    "\n"
	    "  -s, --store STORE     the store file (default scorebook.db),\n"
	    "                        or a postgresql:// URL\n"
	    "  -o, --output OUTDIR   where bundles go: OUTDIR/<school id>/\n"
	    "      --school ID       only this school (repeatable)\n"
	    "      --grants FILE     login,role,org: a bundle per person and\n"
	    "                        school, OUTDIR/<login>/<school id>/\n"
	    "      --user LOGIN      with --grants: only this person\n"
	    "      --year YYYY       only this school year (2025 = 2024-25)\n"
	    "      --zip             OUTDIR/<school id>.zip instead\n"
	    "      --encrypt MODE    seal each bundle under a passphrase of\n"
	    "                        its own: zip (AES-256) or html; the\n"
	    "                        passphrases go to OUTDIR/passphrases.csv\n"
	    "      --templates DIR   page templates to use instead of the\n"
	    "                        installed ones\n"
	    "      --lang LIST       languages of the student reports, such\n"
	    "                        as en,es (default: English and every\n"
	    "                        language a student needs of " I18N_LANGS
	    ")\n"
	    "  -j, --jobs N          build bundles in N processes (default:\n"
	    "                        one per processor)\n"
	    "      --shard K/N       only the bundles of shard K of N: those\n"
	    "                        whose school id (district id for an\n"
	    "                        overview) hashes to K; N runs together\n"
	    "                        write what one run would\n"
	    "  -u, --operator NAME   who generates, for the bundle log\n"
	    "                        (default: your login name)\n"
	    "  -q, --quiet           errors only\n"
	    "  -v, --verbose         a line per bundle\n"
	    "  -h, --help            this help\n"
	    "      --version         the version\n"
	    "\n"
	    "Exit status: 0 every bundle written, 2 usage error, 3 the\n"
	    "store cannot be used, 4 a bundle could not be written.\n",
	    out);
}

static int parse_year(const char *text, int *year)
{
	char *end;
	long y = strtol(text, &end, 10);

	if (*end || strlen(text) != 4 || y < 1900 || y > 2999) {
		log_error("--year '%s': not a school year such as 2025", text);
		return -1;
	}
	*year = (int)y;
	return 0;
}

static int parse_jobs(const char *text, int *jobs)
{
	char *end;
	long n = strtol(text, &end, 10);

	if (*end || end == text || n < 1 || n > 64) {
		log_error("--jobs '%s': not a number from 1 to 64", text);
		return -1;
	}
	*jobs = (int)n;
	return 0;
}

/* A comma-separated list of the languages I18N_LANGS names. */
static int parse_langs(const char *text, const char **langs)
{
	char *copy = xstrdup(text), *lang, *save = NULL;
	int rc = 0;

	for (lang = strtok_r(copy, ",", &save); lang && rc == 0;
	     lang = strtok_r(NULL, ",", &save)) {
		if (!i18n_lang_known(lang)) {
			log_error("--lang '%s': not one of " I18N_LANGS, lang);
			rc = -1;
		}
	}
	free(copy);
	*langs = text;
	return rc;
}

static int parse_encrypt(const char *text, const char **mode)
{
	if (strcmp(text, "zip") && strcmp(text, "html")) {
		log_error("--encrypt '%s': not zip or html", text);
		return -1;
	}
	*mode = text;
	return 0;
}

static void add_school(struct generate_options *o, const char *id)
{
	o->schools = xrealloc(o->schools, (size_t)(o->school_count + 1) *
					      sizeof(*o->schools));
	o->schools[o->school_count++] = id;
}

/* One option; 1 to go on, 0 when done (help, version), -1 on error. */
static int option(int c, struct generate_options *o)
{
	switch (c) {
	case 's':
		o->store_path = optarg;
		return 1;
	case 'o':
		o->outdir = optarg;
		return 1;
	case 'u':
		o->operator_name = optarg;
		return 1;
	case OPT_SCHOOL:
		add_school(o, optarg);
		return 1;
	case OPT_YEAR:
		return parse_year(optarg, &o->year) < 0 ? -1 : 1;
	case OPT_ZIP:
		o->zip = 1;
		return 1;
	case OPT_TEMPLATES:
		o->templates = optarg;
		return 1;
	case OPT_LANG:
		return parse_langs(optarg, &o->langs) < 0 ? -1 : 1;
	case 'j':
		return parse_jobs(optarg, &o->jobs) < 0 ? -1 : 1;
	case 'q':
		log_set_level(LOG_QUIET);
		return 1;
	case 'v':
		log_set_level(LOG_VERBOSE);
		return 1;
	case 'h':
		usage(stdout);
		return 0;
	case OPT_VERSION:
		printf("scorebook-generate %s\n", SCOREBOOK_VERSION);
		return 0;
	case OPT_GRANTS:
		o->grants_path = optarg;
		return 1;
	case OPT_USER:
		o->only_login = optarg;
		return 1;
	case OPT_ENCRYPT:
		return parse_encrypt(optarg, &o->encrypt) < 0 ? -1 : 1;
	case OPT_SHARD:
		return shard_parse(optarg, &o->shard) < 0 ? -1 : 1;
	default:
		usage(stderr);
		return -1;
	}
}

static int parse_options(int argc, char **argv, struct generate_options *o)
{
	static const struct option longs[] = {
		{ "store", required_argument, NULL, 's' },
		{ "output", required_argument, NULL, 'o' },
		{ "operator", required_argument, NULL, 'u' },
		{ "user", required_argument, NULL, OPT_USER },
		{ "school", required_argument, NULL, OPT_SCHOOL },
		{ "year", required_argument, NULL, OPT_YEAR },
		{ "zip", no_argument, NULL, OPT_ZIP },
		{ "templates", required_argument, NULL, OPT_TEMPLATES },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "jobs", required_argument, NULL, 'j' },
		{ "grants", required_argument, NULL, OPT_GRANTS },
		{ "encrypt", required_argument, NULL, OPT_ENCRYPT },
		{ "shard", required_argument, NULL, OPT_SHARD },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;

	o->store_path = "scorebook.db";
	o->operator_name = login_name();
	while ((c = getopt_long(argc, argv, "s:o:u:j:qvh", longs, NULL)) != -1)
		if ((rc = option(c, o)) <= 0)
			return rc;
	if (optind < argc) {
		log_error("unexpected argument '%s' (see --help)",
			  argv[optind]);
		return -1;
	}
	if (!o->outdir) {
		log_error("no output folder: give -o OUTDIR (see --help)");
		return -1;
	}
	if (o->only_login && !o->grants_path) {
		log_error("--user needs --grants (see --help)");
		return -1;
	}
	if (o->encrypt && o->zip) {
		log_error("--zip and --encrypt: choose one (see --help)");
		return -1;
	}
	return 1;
}

int main(int argc, char **argv)
{
	struct generate_options o;
	int rc;

	memset(&o, 0, sizeof(o));
	log_init("scorebook-generate");
	rc = parse_options(argc, argv, &o);
	if (rc <= 0) {
		free(o.schools);
		return rc == 0 ? EXIT_OK : EXIT_USAGE;
	}
	o.store_name = store_display_name(o.store_path);
	rc = generate_run(&o);
	free(o.store_name);
	free(o.schools);
	return rc;
}
