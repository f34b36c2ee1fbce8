/*
 * The store: creation, migration of an older schema, refusal of a newer
 * one, and the update rules of store_put_exam.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "embedded.h"
#include "store.h"
#include "unit.h"

static char path[512];

static void fresh_path(const char *name)
{
	const char *tmp = getenv("TEST_TMP");

	snprintf(path, sizeof(path), "%s/%s", tmp ? tmp : "/tmp", name);
	unlink(path);
}

static int scalar(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void raw_exec(const char *sql)
{
	sqlite3 *db;

	sqlite3_open(path, &db);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
}

static void test_new_store(void)
{
	struct store *s;

	fresh_path("unit-new.db");
	CHECK(store_open(path, &s) == STORE_OK, "a new store opens");
	CHECK(store_schema_version(s) == STORE_SCHEMA_VERSION,
	      "a new store has the current schema version");
	store_close(s);
	CHECK(scalar("SELECT count(*) FROM scale") > 50,
	      "the scale catalog is seeded");
	CHECK(scalar("SELECT count(*) FROM claim WHERE subject = 'ELA'") >= 4,
	      "the claim catalog is seeded");
	CHECK(scalar("SELECT count(*) FROM sqlite_master"
		     " WHERE name = 'bundle_log'") == 1,
	      "a new store has every migration");
}

static void test_migration(void)
{
	struct store *s;

	fresh_path("unit-v1.db");
	raw_exec(embedded_store_sql);
	raw_exec("PRAGMA user_version = 1;"
		 "INSERT INTO district (natural_id, name)"
		 " VALUES ('01234560000000', 'Old District')");
	CHECK(scalar("PRAGMA user_version") == 1, "a version 1 store is made");
	CHECK(store_open(path, &s) == STORE_OK, "a version 1 store opens");
	CHECK(store_schema_version(s) == STORE_SCHEMA_VERSION,
	      "opening a version 1 store migrates it");
	store_close(s);
	CHECK(scalar("SELECT count(*) FROM district"
		     " WHERE name = 'Old District'") == 1,
	      "migration keeps the data");
	CHECK(scalar("SELECT count(*) FROM sqlite_master"
		     " WHERE name = 'bundle_log'") == 1,
	      "migration adds the bundle log");
}

static void test_newer(void)
{
	struct store *s;
	int rc;

	fresh_path("unit-newer.db");
	CHECK(store_open(path, &s) == STORE_OK, "store for the newer test");
	store_close(s);
	raw_exec("PRAGMA user_version = 99");
	rc = store_open(path, &s);
	CHECK(rc == STORE_ENEWER, "a newer store is refused");
	CHECK(strstr(store_error(s), "newer") != NULL,
	      "the refusal says the store is newer");
	store_close(s);
	CHECK(scalar("PRAGMA user_version") == 99,
	      "a refused store is left untouched");
}

static void make_exam(struct exam *e, const char *date, double score)
{
	exam_reset(e);
	e->asmt_name = "T";
	e->opp_key = "1";
	e->status = "scored";
	e->status_date = date;
	e->date_completed = date;
	e->completeness = "Complete";
	e->admin_condition = "Valid";
	e->student.ssid = "S1";
	e->student.first_name = date;
	e->school_year = 2025;
	e->scale_score = score;
	e->has_scale_score = 1;
	e->source = "trt";
}

static void test_update_rules(void)
{
	struct store_assessment a = { 0 };
	enum store_exam_outcome o;
	struct exam e;
	struct store *s;
	int64_t school;

	fresh_path("unit-rules.db");
	store_open(path, &s);
	strcpy(a.subject, "ELA");
	strcpy(a.type, "summative");
	strcpy(a.kind, "SUM");
	strcpy(a.family, "SBAC");
	a.grade = 5;
	store_put_assessment(s, "T", NULL, &a, 2025);
	store_find_assessment(s, "T", &a);
	store_put_school(s, "SCH", "School", "DIS", &school);
	exam_init(&e);

	make_exam(&e, "2025-05-01", 2500);
	o = EXAM_OLDER;
	CHECK(store_put_exam(s, &e, a.id, school, 0, &o) == STORE_OK &&
		  o == EXAM_INSERTED,
	      "a new exam is inserted");
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_UNCHANGED, "identical content is unchanged");
	make_exam(&e, "2025-05-01", 2510);
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_UPDATED, "the same status date with changes updates");
	make_exam(&e, "2025-04-01", 2400);
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_OLDER, "an earlier status date is ignored");
	make_exam(&e, "2025-06-01", 2400);
	e.status = "reset";
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_DELETED, "a reset deletes");
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_RESET_UNKNOWN, "a second reset changes nothing");
	exam_release(&e);
	store_close(s);
	CHECK(scalar("SELECT student.first_name = '2025-05-01' FROM student") ==
		  1,
	      "an older exam never overwrites newer demographics");
	CHECK(scalar("SELECT cast(scale_score AS int) FROM exam") == 2510,
	      "the ignored older exam left the score");
}

int main(void)
{
	test_new_store();
	test_migration();
	test_newer();
	test_update_rules();
	return unit_done();
}
