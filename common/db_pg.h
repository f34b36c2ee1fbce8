/*
 * What the PostgreSQL engine's two files share: the connection and its
 * error reporting.  Only db_pg*.c include this.
 */
#ifndef SCOREBOOK_DB_PG_H
#define SCOREBOOK_DB_PG_H

#include <libpq-fe.h>

#include "db_driver.h"

/* Savepoints nest this deep at most. */
#define PG_SAVEPOINT_MAX 32

struct pg_db {
	struct db base;
	PGconn *conn;
	int statements; /* prepared so far, to name the next one */
	/* Per open savepoint: 1 when it began the transaction itself. */
	char began[PG_SAVEPOINT_MAX];
	int depth;
};

static inline PGconn *pg_conn(struct db *db)
{
	return ((struct pg_db *)db)->conn;
}

/*
 * Check a result: 0 when it succeeded, else record its error in db and
 * return DB_ERETRY for a lost race, DB_ERR otherwise.  Does not clear it.
 */
int db_pg_check(struct db *db, const PGresult *res);

/* The engine's statement functions, in db_pg_stmt.c. */
struct db_stmt *db_pg_prepare(struct db *db, const char *sql);
void db_pg_finalize(struct db_stmt *st);
void db_pg_reset(struct db_stmt *st);
void db_pg_clear_bindings(struct db_stmt *st);
void db_pg_bind_null(struct db_stmt *st, int i);
void db_pg_bind_int64(struct db_stmt *st, int i, int64_t v);
void db_pg_bind_double(struct db_stmt *st, int i, double v);
void db_pg_bind_text(struct db_stmt *st, int i, const char *v);
int db_pg_step(struct db_stmt *st);
int db_pg_column_is_null(struct db_stmt *st, int col);
int64_t db_pg_column_int64(struct db_stmt *st, int col);
double db_pg_column_double(struct db_stmt *st, int col);
const char *db_pg_column_text(struct db_stmt *st, int col);

#endif
