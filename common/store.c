#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "embedded.h"
#include "xalloc.h"

/* Migrations from version N-1 to N, in order; index 0 is version 2. */
static const char *const migrations[] = {
	embedded_migration_002,
	embedded_migration_003,
};

int store_fail(struct store *s, int rc, const char *context)
{
	snprintf(s->error, sizeof(s->error), "%s: %s", context,
		 db_error(s->db));
	if (rc == DB_EBUSY)
		return STORE_EBUSY;
	if (rc == DB_ERETRY)
		return STORE_ERETRY;
	return STORE_ERR;
}

int store_exec(struct store *s, const char *sql)
{
	int rc = db_exec(s->db, sql);

	return rc < 0 ? store_fail(s, rc, "sql") : STORE_OK;
}

struct db_stmt *store_stmt(struct store *s, const char *sql)
{
	int i;

	for (i = 0; i < s->stmt_count; i++) {
		if (s->stmt_sql[i] == sql) {
			db_reset(s->stmt[i]);
			db_clear_bindings(s->stmt[i]);
			return s->stmt[i];
		}
	}
	if (s->stmt_count == STORE_STMT_MAX) {
		fprintf(stderr, "scorebook: statement cache full\n");
		abort();
	}
	if (!(s->stmt[i] = db_prepare(s->db, sql))) {
		/* A statement that does not prepare is a programming error. */
		fprintf(stderr, "scorebook: cannot prepare: %s\n%s\n",
			db_error(s->db), sql);
		abort();
	}
	s->stmt_sql[i] = sql;
	s->stmt_count++;
	return s->stmt[i];
}

void store_bind_text(struct db_stmt *st, int i, const char *v)
{
	db_bind_text(st, i, v);
}

void store_bind_int(struct db_stmt *st, int i, int64_t v)
{
	db_bind_int64(st, i, v);
}

void store_bind_flag(struct db_stmt *st, int i, int flag)
{
	if (flag < 0)
		db_bind_null(st, i);
	else
		db_bind_int64(st, i, flag);
}

void store_bind_id(struct db_stmt *st, int i, int64_t id)
{
	if (id > 0)
		db_bind_int64(st, i, id);
	else
		db_bind_null(st, i);
}

void store_bind_num(struct db_stmt *st, int i, int has, double v)
{
	if (has)
		db_bind_double(st, i, v);
	else
		db_bind_null(st, i);
}

int store_step_done(struct store *s, struct db_stmt *st, const char *context)
{
	int rc = db_step(st);

	db_reset(st);
	return rc < 0 ? store_fail(s, rc, context) : STORE_OK;
}

int store_step_id(struct store *s, struct db_stmt *st, int64_t *id,
		  const char *context)
{
	int rc = db_step(st);

	if (rc == DB_ROW && id)
		*id = db_column_int64(st, 0);
	db_reset(st);
	if (rc == DB_ROW)
		return STORE_OK;
	return rc == DB_DONE ? STORE_ENOTFOUND : store_fail(s, rc, context);
}

void store_copy_text(char *dst, size_t size, struct db_stmt *st, int col)
{
	const char *v = db_column_text(st, col);

	snprintf(dst, size, "%s", v ? v : "");
}

/* Copy the scale and claim catalogs into the store, replacing old rows. */
static int seed_catalogs(struct store *s)
{
	const char *scale_sql =
	    "INSERT INTO scale (family, subject, grade, levels, low, high,"
	    " cut2, cut3, cut4) VALUES (?,?,?,?,?,?,?,?,?)"
	    " ON CONFLICT (family, subject, grade) DO UPDATE SET"
	    " levels = excluded.levels, low = excluded.low,"
	    " high = excluded.high, cut2 = excluded.cut2,"
	    " cut3 = excluded.cut3, cut4 = excluded.cut4";
	const char *claim_sql =
	    "INSERT INTO claim (subject, code, slot, name) VALUES (?,?,?,?)"
	    " ON CONFLICT (subject, code) DO UPDATE SET"
	    " slot = excluded.slot, name = excluded.name";
	int i, rc;

	for (i = 0; i < catalog_scale_count(); i++) {
		const struct scale_row *r = catalog_scale_at(i);
		struct db_stmt *st = store_stmt(s, scale_sql);

		store_bind_text(st, 1, r->family);
		store_bind_text(st, 2, r->subject);
		store_bind_int(st, 3, r->grade);
		store_bind_int(st, 4, r->levels);
		store_bind_num(st, 5, 1, r->low);
		store_bind_num(st, 6, 1, r->high);
		store_bind_num(st, 7, 1, r->cut2);
		store_bind_num(st, 8, 1, r->cut3);
		store_bind_num(st, 9, r->cut4 > 0, r->cut4);
		if ((rc = store_step_done(s, st, "seeding scales")) < 0)
			return rc;
	}
	for (i = 0; i < catalog_claim_count(); i++) {
		const struct claim_row *r = catalog_claim_at(i);
		struct db_stmt *st = store_stmt(s, claim_sql);

		store_bind_text(st, 1, r->subject);
		store_bind_text(st, 2, r->code);
		store_bind_int(st, 3, r->slot);
		store_bind_text(st, 4, r->name);
		if ((rc = store_step_done(s, st, "seeding claims")) < 0)
			return rc;
	}
	return STORE_OK;
}

static int version_failed(struct store *s, int rc)
{
	return store_fail(s, rc, "reading the schema version");
}

/*
 * Bring the schema to the current version in one transaction: a new
 * store gets version 1 and then every migration, an older one only the
 * migrations it lacks.  A crash half-way leaves the old version intact,
 * and scorebooks opening a store at once migrate it one after another.
 */
static int migrate(struct store *s)
{
	int version, rc;

	if ((rc = db_begin(s->db)) < 0)
		return store_fail(s, rc, "sql");
	if ((rc = db_lock_schema(s->db)) < 0 ||
	    (rc = db_schema_version(s->db, &version)) < 0) {
		rc = version_failed(s, rc);
		goto fail;
	}
	if (version > STORE_SCHEMA_VERSION) {
		snprintf(s->error, sizeof(s->error),
			 "schema version %d is newer than this scorebook "
			 "understands (%d): use a newer scorebook",
			 version, STORE_SCHEMA_VERSION);
		rc = STORE_ENEWER;
		goto fail;
	}
	if (version == 0 &&
	    (rc = db_exec_schema(s->db, embedded_store_sql)) < 0)
		goto fail_sql;
	if (version == 0)
		version = 1;
	for (; version < STORE_SCHEMA_VERSION; version++)
		if ((rc = db_exec_schema(s->db, migrations[version - 1])) < 0)
			goto fail_sql;
	if ((rc = seed_catalogs(s)) < 0)
		goto fail;
	if ((rc = db_set_schema_version(s->db, STORE_SCHEMA_VERSION)) < 0)
		goto fail_sql;
	return store_commit(s);
fail_sql:
	rc = store_fail(s, rc, "sql");
fail:
	db_rollback(s->db);
	return rc;
}

static int open_store(const char *path, int create, struct store **out)
{
	struct store *s = xcalloc(1, sizeof(*s));
	int rc;

	*out = s;
	s->path = xstrdup(path);
	rc = create ? db_open(path, &s->db) : db_open_existing(path, &s->db);
	if (rc < 0) {
		snprintf(s->error, sizeof(s->error), "%s", db_error(s->db));
		if (rc == DB_ENOENT)
			return STORE_ENOTFOUND;
		return rc == DB_EBUSY ? STORE_EBUSY : STORE_ERR;
	}
	if (catalog_load() < 0) {
		snprintf(s->error, sizeof(s->error), "bad built-in catalog");
		return STORE_ERR;
	}
	return migrate(s);
}

int store_open(const char *path, struct store **out)
{
	return open_store(path, 1, out);
}

int store_open_existing(const char *path, struct store **out)
{
	return open_store(path, 0, out);
}

int store_is_server(const char *path)
{
	return db_target_is_url(path);
}

void store_close(struct store *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < s->stmt_count; i++)
		db_finalize(s->stmt[i]);
	db_close(s->db);
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

	if (db_schema_version(s->db, &version) < 0)
		return -1;
	return version;
}

/* A transaction call's result as a store code. */
static int checked(struct store *s, int rc, const char *what)
{
	return rc < 0 ? store_fail(s, rc, what) : STORE_OK;
}

int store_begin(struct store *s)
{
	return checked(s, db_begin(s->db), "begin");
}

/*
 * On a server, a unit that lost a race is redone alone: it waits for the
 * other importers' open batches to end and holds their next ones back,
 * so it cannot lose again.  On SQLite every batch is alone already.
 */
int store_begin_alone(struct store *s)
{
	return checked(s, db_begin_alone(s->db), "begin");
}

int store_commit(struct store *s)
{
	return checked(s, db_commit(s->db), "commit");
}

int store_rollback(struct store *s)
{
	return checked(s, db_rollback(s->db), "rollback");
}

int store_savepoint(struct store *s)
{
	return checked(s, db_savepoint(s->db), "savepoint");
}

int store_savepoint_release(struct store *s)
{
	return checked(s, db_release(s->db), "savepoint");
}

/* The engine that writes alone is the embedded one (see db.h). */
int store_prefers_own_transaction(const struct store *s)
{
	return db_writes_alone(s->db);
}

/* Undo the document's writes, then drop the savepoint itself. */
int store_savepoint_rollback(struct store *s)
{
	return checked(s, db_rollback_savepoint(s->db), "savepoint");
}
