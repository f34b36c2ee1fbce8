/*
 * The audit trail: every import (import_log) and every generated bundle
 * (bundle_log), oldest first.  A row and its strings belong to the store
 * and live only during the callback.
 */
#ifndef SCOREBOOK_STORE_AUDIT_H
#define SCOREBOOK_STORE_AUDIT_H

#include "store.h"

struct store_audit_row {
	const char *event; /* "import" or "bundle" */
	const char *time, *operator_name, *login, *file, *school, *scope;
	const char *format, *verdict, *sha256, *encryption;
	int rows, inserted, updated, unchanged, deleted, students, files;
};

/* fn is called once per row; a non-zero return stops and is returned. */
int store_audit_read(struct store *s,
		     int (*fn)(void *ctx, const struct store_audit_row *r),
		     void *ctx);

#endif
