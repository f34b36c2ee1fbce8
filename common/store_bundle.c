#include "store_bundle.h"

#include <time.h>

#include "store_internal.h"

static int insert_row(struct store *s, const struct store_bundle *b)
{
	static const char *sql =
	    "INSERT INTO bundle_log (login, school, scope, students,"
	    " files, sha256, encryption, operator, generated_at)"
	    " VALUES (?,?,?,?,?,?,?,?,?)";
	struct db_stmt *st = store_stmt(s, sql);
	time_t now = time(NULL);
	struct tm tm;
	char stamp[32];

	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	store_bind_text(st, 1, b->login ? b->login : "");
	store_bind_text(st, 2, b->school);
	store_bind_text(st, 3, b->scope);
	store_bind_int(st, 4, b->students);
	store_bind_int(st, 5, b->files);
	store_bind_text(st, 6, b->sha256);
	store_bind_text(st, 7, b->encryption ? b->encryption : "none");
	store_bind_text(st, 8, b->operator_name);
	store_bind_text(st, 9, stamp);
	return store_step_done(s, st, "bundle log");
}

/* Generators logging at once on a server may take the same new key. */
#define BUNDLE_LOG_TRIES 8

/*
 * The row goes in inside a savepoint, so that losing a race for the key
 * costs only the row: it is tried again once the winner has committed.
 */
int store_bundle_log(struct store *s, const struct store_bundle *b)
{
	int tries, rc = STORE_ERETRY;

	for (tries = 0; tries < BUNDLE_LOG_TRIES && rc == STORE_ERETRY;
	     tries++) {
		if ((rc = store_savepoint(s)) < 0)
			return rc;
		if ((rc = insert_row(s, b)) == STORE_OK)
			return store_savepoint_release(s);
		store_savepoint_rollback(s);
	}
	return rc;
}
