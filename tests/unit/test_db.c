/*
 * The driver interface on both engines: values in and out unchanged
 * (NULL, integers, doubles to the last bit, text), RETURNING id with and
 * without a conflict, nested savepoints, parameters a statement does not
 * use, and which failures say to try again.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "unit.h"
#include "unit_store.h"

static const char *engine;
static char what[200];

static const char *on(const char *text)
{
	snprintf(what, sizeof(what), "%s: %s", engine, text);
	return what;
}

static const char *const schema =
    "CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE,"
    " n INTEGER, x REAL);";

static void test_values(struct db *db)
{
	static const double doubles[] = { 0.1, 2531.123456789, 1e-300, -7.25,
					  1.0 / 3.0 };
	struct db_stmt *ins = db_prepare(db, "INSERT INTO t (k, n, x)"
					     " VALUES (?1, ?2, ?3)");
	struct db_stmt *get = db_prepare(db, "SELECT n, x, k FROM t"
					     " WHERE k = ?1");
	char key[32];
	int i, same = 1;

	for (i = 0; i < 5; i++) {
		snprintf(key, sizeof(key), "d%d", i);
		db_reset(ins);
		db_bind_text(ins, 1, key);
		db_bind_int64(ins, 2, i == 0 ? INT64_MAX : -i);
		db_bind_double(ins, 3, doubles[i]);
		db_step(ins);
		db_reset(get);
		db_bind_text(get, 1, key);
		if (db_step(get) != DB_ROW ||
		    db_column_double(get, 1) != doubles[i] ||
		    db_column_int64(get, 0) != (i == 0 ? INT64_MAX : -i))
			same = 0;
	}
	CHECK(same, on("integers and doubles come back bit for bit"));
	db_reset(ins);
	db_bind_text(ins, 1, "null");
	db_bind_null(ins, 2);
	db_bind_double(ins, 3, -0.0);
	db_step(ins);
	db_reset(get);
	db_bind_text(get, 1, "null");
	CHECK(db_step(get) == DB_ROW && db_column_is_null(get, 0) &&
		  !db_column_is_null(get, 1),
	      on("NULL is NULL, a number is not"));
	CHECK(!signbit(db_column_double(get, 1)),
	      on("a negative zero is stored as zero"));
	CHECK_STR(db_column_text(get, 2), "null", on("text comes back"));
	CHECK(db_step(get) == DB_DONE, on("then no more rows"));
	db_finalize(ins);
	db_finalize(get);
}

static void test_returning(struct db *db)
{
	struct db_stmt *st = db_prepare(db, "INSERT INTO t (k) VALUES (?)"
					    " ON CONFLICT (k) DO NOTHING"
					    " RETURNING id");
	int64_t first, second;

	db_bind_text(st, 1, "r1");
	CHECK(db_step(st) == DB_ROW, on("an insert returns its row"));
	first = db_column_int64(st, 0);
	CHECK(db_step(st) == DB_DONE, on("one row only"));
	db_reset(st);
	db_bind_text(st, 1, "r2");
	db_step(st);
	second = db_column_int64(st, 0);
	CHECK(first > 0 && second == first + 1,
	      on("keys are numbered max + 1"));
	db_reset(st);
	db_bind_text(st, 1, "r1");
	CHECK(db_step(st) == DB_DONE, on("a conflict returns no row"));
	db_finalize(st);
}

static void test_savepoints(struct db *db)
{
	struct db_stmt *count = db_prepare(db, "SELECT count(*) FROM t");
	int64_t before, after;

	db_step(count);
	before = db_column_int64(count, 0);
	db_begin(db);
	db_savepoint(db);
	db_exec(db, "INSERT INTO t (k) VALUES ('s1')");
	db_savepoint(db);
	db_exec(db, "INSERT INTO t (k) VALUES ('s2')");
	db_rollback_savepoint(db);
	db_release(db);
	db_commit(db);
	db_reset(count);
	db_step(count);
	after = db_column_int64(count, 0);
	CHECK(after == before + 1,
	      on("the inner savepoint's row is undone, the outer's kept"));
	db_reset(count);
	db_finalize(count);
}

static void test_unused_and_failures(struct db *db)
{
	struct db_stmt *st = db_prepare(db, "SELECT ?1 + 1");
	int rc;

	db_bind_int64(st, 1, 41);
	db_bind_int64(st, 2, 99);
	CHECK(db_step(st) == DB_ROW && db_column_int64(st, 0) == 42,
	      on("a parameter the statement does not use is ignored"));
	db_finalize(st);
	rc = db_exec(db, "INSERT INTO t (id, k) VALUES (1, 'dup')");
	CHECK(rc < 0 && *db_error(db), on("a duplicate key fails, saying so"));
	CHECK(strcmp(engine, "postgresql") ? rc == DB_ERR : rc == DB_ERETRY,
	      on("on a server it is a lost race, to try again"));
	CHECK(db_prepare(db, "SELECT nonsense FROM nowhere") == NULL,
	      on("a statement that does not prepare is NULL"));
}

static void test_engine(const char *name)
{
	char target[600];
	struct db *db = NULL;

	engine = name;
	if (unit_store_fresh(name, "unit_db", target, sizeof(target)) < 0) {
		printf("ok - %s: no server at hand # SKIP\n", name);
		return;
	}
	CHECK(db_open(target, &db) == DB_OK, on("a new database opens"));
	CHECK(!strcmp(db_engine(db), name), on("the engine is the one asked"));
	CHECK(db_writes_alone(db) == !strcmp(name, "sqlite"),
	      on("only SQLite's transactions write alone"));
	CHECK(db_exec_schema(db, schema) == DB_OK, on("the schema goes in"));
	test_values(db);
	test_returning(db);
	test_savepoints(db);
	test_unused_and_failures(db);
	db_close(db);
}

int main(void)
{
	test_engine("sqlite");
	test_engine("postgresql");
	return unit_done();
}
