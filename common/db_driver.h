/*
 * What an engine provides behind db.h: a table of functions, and the
 * first member of its connection and statement structures.  Only db.c
 * and the engines' files include this.
 */
#ifndef SCOREBOOK_DB_DRIVER_H
#define SCOREBOOK_DB_DRIVER_H

#include <stddef.h>

#include "db.h"

struct db_ops {
	const char *engine;
	int writes_alone; /* db_begin() locks every other writer out */
	void (*close)(struct db *db);
	int (*exec)(struct db *db, const char *sql);
	int (*exec_schema)(struct db *db, const char *sql);
	/* NULL where the engine has no COPY. */
	int (*copy)(struct db *db, const char *sql, const char *rows,
		    size_t len);
	int (*begin)(struct db *db);
	int (*begin_alone)(struct db *db);
	int (*commit)(struct db *db);
	int (*rollback)(struct db *db);
	int (*savepoint)(struct db *db);
	int (*release)(struct db *db);
	int (*rollback_savepoint)(struct db *db);
	int (*lock_schema)(struct db *db);
	int (*schema_version)(struct db *db, int *version);
	int (*set_schema_version)(struct db *db, int version);
	struct db_stmt *(*prepare)(struct db *db, const char *sql);
	void (*finalize)(struct db_stmt *st);
	void (*reset)(struct db_stmt *st);
	void (*clear_bindings)(struct db_stmt *st);
	void (*bind_null)(struct db_stmt *st, int i);
	void (*bind_int64)(struct db_stmt *st, int i, int64_t v);
	void (*bind_double)(struct db_stmt *st, int i, double v);
	void (*bind_text)(struct db_stmt *st, int i, const char *v);
	int (*step)(struct db_stmt *st);
	int (*column_is_null)(struct db_stmt *st, int col);
	int64_t (*column_int64)(struct db_stmt *st, int col);
	double (*column_double)(struct db_stmt *st, int col);
	const char *(*column_text)(struct db_stmt *st, int col);
};

struct db {
	const struct db_ops *ops;
	char error[512];
};

struct db_stmt {
	const struct db_ops *ops;
	struct db *db;
};

/* The engines' openers; create is 0 for db_open_existing. */
int db_sqlite_open(const char *path, int create, struct db **out);
int db_pg_open(const char *url, int create, struct db **out);

/* Set db->error from a format; returns DB_ERR. */
int db_fail(struct db *db, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
