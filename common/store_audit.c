#include "store_audit.h"

#include "store_internal.h"

static const char *text(struct db_stmt *st, int col)
{
	const char *v = db_column_text(st, col);

	return v ? v : "";
}

static void fill(struct store_audit_row *r, struct db_stmt *st)
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
	r->rows = (int)db_column_int64(st, 11);
	r->inserted = (int)db_column_int64(st, 12);
	r->updated = (int)db_column_int64(st, 13);
	r->unchanged = (int)db_column_int64(st, 14);
	r->deleted = (int)db_column_int64(st, 15);
	r->students = (int)db_column_int64(st, 16);
	r->files = (int)db_column_int64(st, 17);
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
	struct db_stmt *st = store_stmt(s, sql);
	struct store_audit_row r;
	int rc;

	while ((rc = db_step(st)) == DB_ROW) {
		int stop;

		fill(&r, st);
		if ((stop = fn(ctx, &r)) != 0) {
			db_reset(st);
			return stop;
		}
	}
	db_reset(st);
	return rc == DB_DONE ? STORE_OK : store_fail(s, rc, "audit");
}
