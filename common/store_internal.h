/*
 * What the store's own files share: the connection and a cache of
 * prepared statements.  Nothing outside common/store*.c includes this.
 */
#ifndef SCOREBOOK_STORE_INTERNAL_H
#define SCOREBOOK_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

#define STORE_STMT_MAX 128

struct store {
	sqlite3 *db;
	char *path;
	char error[512];
	/* Statements prepared once and reused, keyed by their SQL text. */
	const char *stmt_sql[STORE_STMT_MAX];
	sqlite3_stmt *stmt[STORE_STMT_MAX];
	int stmt_count;
};

/* The prepared statement for sql, reset and with bindings cleared. */
sqlite3_stmt *store_stmt(struct store *s, const char *sql);
/* Record the connection's error with a short context; returns STORE_ERR. */
int store_fail(struct store *s, const char *context);
int store_exec(struct store *s, const char *sql);

void store_bind_text(sqlite3_stmt *st, int i, const char *v);
void store_bind_flag(sqlite3_stmt *st, int i, int flag);
/* A row id, or NULL when id is 0 (no row). */
void store_bind_id(sqlite3_stmt *st, int i, int64_t id);
void store_bind_num(sqlite3_stmt *st, int i, int has, double v);
/* Run a statement that returns no rows. */
int store_step_done(struct store *s, sqlite3_stmt *st, const char *context);

#endif
