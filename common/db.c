/*
 * The engine-neutral face of db.h: choose the engine by the target's
 * form, then hand every call to the engine's table of functions.
 */
#include "db_driver.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int db_target_is_url(const char *target)
{
	return !strncmp(target, "postgresql://", 13) ||
	       !strncmp(target, "postgres://", 11);
}

int db_open(const char *target, struct db **out)
{
	if (db_target_is_url(target))
		return db_pg_open(target, 1, out);
	return db_sqlite_open(target, 1, out);
}

int db_open_existing(const char *target, struct db **out)
{
	if (db_target_is_url(target))
		return db_pg_open(target, 0, out);
	return db_sqlite_open(target, 0, out);
}

void db_close(struct db *db)
{
	if (db)
		db->ops->close(db);
}

int db_fail(struct db *db, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(db->error, sizeof(db->error), fmt, ap);
	va_end(ap);
	return DB_ERR;
}

const char *db_error(const struct db *db)
{
	return db->error;
}

const char *db_engine(const struct db *db)
{
	return db->ops->engine;
}

int db_exec(struct db *db, const char *sql)
{
	return db->ops->exec(db, sql);
}

int db_exec_schema(struct db *db, const char *sql)
{
	return db->ops->exec_schema(db, sql);
}

int db_writes_alone(const struct db *db)
{
	return db->ops->writes_alone;
}

int db_has_copy(const struct db *db)
{
	return db->ops->copy != NULL;
}

int db_copy(struct db *db, const char *sql, const char *rows, size_t len)
{
	if (!db->ops->copy)
		return db_fail(db, "%s has no COPY", db->ops->engine);
	return db->ops->copy(db, sql, rows, len);
}

int db_begin(struct db *db)
{
	return db->ops->begin(db);
}

int db_begin_alone(struct db *db)
{
	return db->ops->begin_alone(db);
}

int db_commit(struct db *db)
{
	return db->ops->commit(db);
}

int db_rollback(struct db *db)
{
	return db->ops->rollback(db);
}

int db_savepoint(struct db *db)
{
	return db->ops->savepoint(db);
}

int db_release(struct db *db)
{
	return db->ops->release(db);
}

int db_rollback_savepoint(struct db *db)
{
	return db->ops->rollback_savepoint(db);
}

int db_lock_schema(struct db *db)
{
	return db->ops->lock_schema(db);
}

int db_schema_version(struct db *db, int *version)
{
	return db->ops->schema_version(db, version);
}

int db_set_schema_version(struct db *db, int version)
{
	return db->ops->set_schema_version(db, version);
}

struct db_stmt *db_prepare(struct db *db, const char *sql)
{
	return db->ops->prepare(db, sql);
}

void db_finalize(struct db_stmt *st)
{
	if (st)
		st->ops->finalize(st);
}

void db_reset(struct db_stmt *st)
{
	st->ops->reset(st);
}

void db_clear_bindings(struct db_stmt *st)
{
	st->ops->clear_bindings(st);
}

void db_bind_null(struct db_stmt *st, int i)
{
	st->ops->bind_null(st, i);
}

void db_bind_int64(struct db_stmt *st, int i, int64_t v)
{
	st->ops->bind_int64(st, i, v);
}

void db_bind_double(struct db_stmt *st, int i, double v)
{
	st->ops->bind_double(st, i, v);
}

void db_bind_text(struct db_stmt *st, int i, const char *v)
{
	st->ops->bind_text(st, i, v);
}

int db_step(struct db_stmt *st)
{
	return st->ops->step(st);
}

int db_column_is_null(struct db_stmt *st, int col)
{
	return st->ops->column_is_null(st, col);
}

int64_t db_column_int64(struct db_stmt *st, int col)
{
	return st->ops->column_int64(st, col);
}

double db_column_double(struct db_stmt *st, int col)
{
	return st->ops->column_double(st, col);
}

const char *db_column_text(struct db_stmt *st, int col)
{
	return st->ops->column_text(st, col);
}
