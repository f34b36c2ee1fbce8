#include "store_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "embedded.h"
#include "xalloc.h"

/* Migrations from version N-1 to N, in order; index 0 is version 2. */
static const char *const migrations[] = {
	embedded_migration_002,
	embedded_migration_003,
};

int store_fail(struct store *s, const char *context)
{
	int code = sqlite3_errcode(s->db);

	snprintf(s->error, sizeof(s->error), "%s: %s", context,
		 sqlite3_errmsg(s->db));
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return STORE_EBUSY;
	return STORE_ERR;
}

int store_exec(struct store *s, const char *sql)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(s, "sql");
	return STORE_OK;
}

sqlite3_stmt *store_stmt(struct store *s, const char *sql)
{
	int i;

	for (i = 0; i < s->stmt_count; i++) {
		if (s->stmt_sql[i] == sql) {
			sqlite3_reset(s->stmt[i]);
			sqlite3_clear_bindings(s->stmt[i]);
			return s->stmt[i];
		}
	}
	if (s->stmt_count == STORE_STMT_MAX) {
		fprintf(stderr, "scorebook: statement cache full\n");
		abort();
	}
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
			       &s->stmt[i], NULL) != SQLITE_OK) {
		/* A statement that does not prepare is a programming error. */
		fprintf(stderr, "scorebook: cannot prepare: %s\n%s\n",
			sqlite3_errmsg(s->db), sql);
		abort();
	}
	s->stmt_sql[i] = sql;
	s->stmt_count++;
	return s->stmt[i];
}

void store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

void store_bind_flag(sqlite3_stmt *st, int i, int flag)
{
	if (flag < 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int(st, i, flag);
}

void store_bind_id(sqlite3_stmt *st, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

void store_bind_num(sqlite3_stmt *st, int i, int has, double v)
{
	if (has)
		sqlite3_bind_double(st, i, v);
	else
		sqlite3_bind_null(st, i);
}

int store_step_done(struct store *s, sqlite3_stmt *st, const char *context)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, context);
	return STORE_OK;
}

static int read_version(struct store *s, int *version)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) !=
	    SQLITE_OK)
		return store_fail(s, "reading the schema version");
	rc = sqlite3_step(st);
	*version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_fail(s, "reading the schema version");
	return STORE_OK;
}

static int set_version(struct store *s, int version)
{
	char sql[64];

	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", version);
	return store_exec(s, sql);
}

/* Copy the scale and claim catalogs into a new store. */
static int seed_catalogs(struct store *s)
{
	const char *scale_sql =
	    "INSERT OR REPLACE INTO scale (family, subject, grade, levels,"
	    " low, high, cut2, cut3, cut4) VALUES (?,?,?,?,?,?,?,?,?)";
	const char *claim_sql = "INSERT OR REPLACE INTO claim (subject, code,"
				" slot, name) VALUES (?,?,?,?)";
	int i, rc;

	for (i = 0; i < catalog_scale_count(); i++) {
		const struct scale_row *r = catalog_scale_at(i);
		sqlite3_stmt *st = store_stmt(s, scale_sql);

		store_bind_text(st, 1, r->family);
		store_bind_text(st, 2, r->subject);
		sqlite3_bind_int(st, 3, r->grade);
		sqlite3_bind_int(st, 4, r->levels);
		sqlite3_bind_double(st, 5, r->low);
		sqlite3_bind_double(st, 6, r->high);
		sqlite3_bind_double(st, 7, r->cut2);
		sqlite3_bind_double(st, 8, r->cut3);
		store_bind_num(st, 9, r->cut4 > 0, r->cut4);
		if ((rc = store_step_done(s, st, "seeding scales")) < 0)
			return rc;
	}
	for (i = 0; i < catalog_claim_count(); i++) {
		const struct claim_row *r = catalog_claim_at(i);
		sqlite3_stmt *st = store_stmt(s, claim_sql);

		store_bind_text(st, 1, r->subject);
		store_bind_text(st, 2, r->code);
		sqlite3_bind_int(st, 3, r->slot);
		store_bind_text(st, 4, r->name);
		if ((rc = store_step_done(s, st, "seeding claims")) < 0)
			return rc;
	}
	return STORE_OK;
}

/*
 * Bring the schema to the current version in one transaction: a new
 * store gets version 1 and then every migration, an older one only the
 * migrations it lacks.  A crash half-way leaves the old version intact.
 */
static int migrate(struct store *s)
{
	int version, rc;

	if ((rc = store_exec(s, "BEGIN IMMEDIATE")) < 0)
		return rc;
	if ((rc = read_version(s, &version)) < 0)
		goto fail;
	if (version > STORE_SCHEMA_VERSION) {
		snprintf(s->error, sizeof(s->error),
			 "schema version %d is newer than this scorebook "
			 "understands (%d): use a newer scorebook",
			 version, STORE_SCHEMA_VERSION);
		rc = STORE_ENEWER;
		goto fail;
	}
	if (version == 0 && (rc = store_exec(s, embedded_store_sql)) < 0)
		goto fail;
	if (version == 0)
		version = 1;
	for (; version < STORE_SCHEMA_VERSION; version++)
		if ((rc = store_exec(s, migrations[version - 1])) < 0)
			goto fail;
	if ((rc = seed_catalogs(s)) < 0 ||
	    (rc = set_version(s, STORE_SCHEMA_VERSION)) < 0)
		goto fail;
	return store_exec(s, "COMMIT");
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

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
#define STORE_CACHE_PRAGMA "PRAGMA cache_size = -32768"

static int configure(struct store *s)
{
	int rc;

	sqlite3_busy_timeout(s->db, 5000);
	if ((rc = store_exec(s, "PRAGMA journal_mode = WAL")) < 0 ||
	    (rc = store_exec(s, "PRAGMA foreign_keys = ON")) < 0 ||
	    (rc = store_exec(s, "PRAGMA synchronous = NORMAL")) < 0 ||
	    (rc = store_exec(s, "PRAGMA temp_store = MEMORY")) < 0 ||
	    (rc = store_exec(s, STORE_CACHE_PRAGMA)) < 0)
		return rc;
	return STORE_OK;
}

/*
 * SQLite counts every allocation under a global mutex unless told not to;
 * that bookkeeping was 7% of filing a score data file.  The setting must come
 * before SQLite's first use, so it is made once, ahead of the first open.
 */
static void configure_library(void)
{
	static int configured;

	if (configured)
		return;
	configured = 1;
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_open(const char *path, struct store **out)
{
	struct store *s = xcalloc(1, sizeof(*s));
	int rc;

	*out = s;
	s->path = xstrdup(path);
	if (create_private(path) < 0) {
		snprintf(s->error, sizeof(s->error), "%s: %s", path,
			 strerror(errno));
		return STORE_ERR;
	}
	configure_library();
	/* One connection per process, used by one thread: no mutexes. */
	if (sqlite3_open_v2(path, &s->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK)
		return store_fail(s, path);
	if (catalog_load() < 0) {
		snprintf(s->error, sizeof(s->error), "bad built-in catalog");
		return STORE_ERR;
	}
	if ((rc = configure(s)) < 0)
		return rc;
	return migrate(s);
}

void store_close(struct store *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < s->stmt_count; i++)
		sqlite3_finalize(s->stmt[i]);
	if (s->db)
		sqlite3_close(s->db);
	free(s->path);
	free(s);
}

const char *store_error(const struct store *s)
{
	return s->error;
}

const char *store_path(const struct store *s)
{
	return s->path;
}

int store_schema_version(struct store *s)
{
	int version = -1;

	read_version(s, &version);
	return version;
}

int store_begin(struct store *s)
{
	return store_exec(s, "BEGIN IMMEDIATE");
}

int store_commit(struct store *s)
{
	return store_exec(s, "COMMIT");
}

int store_rollback(struct store *s)
{
	return store_exec(s, "ROLLBACK");
}

int store_savepoint(struct store *s)
{
	return store_exec(s, "SAVEPOINT document");
}

int store_savepoint_release(struct store *s)
{
	return store_exec(s, "RELEASE document");
}

/* Undo the document's writes, then drop the savepoint itself. */
int store_savepoint_rollback(struct store *s)
{
	int rc = store_exec(s, "ROLLBACK TO document");

	if (rc < 0)
		return rc;
	return store_exec(s, "RELEASE document");
}
