/*
 * A database connection behind one small interface, with two engines
 * behind it: SQLite (the target is a file path) and PostgreSQL through
 * libpq (the target is a postgresql:// or postgres:// URL).  The store
 * speaks SQL only through these functions, so each of its statements is
 * written once, in the dialect both engines share:
 *
 *   - parameters are ?N or ? (numbered from 1); binding an index the
 *     statement does not use is ignored, as SQLite does;
 *   - INSERT ... ON CONFLICT ... DO UPDATE or DO NOTHING, RETURNING id;
 *   - coalesce, CAST, NULLS FIRST; no engine-only functions;
 *   - a parameter whose type nothing around it decides is CAST.
 *
 * Schemas are written for SQLite (INTEGER PRIMARY KEY, INTEGER, REAL,
 * TEXT, WITHOUT ROWID); db_exec_schema() translates them for PostgreSQL,
 * where text columns get the "C" collation so that text sorts by bytes
 * in both engines.
 *
 * Functions return 0 (DB_OK) or a negative DB_E* code; db_error() then
 * describes the failure.  Strings returned by column getters belong to
 * the statement and live until its next step or reset.  Text bound to a
 * statement must live until the statement is stepped.
 */
#ifndef SCOREBOOK_DB_H
#define SCOREBOOK_DB_H

#include <stddef.h>
#include <stdint.h>

enum db_rc {
	DB_OK = 0,
	DB_DONE = 0, /* db_step: no more rows */
	DB_ROW = 1,  /* db_step: a row is ready */
	DB_ERR = -1,
	/* Locked by another process, and waiting longer did not help. */
	DB_EBUSY = -2,
	/* Lost a race with another connection (a deadlock, a serialization
	 * failure, a duplicate key): roll back and try again. */
	DB_ERETRY = -3,
	/* db_open_existing: there is no such database. */
	DB_ENOENT = -4,
};

struct db;
struct db_stmt;

/* Whether target names a PostgreSQL database rather than a file. */
int db_target_is_url(const char *target);

/*
 * Connect to target, creating the database when missing (a SQLite file
 * with mode 0600; a PostgreSQL database in UTF-8 with the C locale).
 * *out is set even on failure, to report db_error(); db_close() it.
 */
int db_open(const char *target, struct db **out);
/* The same, but never creating it: a missing file is DB_ENOENT. */
int db_open_existing(const char *target, struct db **out);
void db_close(struct db *db);

/* The last failure, valid until the next call; owned by the connection. */
const char *db_error(const struct db *db);
/* "sqlite" or "postgresql". */
const char *db_engine(const struct db *db);

/* Run SQL without parameters or results; several statements may follow
 * each other.  db_exec_schema() first translates a SQLite schema. */
int db_exec(struct db *db, const char *sql);
int db_exec_schema(struct db *db, const char *sql);

/*
 * Whether a transaction begun by db_begin() writes alone, as SQLite's
 * lock on the whole file makes it: a row it has read stays as read
 * until it writes the row itself, so a look-up and the write it decides
 * need no guard against other writers in between.
 */
int db_writes_alone(const struct db *db);

/*
 * Whether the engine loads rows in bulk (PostgreSQL's COPY), and the
 * load: sql is a COPY ... FROM STDIN statement, rows its data in COPY's
 * text format (tab between columns, a newline after each row, \N for
 * NULL, backslash escapes).  DB_ERR on an engine without it.
 */
int db_has_copy(const struct db *db);
int db_copy(struct db *db, const char *sql, const char *rows, size_t len);

/*
 * Transactions.  db_begin() takes the write lock at once where the
 * engine has one (SQLite), so that a writer never fails half-way for
 * want of it; on a server, where writers share the database, it begins
 * a transaction that writes beside others.  db_begin_alone() begins one
 * that writes alone: it waits until every transaction begun by
 * db_begin() has ended, and holds new ones back until it ends, so that
 * work which lost a race to others cannot lose it again.  Savepoints
 * nest and are unnamed: release and rollback act on the innermost;
 * outside a transaction a savepoint starts one, with one snapshot for
 * every read until it is released.
 */
int db_begin(struct db *db);
int db_begin_alone(struct db *db);
int db_commit(struct db *db);
int db_rollback(struct db *db);
int db_savepoint(struct db *db);
int db_release(struct db *db);
/* Undo the innermost savepoint's writes and drop it. */
int db_rollback_savepoint(struct db *db);

/*
 * Inside a transaction, wait until no other connection is inside a
 * transaction that took this lock, so that schema changes happen once.
 * Nothing on SQLite, where db_begin() already locked the whole file.
 */
int db_lock_schema(struct db *db);
/* The schema version kept in the database; 0 in a new one. */
int db_schema_version(struct db *db, int *version);
int db_set_schema_version(struct db *db, int version);

/* A statement for one SQL text; NULL on failure (see db_error). */
struct db_stmt *db_prepare(struct db *db, const char *sql);
void db_finalize(struct db_stmt *st);
/* Ready the statement to run again; its parameters stay bound. */
void db_reset(struct db_stmt *st);
/* Unbind every parameter: each is NULL until bound again. */
void db_clear_bindings(struct db_stmt *st);

void db_bind_null(struct db_stmt *st, int i);
void db_bind_int64(struct db_stmt *st, int i, int64_t v);
void db_bind_double(struct db_stmt *st, int i, double v);
/* NULL text binds NULL. */
void db_bind_text(struct db_stmt *st, int i, const char *v);

/* DB_ROW, DB_DONE, or a negative DB_E* code. */
int db_step(struct db_stmt *st);

int db_column_is_null(struct db_stmt *st, int col);
int64_t db_column_int64(struct db_stmt *st, int col);
double db_column_double(struct db_stmt *st, int col);
/* NULL for SQL NULL. */
const char *db_column_text(struct db_stmt *st, int col);

#endif
