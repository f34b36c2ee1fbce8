/*
 * scorebook-generate's work: open the store, load the templates, and
 * write one bundle per school.  The options are borrowed.
 */
#ifndef SCOREBOOK_GENERATE_H
#define SCOREBOOK_GENERATE_H

#include "shard.h"

struct generate_options {
	const char *store_path, *outdir, *templates, *operator_name;
	/* The store as messages name it, with no password. */
	char *store_name;
	const char *grants_path; /* NULL: one bundle per school */
	const char *only_login;	 /* with grants: only this person */
	const char *encrypt;	 /* NULL, "zip" or "html" */
	const char **schools;	 /* natural ids; none means every school */
	int school_count;
	int year; /* 0: every year */
	int zip;
	int jobs; /* processes building bundles; 0: one per processor */
	/* Languages of the student reports, "en,es"; NULL: every one a
	 * student needs.  English is always among them. */
	const char *langs;
	/* Only the bundles of this shard; unsplit when its count is 0. */
	struct shard shard;
};

/* Returns an exit status of exitcode.h. */
int generate_run(const struct generate_options *o);

#endif
