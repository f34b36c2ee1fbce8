/*
 * The SQLite engine behind db.h: one file, opened by one thread.
 */
#include "db_driver.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xalloc.h"

struct sqlite_db {
	struct db base;
	sqlite3 *handle;
};

/*
 * SQLite's own RETURNING costs about two microseconds a row, a tenth of
 * filing a score data file's exam; so a plain INSERT ... RETURNING id is
 * run without it, and the new row's id taken from the connection.
 */
#define RETURNING_ID " RETURNING id"

enum returning { NOT_EMULATED, EMULATED, ID_READY, ID_READ };

struct sqlite_stmt {
	struct db_stmt base;
	sqlite3_stmt *handle;
	enum returning returning;
	int64_t id;
};

static sqlite3 *handle_of(struct db *db)
{
	return ((struct sqlite_db *)db)->handle;
}

static sqlite3_stmt *stmt_of(struct db_stmt *st)
{
	return ((struct sqlite_stmt *)st)->handle;
}

/* Record the connection's last error; busy and locked are DB_EBUSY. */
static int fail(struct db *db)
{
	sqlite3 *h = handle_of(db);
	int code = sqlite3_errcode(h);

	snprintf(db->error, sizeof(db->error), "%s", sqlite3_errmsg(h));
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return DB_EBUSY;
	return DB_ERR;
}

static int sqlite_exec(struct db *db, const char *sql)
{
	if (sqlite3_exec(handle_of(db), sql, NULL, NULL, NULL) != SQLITE_OK)
		return fail(db);
	return DB_OK;
}

static int sqlite_begin(struct db *db)
{
	return sqlite_exec(db, "BEGIN IMMEDIATE");
}

static int sqlite_commit(struct db *db)
{
	return sqlite_exec(db, "COMMIT");
}

static int sqlite_rollback(struct db *db)
{
	return sqlite_exec(db, "ROLLBACK");
}

/* Savepoints of one name nest: RELEASE and ROLLBACK TO take the last. */
static int sqlite_savepoint(struct db *db)
{
	return sqlite_exec(db, "SAVEPOINT sp");
}

static int sqlite_release(struct db *db)
{
	return sqlite_exec(db, "RELEASE sp");
}

static int sqlite_rollback_savepoint(struct db *db)
{
	int rc = sqlite_exec(db, "ROLLBACK TO sp");

	return rc < 0 ? rc : sqlite_exec(db, "RELEASE sp");
}

static int sqlite_lock_schema(struct db *db)
{
	(void)db;
	return DB_OK;
}

static int sqlite_schema_version(struct db *db, int *version)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(handle_of(db), "PRAGMA user_version", -1, &st,
			       NULL) != SQLITE_OK)
		return fail(db);
	rc = sqlite3_step(st);
	*version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? DB_OK : fail(db);
}

static int sqlite_set_schema_version(struct db *db, int version)
{
	char sql[64];

	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", version);
	return sqlite_exec(db, sql);
}

/* An INSERT that returns the id it made, and updates no row instead. */
static int emulates_returning(const char *sql, size_t len)
{
	size_t tail = strlen(RETURNING_ID);

	return !strncmp(sql, "INSERT ", 7) && len > tail &&
	       !strcmp(sql + len - tail, RETURNING_ID) &&
	       !strstr(sql, "DO UPDATE");
}

static struct db_stmt *sqlite_prepare(struct db *db, const char *sql)
{
	struct sqlite_stmt *st = xcalloc(1, sizeof(*st));
	size_t len = strlen(sql);

	if (emulates_returning(sql, len)) {
		st->returning = EMULATED;
		len -= strlen(RETURNING_ID);
	}
	if (sqlite3_prepare_v3(handle_of(db), sql, (int)len,
			       SQLITE_PREPARE_PERSISTENT, &st->handle,
			       NULL) != SQLITE_OK) {
		fail(db);
		free(st);
		return NULL;
	}
	st->base.ops = db->ops;
	st->base.db = db;
	return &st->base;
}

static void sqlite_finalize(struct db_stmt *st)
{
	sqlite3_finalize(stmt_of(st));
	free(st);
}

static void sqlite_reset(struct db_stmt *base)
{
	struct sqlite_stmt *st = (struct sqlite_stmt *)base;

	sqlite3_reset(st->handle);
	if (st->returning != NOT_EMULATED)
		st->returning = EMULATED;
}

static void sqlite_clear_bindings(struct db_stmt *st)
{
	sqlite3_clear_bindings(stmt_of(st));
}

static void sqlite_bind_null(struct db_stmt *st, int i)
{
	sqlite3_bind_null(stmt_of(st), i);
}

static void sqlite_bind_int64(struct db_stmt *st, int i, int64_t v)
{
	sqlite3_bind_int64(stmt_of(st), i, v);
}

static void sqlite_bind_double(struct db_stmt *st, int i, double v)
{
	sqlite3_bind_double(stmt_of(st), i, v);
}

static void sqlite_bind_text(struct db_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(stmt_of(st), i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(stmt_of(st), i);
}

/* The emulated RETURNING id: one row when the INSERT made one. */
static int step_returning(struct sqlite_stmt *st)
{
	sqlite3 *h = handle_of(st->base.db);
	int rc;

	if (st->returning != EMULATED) {
		st->returning = ID_READ;
		return DB_DONE;
	}
	rc = sqlite3_step(st->handle);
	if (rc != SQLITE_DONE)
		return fail(st->base.db);
	if (sqlite3_changes64(h) == 0) {
		st->returning = ID_READ;
		return DB_DONE;
	}
	st->id = sqlite3_last_insert_rowid(h);
	st->returning = ID_READY;
	return DB_ROW;
}

static int sqlite_step(struct db_stmt *base)
{
	struct sqlite_stmt *st = (struct sqlite_stmt *)base;
	int rc;

	if (st->returning != NOT_EMULATED)
		return step_returning(st);
	rc = sqlite3_step(st->handle);
	if (rc == SQLITE_ROW)
		return DB_ROW;
	if (rc == SQLITE_DONE)
		return DB_DONE;
	return fail(base->db);
}

static int sqlite_column_is_null(struct db_stmt *base, int col)
{
	struct sqlite_stmt *st = (struct sqlite_stmt *)base;

	if (st->returning == ID_READY)
		return col != 0;
	return sqlite3_column_type(st->handle, col) == SQLITE_NULL;
}

static int64_t sqlite_column_int64(struct db_stmt *base, int col)
{
	struct sqlite_stmt *st = (struct sqlite_stmt *)base;

	if (st->returning == ID_READY)
		return col == 0 ? st->id : 0;
	return sqlite3_column_int64(st->handle, col);
}

static double sqlite_column_double(struct db_stmt *st, int col)
{
	return sqlite3_column_double(stmt_of(st), col);
}

static const char *sqlite_column_text(struct db_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(stmt_of(st), col);
}

static void sqlite_close(struct db *db)
{
	sqlite3_close(handle_of(db));
	free(db);
}

static const struct db_ops sqlite_ops = {
	.engine = "sqlite",
	.writes_alone = 1,
	.close = sqlite_close,
	.exec = sqlite_exec,
	.exec_schema = sqlite_exec,
	.begin = sqlite_begin,
	.begin_alone = sqlite_begin,
	.commit = sqlite_commit,
	.rollback = sqlite_rollback,
	.savepoint = sqlite_savepoint,
	.release = sqlite_release,
	.rollback_savepoint = sqlite_rollback_savepoint,
	.lock_schema = sqlite_lock_schema,
	.schema_version = sqlite_schema_version,
	.set_schema_version = sqlite_set_schema_version,
	.prepare = sqlite_prepare,
	.finalize = sqlite_finalize,
	.reset = sqlite_reset,
	.clear_bindings = sqlite_clear_bindings,
	.bind_null = sqlite_bind_null,
	.bind_int64 = sqlite_bind_int64,
	.bind_double = sqlite_bind_double,
	.bind_text = sqlite_bind_text,
	.step = sqlite_step,
	.column_is_null = sqlite_column_is_null,
	.column_int64 = sqlite_column_int64,
	.column_double = sqlite_column_double,
	.column_text = sqlite_column_text,
};

/* Create the file with mode 0600 first: the store holds student records. */
static int create_private(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);

	if (fd < 0)
		return errno == EEXIST ? 0 : -1;
	close(fd);
	return 0;
}

/*
 * A page cache big enough that a batch of imports rarely spills pages to
 * the WAL before it commits; spilling showed as a fifth of import time.
 */
#define SQLITE_CACHE_PRAGMA "PRAGMA cache_size = -32768"

/*
 * Temporary files are files.  An open savepoint copies each stored page
 * it changes into a sub-journal, and each statement's end cuts that
 * journal back.  Held in memory (temp_store MEMORY) it is a chain of
 * 1 KiB chunks that every cut walks from the start, so re-importing a
 * file that changed 30,000 stored rows took 15 s instead of 2.  As a
 * file it stays one block in memory until it outgrows STMT_JOURNAL_BLOCK
 * (SQLite's default, 64 KiB, spilled often enough to slow a first import
 * by a fifth).  The unix file layer writes at most 128 KiB less one byte
 * at a time, and the block goes to the file in one write when it
 * spills: a larger block fails the spill as a full disk.
 */
#define SQLITE_TEMP_PRAGMA "PRAGMA temp_store = FILE"
#define STMT_JOURNAL_BLOCK 0x1ffff

static int configure(struct db *db)
{
	int rc;

	sqlite3_busy_timeout(handle_of(db), 5000);
	if ((rc = sqlite_exec(db, "PRAGMA journal_mode = WAL")) < 0 ||
	    (rc = sqlite_exec(db, "PRAGMA foreign_keys = ON")) < 0 ||
	    (rc = sqlite_exec(db, "PRAGMA synchronous = NORMAL")) < 0 ||
	    (rc = sqlite_exec(db, SQLITE_TEMP_PRAGMA)) < 0 ||
	    (rc = sqlite_exec(db, SQLITE_CACHE_PRAGMA)) < 0)
		return rc;
	return DB_OK;
}

/*
 * Settings of the whole library, which must come before SQLite's first
 * use: made once, ahead of the first open.  SQLite counts every
 * allocation under a global mutex unless told not to; that bookkeeping
 * was 7% of filing a score data file.  The statement journal's block is
 * explained at SQLITE_TEMP_PRAGMA.
 */
static void configure_library(void)
{
	static int configured;

	if (configured)
		return;
	configured = 1;
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, STMT_JOURNAL_BLOCK);
}

int db_sqlite_open(const char *path, int create, struct db **out)
{
	struct sqlite_db *s = xcalloc(1, sizeof(*s));
	struct db *db = &s->base;

	db->ops = &sqlite_ops;
	*out = db;
	if (!create && access(path, R_OK | W_OK) != 0) {
		db_fail(db, "%s", strerror(errno));
		return errno == ENOENT ? DB_ENOENT : DB_ERR;
	}
	if (create && create_private(path) < 0)
		return db_fail(db, "%s", strerror(errno));
	configure_library();
	/* One connection per process, used by one thread: no mutexes. */
	if (sqlite3_open_v2(path, &s->handle,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK)
		return fail(db);
	return configure(db);
}
