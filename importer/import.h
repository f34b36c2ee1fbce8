/*
 * The import driver: every unit (file or archive entry) is recognised,
 * read, checked and filed whole or not at all, and the outcome of each
 * is logged in the store and summed for the caller.
 */
#ifndef SCOREBOOK_IMPORT_H
#define SCOREBOOK_IMPORT_H

#include "diag.h"
#include "source.h"
#include "store.h"
#include "trt_import.h"

struct import_error {
	char *file;
	struct diag d; /* owned; freed by import_free */
};

struct import_totals {
	int files, accepted, rejected, unchanged;
	struct exam_counts exams;
	long rows;
};

struct importer;

struct importer *import_new(struct store *s, const char *operator_name);
/* A source_fn: feed one unit.  Returns a negative code on store failure. */
int import_unit(void *importer, const struct source_unit *unit);
/* Commit what is pending; the store stays open. */
int import_finish(struct importer *im);
void import_free(struct importer *im);

const struct import_totals *import_totals(const struct importer *im);
/* Every error of every rejected file, in order; owned by the importer. */
const struct import_error *import_errors(const struct importer *im, int *count);

#endif
