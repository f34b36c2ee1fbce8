/*
 * OUTDIR/audit.csv: every import and every bundle the store has a record
 * of, one line each, oldest first, written anew on every run.  Nothing
 * is returned but a status.
 */
#ifndef SCOREBOOK_AUDIT_CSV_H
#define SCOREBOOK_AUDIT_CSV_H

#include "store.h"

#define AUDIT_CSV_NAME "audit.csv"

/* 0, or -1 after logging what failed. */
int audit_csv_write(struct store *s, const char *outdir);

#endif
