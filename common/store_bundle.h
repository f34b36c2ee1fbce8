/*
 * The bundle log: one audit row per generated bundle, beside the import
 * log.  Nothing is returned; the caller keeps ownership of the record.
 */
#ifndef SCOREBOOK_STORE_BUNDLE_H
#define SCOREBOOK_STORE_BUNDLE_H

#include "store.h"

struct store_bundle {
	const char *login;	/* "" without grants */
	const char *school;	/* natural id */
	const char *scope;	/* e.g. "year=2025" or "all years" */
	const char *sha256;	/* of the manifest, or of the zip */
	const char *encryption; /* "none" */
	const char *operator_name;
	int students, files;
};

/* Record a bundle, stamped with the current UTC time. */
int store_bundle_log(struct store *s, const struct store_bundle *b);

#endif
