/*
 * PostgreSQL statements: prepared once on the server under a name,
 * executed with text parameters, their whole result kept client-side
 * and stepped through row by row.
 */
#include "db_pg.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_pg_sql.h"
#include "xalloc.h"

/* The server's type number of text (pg_type.h, which libpq omits). */
#define PG_TEXT_OID 25

/* Room for an int64 or a double printed with every digit it needs. */
#define PG_NUMBER_SIZE 32

struct pg_stmt {
	struct db_stmt base;
	char name[16];
	int params;
	const char **values;
	char (*numbers)[PG_NUMBER_SIZE];
	PGresult *result;
	int row, rows, ran;
};

static struct pg_stmt *pg_stmt(struct db_stmt *st)
{
	return (struct pg_stmt *)st;
}

struct db_stmt *db_pg_prepare(struct db *db, const char *sql)
{
	struct pg_db *pg = (struct pg_db *)db;
	struct pg_stmt *st = xcalloc(1, sizeof(*st));
	char used[DB_PG_PARAMS_MAX + 1] = { 0 };
	char *text = db_pg_sql_params(sql, &st->params, used);
	Oid types[DB_PG_PARAMS_MAX] = { 0 };
	PGresult *res;
	int i, rc;

	/* A number the text skips still takes a value: say it is text, as
	 * the server cannot tell, and the value goes unused. */
	for (i = 1; i <= st->params && i <= DB_PG_PARAMS_MAX; i++)
		types[i - 1] = used[i] ? 0 : PG_TEXT_OID;
	snprintf(st->name, sizeof(st->name), "s%d", ++pg->statements);
	res = PQprepare(pg->conn, st->name, text, st->params, types);
	rc = db_pg_check(db, res);
	PQclear(res);
	free(text);
	if (rc < 0) {
		free(st);
		return NULL;
	}
	st->base.ops = db->ops;
	st->base.db = db;
	st->values = xcalloc((size_t)st->params + 1, sizeof(*st->values));
	st->numbers = xcalloc((size_t)st->params + 1, sizeof(*st->numbers));
	st->row = -1;
	return &st->base;
}

void db_pg_reset(struct db_stmt *base)
{
	struct pg_stmt *st = pg_stmt(base);

	PQclear(st->result);
	st->result = NULL;
	st->row = -1;
	st->rows = 0;
	st->ran = 0;
}

void db_pg_clear_bindings(struct db_stmt *base)
{
	struct pg_stmt *st = pg_stmt(base);

	memset(st->values, 0, (size_t)st->params * sizeof(*st->values));
}

void db_pg_finalize(struct db_stmt *base)
{
	struct pg_stmt *st = pg_stmt(base);
	char sql[40];
	PGresult *res;

	PQclear(st->result);
	snprintf(sql, sizeof(sql), "DEALLOCATE %s", st->name);
	res = PQexec(pg_conn(base->db), sql);
	PQclear(res);
	free(st->values);
	free(st->numbers);
	free(st);
}

/* Parameters past the statement's last are ignored, as SQLite does. */
static int in_range(const struct pg_stmt *st, int i)
{
	return i >= 1 && i <= st->params;
}

void db_pg_bind_null(struct db_stmt *base, int i)
{
	struct pg_stmt *st = pg_stmt(base);

	if (in_range(st, i))
		st->values[i - 1] = NULL;
}

void db_pg_bind_int64(struct db_stmt *base, int i, int64_t v)
{
	struct pg_stmt *st = pg_stmt(base);

	if (!in_range(st, i))
		return;
	snprintf(st->numbers[i - 1], PG_NUMBER_SIZE, "%" PRId64, v);
	st->values[i - 1] = st->numbers[i - 1];
}

/*
 * Seventeen significant digits read back as the very same double.  A
 * negative zero is stored as zero, as SQLite stores it, so that no
 * report shows -0 from one engine and 0 from the other.
 */
void db_pg_bind_double(struct db_stmt *base, int i, double v)
{
	struct pg_stmt *st = pg_stmt(base);

	if (!in_range(st, i))
		return;
	if (v == 0.0)
		v = 0.0;
	snprintf(st->numbers[i - 1], PG_NUMBER_SIZE, "%.17g", v);
	st->values[i - 1] = st->numbers[i - 1];
}

void db_pg_bind_text(struct db_stmt *base, int i, const char *v)
{
	struct pg_stmt *st = pg_stmt(base);

	if (in_range(st, i))
		st->values[i - 1] = v;
}

static int run(struct pg_stmt *st)
{
	struct db *db = st->base.db;
	int rc;

	st->ran = 1;
	st->result = PQexecPrepared(pg_conn(db), st->name, st->params,
				    st->values, NULL, NULL, 0);
	if ((rc = db_pg_check(db, st->result)) < 0) {
		PQclear(st->result);
		st->result = NULL;
		return rc;
	}
	st->rows = PQntuples(st->result);
	return DB_OK;
}

int db_pg_step(struct db_stmt *base)
{
	struct pg_stmt *st = pg_stmt(base);
	int rc;

	if (!st->ran && (rc = run(st)) < 0)
		return rc;
	if (st->row < st->rows)
		st->row++;
	return st->row < st->rows ? DB_ROW : DB_DONE;
}

/* The column's text in the current row; NULL for NULL or no row. */
static const char *value(struct db_stmt *base, int col)
{
	struct pg_stmt *st = pg_stmt(base);

	if (!st->result || st->row < 0 || st->row >= st->rows ||
	    PQgetisnull(st->result, st->row, col))
		return NULL;
	return PQgetvalue(st->result, st->row, col);
}

int db_pg_column_is_null(struct db_stmt *base, int col)
{
	return value(base, col) == NULL;
}

/* Booleans come as t and f; every other integer as its digits. */
int64_t db_pg_column_int64(struct db_stmt *base, int col)
{
	const char *v = value(base, col);

	if (!v)
		return 0;
	return *v == 't' ? 1 : strtoll(v, NULL, 10);
}

double db_pg_column_double(struct db_stmt *base, int col)
{
	const char *v = value(base, col);

	return v ? strtod(v, NULL) : 0.0;
}

const char *db_pg_column_text(struct db_stmt *base, int col)
{
	return value(base, col);
}
