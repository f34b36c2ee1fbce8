/*
 * scorebook-import: read result files, validate them, file them in the
 * store.  main only reads the command line and hands over.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcode.h"
#include "import.h"
#include "log.h"
#include "login.h"
#include "store.h"
#include "summary.h"
#include "version.h"

struct options {
	const char *store_path, *operator_name;
	int json;
};

static void usage(FILE *out)
{
	fputs("usage: scorebook-import [-s STORE] [--json] [-u OPERATOR] "
	      "[-q|-v] PATH...\n"
	      "\n"
	      "Validate result files and file them in the store, each file\n"
	      "accepted whole or rejected whole with every error named.\n"
	      "\n"
	      "  -s, --store STORE    the store file (default scorebook.db),\n"
	      "                       or a postgresql:// URL\n"
	      "      --json           print a JSON summary on stdout\n"
	      "  -u, --user OPERATOR  who runs the import, for the audit log\n"
	      "                       (default: your login name)\n"
	      "  -q, --quiet          errors only\n"
	      "  -v, --verbose        a line per file\n"
	      "  -h, --help           this help\n"
	      "      --version        the version\n"
	      "\n"
	      "PATH is a file, a folder (walked in sorted order), a .zip\n"
	      "archive (entries in order) or - for standard input.\n"
	      "Exit status: 0 all accepted or unchanged, 1 a file was\n"
	      "rejected, 2 usage error, 3 the store cannot be used.\n",
	      out);
}

static int parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longs[] = {
		{ "store", required_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "user", required_argument, NULL, 'u' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	o->store_path = "scorebook.db";
	o->operator_name = login_name();
	while ((c = getopt_long(argc, argv, "s:u:qvh", longs, NULL)) != -1) {
		switch (c) {
		case 's':
			o->store_path = optarg;
			break;
		case 'j':
			o->json = 1;
			break;
		case 'u':
			o->operator_name = optarg;
			break;
		case 'q':
			log_set_level(LOG_QUIET);
			break;
		case 'v':
			log_set_level(LOG_VERBOSE);
			break;
		case 'h':
			usage(stdout);
			exit(EXIT_OK);
		case 'V':
			printf("scorebook-import %s\n", SCOREBOOK_VERSION);
			exit(EXIT_OK);
		default:
			usage(stderr);
			return -1;
		}
	}
	if (optind == argc) {
		log_error("no files to import (see --help)");
		return -1;
	}
	return optind;
}

/* Say why the store failed, naming it without its password. */
static void report_store_failure(const struct options *o, struct store *s)
{
	char *name = store_display_name(o->store_path);

	log_error("%s: %s", name, store_error(s));
	free(name);
}

static int run(const struct options *o, int count, char **paths)
{
	struct store *s = NULL;
	struct importer *im;
	int i, rc = store_open(o->store_path, &s);

	if (rc < 0) {
		report_store_failure(o, s);
		store_close(s);
		return EXIT_STORE;
	}
	im = import_new(s, o->operator_name);
	for (i = 0; i < count && rc >= 0; i++)
		rc = source_walk(paths[i], import_unit, im);
	if (rc >= 0)
		rc = import_finish(im);
	if (rc < 0) {
		report_store_failure(o, s);
		import_free(im);
		store_close(s);
		return EXIT_STORE;
	}
	if (o->json)
		summary_print_json(im);
	else
		summary_print_text(im);
	rc = import_totals(im)->rejected ? EXIT_REJECTED : EXIT_OK;
	import_free(im);
	store_close(s);
	return rc;
}

int main(int argc, char **argv)
{
	struct options o;
	int first;

	memset(&o, 0, sizeof(o));
	log_init("scorebook-import");
	first = parse_options(argc, argv, &o);
	if (first < 0)
		return EXIT_USAGE;
	return run(&o, argc - first, argv + first);
}
