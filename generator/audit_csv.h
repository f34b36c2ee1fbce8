/*
 * OUTDIR/audit.csv: every import and every bundle the store has a record
 * of, one line each, oldest first, written anew on every run (a shard
 * of a split run names it audit-K-of-N.csv).  Nothing is returned but a
 * status.
 */
#ifndef SCOREBOOK_AUDIT_CSV_H
#define SCOREBOOK_AUDIT_CSV_H

#include "store.h"

/* The file name without its ".csv", as shard_file_name() wants it. */
#define AUDIT_CSV_STEM "audit"

/* Write OUTDIR/name; 0, or -1 after logging what failed. */
int audit_csv_write(struct store *s, const char *outdir, const char *name);

#endif
