#include "store_audit.h"

#include "store_internal.h"

static const char *text(sqlite3_stmt *st, int col)
{
	const char *v = (const char *)sqlite3_column_text(st, col);

	return v ? v : "";
}

static void fill(struct store_audit_row *r, sqlite3_stmt *st)
{
	r->event = text(st, 0);
	r->time = text(st, 1);
	r->operator_name = text(st, 2);
	r->login = text(st, 3);
	r->file = text(st, 4);
	r->school = text(st, 5);
	r->scope = text(st, 6);
	r->format = text(st, 7);
	r->verdict = text(st, 8);
	r->sha256 = text(st, 9);
	r->encryption = text(st, 10);
	r->rows = sqlite3_column_int(st, 11);
	r->inserted = sqlite3_column_int(st, 12);
	r->updated = sqlite3_column_int(st, 13);
	r->unchanged = sqlite3_column_int(st, 14);
	r->deleted = sqlite3_column_int(st, 15);
	r->students = sqlite3_column_int(st, 16);
	r->files = sqlite3_column_int(st, 17);
}

int store_audit_read(struct store *s,
		     int (*fn)(void *ctx, const struct store_audit_row *r),
		     void *ctx)
{
	static const char *sql =
	    "SELECT 'import', imported_at, operator, '', file, '', '',"
	    " format, verdict, sha256, '', rows, inserted, updated,"
	    " unchanged, deleted, 0, 0, 0, id FROM import_log"
	    " UNION ALL SELECT 'bundle', generated_at, operator, login, '',"
	    " school, scope, '', '', sha256, encryption, 0, 0, 0, 0, 0,"
	    " students, files, 1, id FROM bundle_log"
	    " ORDER BY 2, 19, 20";
	sqlite3_stmt *st = store_stmt(s, sql);
	struct store_audit_row r;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int stop;

		fill(&r, st);
		if ((stop = fn(ctx, &r)) != 0) {
			sqlite3_reset(st);
			return stop;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? STORE_OK : store_fail(s, "audit");
}
