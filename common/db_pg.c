/*
 * The PostgreSQL engine behind db.h, through libpq: connecting (and
 * creating the database on first use), running SQL, transactions and
 * savepoints, and the schema version.  Statements are in db_pg_stmt.c.
 */
#include "db_pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_pg_sql.h"
#include "xalloc.h"

/*
 * Errors another connection caused, which the same work redone later
 * does not meet again: a serialization failure, a deadlock, a duplicate
 * key from a racing insert, a lock not available.
 */
static int lost_race(const char *state)
{
	static const char *const states[] = { "40001", "40P01", "23505",
					      "55P03" };
	size_t i;

	for (i = 0; state && i < sizeof(states) / sizeof(states[0]); i++)
		if (!strcmp(state, states[i]))
			return 1;
	return 0;
}

/* A libpq message on one line, without its trailing newline. */
static void one_line(char *dst, size_t size, const char *msg)
{
	size_t i;

	snprintf(dst, size, "%s", msg ? msg : "unknown error");
	for (i = strlen(dst); i > 0 && dst[i - 1] == '\n'; i--)
		dst[i - 1] = '\0';
	for (i = 0; dst[i]; i++)
		if (dst[i] == '\n' || dst[i] == '\t')
			dst[i] = ' ';
}

int db_pg_check(struct db *db, const PGresult *res)
{
	ExecStatusType status = PQresultStatus(res);
	const char *state, *msg;

	if (res && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK ||
		    status == PGRES_EMPTY_QUERY))
		return DB_OK;
	if (!res) {
		one_line(db->error, sizeof(db->error),
			 PQerrorMessage(pg_conn(db)));
		return DB_ERR;
	}
	state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	if (!msg)
		msg = PQresultErrorMessage(res);
	one_line(db->error, sizeof(db->error), msg);
	return lost_race(state) ? DB_ERETRY : DB_ERR;
}

static int pg_exec(struct db *db, const char *sql)
{
	PGresult *res = PQexec(pg_conn(db), sql);
	int rc = db_pg_check(db, res);

	PQclear(res);
	return rc;
}

/*
 * Send the rows of a COPY ... FROM STDIN in one piece; the server checks
 * them as it would the same values bound to an INSERT.
 */
static int pg_copy(struct db *db, const char *sql, const char *rows, size_t len)
{
	PGconn *conn = pg_conn(db);
	PGresult *res = PQexec(conn, sql);
	int rc;

	if (PQresultStatus(res) != PGRES_COPY_IN) {
		rc = db_pg_check(db, res);
		PQclear(res);
		return rc < 0 ? rc : db_fail(db, "not a COPY: %s", sql);
	}
	PQclear(res);
	if (len > 0 && PQputCopyData(conn, rows, (int)len) != 1)
		return db_fail(db, "%s", PQerrorMessage(conn));
	if (PQputCopyEnd(conn, NULL) != 1)
		return db_fail(db, "%s", PQerrorMessage(conn));
	rc = DB_OK;
	while ((res = PQgetResult(conn)) != NULL) {
		int this_rc = db_pg_check(db, res);

		if (rc == DB_OK)
			rc = this_rc;
		PQclear(res);
	}
	return rc;
}

static int pg_exec_schema(struct db *db, const char *sql)
{
	char *text = db_pg_sql_schema(sql);
	int rc = pg_exec(db, text);

	free(text);
	return rc;
}

/*
 * Writers share one advisory lock: each transaction of db_begin() holds
 * it shared, one of db_begin_alone() exclusive.  Any constant will do,
 * as long as every scorebook uses the same one.
 */
#define PG_WRITERS_LOCK "x'5363726577726974'::bigint"

/* Read committed: each statement sees what others committed before it,
 * and a conflicting write waits for the other to finish. */
static int pg_begin(struct db *db)
{
	((struct pg_db *)db)->depth = 0;
	return pg_exec(
	    db,
	    "BEGIN; SELECT pg_advisory_xact_lock_shared(" PG_WRITERS_LOCK ")");
}

static int pg_begin_alone(struct db *db)
{
	((struct pg_db *)db)->depth = 0;
	return pg_exec(
	    db, "BEGIN; SELECT pg_advisory_xact_lock(" PG_WRITERS_LOCK ")");
}

static int pg_commit(struct db *db)
{
	((struct pg_db *)db)->depth = 0;
	return pg_exec(db, "COMMIT");
}

static int pg_rollback(struct db *db)
{
	((struct pg_db *)db)->depth = 0;
	return pg_exec(db, "ROLLBACK");
}

/* Outside a transaction a savepoint begins one, on one snapshot. */
static int pg_savepoint(struct db *db)
{
	struct pg_db *pg = (struct pg_db *)db;
	int idle = PQtransactionStatus(pg->conn) == PQTRANS_IDLE;
	int rc;

	if (pg->depth == PG_SAVEPOINT_MAX)
		return db_fail(db, "savepoints nested too deep");
	if (idle)
		rc = pg_exec(db, "BEGIN ISOLATION LEVEL REPEATABLE READ");
	else
		rc = pg_exec(db, "SAVEPOINT sp");
	if (rc == DB_OK)
		pg->began[pg->depth++] = (char)idle;
	return rc;
}

static int pg_release(struct db *db)
{
	struct pg_db *pg = (struct pg_db *)db;

	if (pg->depth == 0)
		return db_fail(db, "no savepoint to release");
	if (pg->began[--pg->depth])
		return pg_exec(db, "COMMIT");
	return pg_exec(db, "RELEASE sp");
}

static int pg_rollback_savepoint(struct db *db)
{
	struct pg_db *pg = (struct pg_db *)db;
	int rc;

	if (pg->depth == 0)
		return db_fail(db, "no savepoint to roll back");
	if (pg->began[--pg->depth])
		return pg_exec(db, "ROLLBACK");
	rc = pg_exec(db, "ROLLBACK TO sp");
	return rc < 0 ? rc : pg_exec(db, "RELEASE sp");
}

/* Any constant will do, as long as every scorebook uses the same one. */
#define PG_SCHEMA_LOCK "5363726562756b"

static int pg_lock_schema(struct db *db)
{
	return pg_exec(db, "SELECT pg_advisory_xact_lock(x'" PG_SCHEMA_LOCK
			   "'::bigint)");
}

/* The first column of the first row of sql as an integer, or fallback. */
static int pg_integer(struct db *db, const char *sql, int fallback, int *out)
{
	PGresult *res = PQexec(pg_conn(db), sql);
	int rc = db_pg_check(db, res);

	*out = fallback;
	if (rc == DB_OK && PQntuples(res) > 0 && !PQgetisnull(res, 0, 0))
		*out = atoi(PQgetvalue(res, 0, 0));
	PQclear(res);
	return rc;
}

/* PostgreSQL has no user_version: a table of one row keeps it. */
static int pg_schema_version(struct db *db, int *version)
{
	int exists, rc;

	rc = pg_integer(db,
			"SELECT CAST(to_regclass('scorebook_schema')"
			" IS NOT NULL AS integer)",
			0, &exists);
	if (rc < 0 || !exists) {
		*version = 0;
		return rc;
	}
	return pg_integer(db, "SELECT max(version) FROM scorebook_schema", 0,
			  version);
}

static int pg_set_schema_version(struct db *db, int version)
{
	char sql[200];

	snprintf(sql, sizeof(sql),
		 "CREATE TABLE IF NOT EXISTS scorebook_schema"
		 " (version integer NOT NULL);"
		 " DELETE FROM scorebook_schema;"
		 " INSERT INTO scorebook_schema VALUES (%d)",
		 version);
	return pg_exec(db, sql);
}

static void pg_close(struct db *db)
{
	PQfinish(pg_conn(db));
	free(db);
}

static const struct db_ops pg_ops = {
	.engine = "postgresql",
	.close = pg_close,
	.exec = pg_exec,
	.exec_schema = pg_exec_schema,
	.copy = pg_copy,
	.begin = pg_begin,
	.begin_alone = pg_begin_alone,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.savepoint = pg_savepoint,
	.release = pg_release,
	.rollback_savepoint = pg_rollback_savepoint,
	.lock_schema = pg_lock_schema,
	.schema_version = pg_schema_version,
	.set_schema_version = pg_set_schema_version,
	.prepare = db_pg_prepare,
	.finalize = db_pg_finalize,
	.reset = db_pg_reset,
	.clear_bindings = db_pg_clear_bindings,
	.bind_null = db_pg_bind_null,
	.bind_int64 = db_pg_bind_int64,
	.bind_double = db_pg_bind_double,
	.bind_text = db_pg_bind_text,
	.step = db_pg_step,
	.column_is_null = db_pg_column_is_null,
	.column_int64 = db_pg_column_int64,
	.column_double = db_pg_column_double,
	.column_text = db_pg_column_text,
};

/* Notices (a table that already exists, ...) are not for the user. */
static void ignore_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

static PGconn *connect_to(const char *url, const char *dbname)
{
	const char *keys[] = { "dbname", dbname ? "dbname" : NULL, NULL };
	const char *values[] = { url, dbname, NULL };

	/* The URL is expanded first; a later dbname replaces its own. */
	return PQconnectdbParams(keys, values, 1);
}

/* The database the URL names, or NULL when it names none. */
static char *url_dbname(const char *url)
{
	PQconninfoOption *opts = PQconninfoParse(url, NULL), *o;
	char *name = NULL;

	for (o = opts; o && o->keyword; o++)
		if (!strcmp(o->keyword, "dbname") && o->val && *o->val)
			name = xstrdup(o->val);
	PQconninfoFree(opts);
	return name;
}

/*
 * Create the URL's database through the server's maintenance database,
 * with UTF-8 and the C locale whatever the server's default: text then
 * sorts by bytes, as in SQLite.  Another scorebook creating it at the
 * same moment is no failure.
 */
static void create_database(const char *url)
{
	char *name = url_dbname(url);
	PGconn *conn;
	char *ident, *sql;
	PGresult *res;

	if (!name)
		return;
	conn = connect_to(url, "postgres");
	if (PQstatus(conn) == CONNECTION_OK &&
	    (ident = PQescapeIdentifier(conn, name, strlen(name)))) {
		sql = xmalloc(strlen(ident) + 100);
		sprintf(sql,
			"CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'"
			" LC_COLLATE 'C' LC_CTYPE 'C'",
			ident);
		res = PQexec(conn, sql);
		PQclear(res);
		free(sql);
		PQfreemem(ident);
	}
	PQfinish(conn);
	free(name);
}

static int configure(struct db *db)
{
	PQsetNoticeProcessor(pg_conn(db), ignore_notice, NULL);
	/* Doubles in their shortest form that reads back exactly. */
	return pg_exec(db, "SET client_encoding = 'UTF8';"
			   " SET extra_float_digits = 1;"
			   " SET client_min_messages = warning");
}

int db_pg_open(const char *url, int create, struct db **out)
{
	struct pg_db *pg = xcalloc(1, sizeof(*pg));
	struct db *db = &pg->base;

	db->ops = &pg_ops;
	*out = db;
	pg->conn = connect_to(url, NULL);
	/* Whether this one or another scorebook created it, try again. */
	if (PQstatus(pg->conn) != CONNECTION_OK && create) {
		create_database(url);
		PQfinish(pg->conn);
		pg->conn = connect_to(url, NULL);
	}
	if (PQstatus(pg->conn) != CONNECTION_OK) {
		/* The server's own words: a missing database, a refusal. */
		one_line(db->error, sizeof(db->error),
			 PQerrorMessage(pg->conn));
		return DB_ERR;
	}
	return configure(db);
}
