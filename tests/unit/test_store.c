/*
 * The store: creation, migration of an older schema, refusal of a newer
 * one, and the update rules of store_put_exam.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "embedded.h"
#include "store.h"
#include "unit.h"
#include "unit_store.h"

/* The engine under test, and the address of the current store. */
static const char *engine;
static char path[600];
static char what[200];

/* A check's description, naming the engine. */
static const char *on(const char *text)
{
	snprintf(what, sizeof(what), "%s: %s", engine, text);
	return what;
}

static void fresh_path(const char *name)
{
	if (unit_store_fresh(engine, name, path, sizeof(path)) < 0)
		path[0] = '\0';
}

static int scalar(const char *sql)
{
	return (int)unit_scalar(path, sql);
}

/* Set the version kept in the store, as an older or newer one would. */
static void set_version(int version)
{
	struct db *db = NULL;

	if (db_open(path, &db) == DB_OK)
		db_set_schema_version(db, version);
	db_close(db);
}

/*
 * Open the store at path with one assessment (SBAC ELA grade 5, "T")
 * and one school ("SCH"), the setting of the tests of filing exams.
 */
static struct store *open_with_school(struct store_assessment *a,
				      int64_t *school)
{
	struct store *s = NULL;

	store_open(path, &s);
	memset(a, 0, sizeof(*a));
	strcpy(a->subject, "ELA");
	strcpy(a->type, "summative");
	strcpy(a->kind, "SUM");
	strcpy(a->family, "SBAC");
	a->grade = 5;
	store_put_assessment(s, "T", NULL, a, 2025);
	store_find_assessment(s, "T", a);
	store_put_school(s, "SCH", "School", "DIS", school);
	return s;
}

static void test_new_store(void)
{
	struct store *s;

	fresh_path("unit_new");
	CHECK(store_open(path, &s) == STORE_OK, on("a new store opens"));
	CHECK(store_schema_version(s) == STORE_SCHEMA_VERSION,
	      on("a new store has the current schema version"));
	store_close(s);
	CHECK(scalar("SELECT count(*) FROM scale") > 50,
	      on("the scale catalog is seeded"));
	CHECK(scalar("SELECT count(*) FROM claim WHERE subject = 'ELA'") >= 4,
	      on("the claim catalog is seeded"));
	CHECK(scalar("SELECT count(*) FROM bundle_log") == 0,
	      on("a new store has every migration"));
}

static void test_migration(void)
{
	struct store *s;
	struct db *db = NULL;

	fresh_path("unit_v1");
	if (db_open(path, &db) == DB_OK) {
		db_exec_schema(db, embedded_store_sql);
		db_set_schema_version(db, 1);
		db_exec(db, "INSERT INTO district (natural_id, name)"
			    " VALUES ('01234560000000', 'Old District')");
	}
	db_close(db);
	CHECK(scalar("SELECT count(*) FROM bundle_log") == -1,
	      on("a version 1 store is made"));
	CHECK(store_open(path, &s) == STORE_OK, on("a version 1 store opens"));
	CHECK(store_schema_version(s) == STORE_SCHEMA_VERSION,
	      on("opening a version 1 store migrates it"));
	store_close(s);
	CHECK(scalar("SELECT count(*) FROM district"
		     " WHERE name = 'Old District'") == 1,
	      on("migration keeps the data"));
	CHECK(scalar("SELECT count(*) FROM bundle_log") == 0,
	      on("migration adds the bundle log"));
}

static void test_newer(void)
{
	struct store *s;
	int rc;

	fresh_path("unit_newer");
	CHECK(store_open(path, &s) == STORE_OK, on("store for the newer test"));
	store_close(s);
	set_version(99);
	rc = store_open(path, &s);
	CHECK(rc == STORE_ENEWER, on("a newer store is refused"));
	CHECK(strstr(store_error(s), "newer") != NULL,
	      on("the refusal says the store is newer"));
	store_close(s);
	s = NULL;
	CHECK(store_open_existing(path, &s) == STORE_ENEWER,
	      on("a refused store is left untouched"));
	store_close(s);
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

	fresh_path("unit_rules");
	s = open_with_school(&a, &school);
	exam_init(&e);

	make_exam(&e, "2025-05-01", 2500);
	o = EXAM_OLDER;
	CHECK(store_put_exam(s, &e, a.id, school, 0, &o) == STORE_OK &&
		  o == EXAM_INSERTED,
	      on("a new exam is inserted"));
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_UNCHANGED, on("identical content is unchanged"));
	make_exam(&e, "2025-05-01", 2510);
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_UPDATED,
	      on("the same status date with changes updates"));
	make_exam(&e, "2025-04-01", 2400);
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_OLDER, on("an earlier status date is ignored"));
	make_exam(&e, "2025-06-01", 2400);
	e.status = "reset";
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_DELETED, on("a reset deletes"));
	store_put_exam(s, &e, a.id, school, 0, &o);
	CHECK(o == EXAM_RESET_UNKNOWN, on("a second reset changes nothing"));
	exam_release(&e);
	store_close(s);
	CHECK(scalar("SELECT student.first_name = '2025-05-01' FROM student") ==
		  1,
	      on("an older exam never overwrites newer demographics"));
	CHECK(scalar("SELECT cast(scale_score AS int) FROM exam") == 2510,
	      on("the ignored older exam left the score"));
}

/* One row of a batch and the outcome filing it must have. */
struct batch_row {
	const char *key, *date, *status;
	double score;
	enum store_exam_outcome want;
	const char *what;
};

/*
 * Two claim scores per exam: claim 1 holds the exam's score, and a
 * second claim is named after it, so that children left from another
 * version of the exam show as an extra row.
 */
static void add_claims(struct exam *e, char *code, size_t size)
{
	struct exam_score *c = exam_add_score(e);

	c->kind = "claim";
	c->code = "1";
	c->scale_score = e->scale_score;
	c->has_scale_score = 1;
	snprintf(code, size, "S%d", (int)e->scale_score);
	c = exam_add_score(e);
	c->kind = "claim";
	c->code = code;
	c->level = 2;
}

static void file_batch(struct store *s, const struct store_assessment *a,
		       int64_t school, const struct batch_row *rows, int n)
{
	struct store_exam_entry entries[16];
	enum store_exam_outcome outcomes[16];
	struct exam exams[16];
	char codes[16][16];
	int i, rc;

	for (i = 0; i < n; i++) {
		exam_init(&exams[i]);
		make_exam(&exams[i], rows[i].date, rows[i].score);
		add_claims(&exams[i], codes[i], sizeof(codes[i]));
		exams[i].opp_key = rows[i].key;
		exams[i].status = rows[i].status;
		entries[i].exam = &exams[i];
		entries[i].assessment_id = a->id;
		entries[i].school_id = school;
		entries[i].digest = NULL;
		outcomes[i] = (enum store_exam_outcome) - 1;
	}
	rc = store_put_exams(s, entries, n, 0, outcomes);
	CHECK(rc == STORE_OK, on("a batch is filed"));
	if (rc != STORE_OK)
		printf("# %s\n", store_error(s));
	for (i = 0; i < n; i++) {
		CHECK(outcomes[i] == rows[i].want, on(rows[i].what));
		exam_release(&exams[i]);
	}
}

/*
 * The update rules within one batch, where a server decides every row
 * in one pass: a key repeated in the batch meets what the rows before
 * it left.  A second batch then changes and resets stored exams.
 */
static void test_batch_rules(void)
{
	static const struct batch_row first[] = {
		{ "1", "2025-05-01", "scored", 2500, EXAM_INSERTED,
		  "batch: a new exam is inserted" },
		{ "1", "2025-05-01", "scored", 2500, EXAM_UNCHANGED,
		  "batch: identical content is unchanged" },
		{ "1", "2025-05-01", "scored", 2510, EXAM_UPDATED,
		  "batch: the same status date with changes updates" },
		{ "1", "2025-04-01", "scored", 2400, EXAM_OLDER,
		  "batch: an earlier status date is ignored" },
		{ "2", "2025-05-02", "reset", 2400, EXAM_RESET_UNKNOWN,
		  "batch: a reset of an unknown exam changes nothing" },
		{ "1", "2025-06-01", "reset", 2400, EXAM_DELETED,
		  "batch: a reset deletes" },
		{ "1", "2025-06-01", "reset", 2400, EXAM_RESET_UNKNOWN,
		  "batch: a second reset changes nothing" },
		{ "1", "2025-06-01", "scored", 2520, EXAM_UPDATED,
		  "batch: a deleted exam filed again is updated" },
		{ "3", "2025-03-01", "scored", 2450, EXAM_INSERTED,
		  "batch: the student's second exam is inserted" },
	};
	static const struct batch_row second[] = {
		{ "1", "2025-07-01", "reset", 2400, EXAM_DELETED,
		  "second batch: a reset deletes a stored exam" },
		{ "3", "2025-05-03", "scored", 2460, EXAM_UPDATED,
		  "second batch: a newer exam replaces a stored one" },
		{ "3", "2025-05-02", "scored", 2470, EXAM_OLDER,
		  "second batch: older than the row before it" },
	};
	struct store_assessment a = { 0 };
	struct store *s;
	int64_t school;

	fresh_path("unit_batch");
	s = open_with_school(&a, &school);
	file_batch(s, &a, school, first, 9);
	CHECK(scalar("SELECT count(*) FROM exam") == 2,
	      on("batch: two exams stored"));
	CHECK(scalar("SELECT cast(scale_score AS int) FROM exam"
		     " WHERE opp_key = '1' AND deleted = 0") == 2520,
	      on("batch: the exam filed after its reset stands"));
	CHECK(scalar("SELECT count(*) FROM student"
		     " WHERE first_name = '2025-06-01'") == 1,
	      on("batch: one student with the newest exam's values"));
	CHECK(scalar("SELECT count(*) FROM exam_score s JOIN exam e"
		     " ON e.id = s.exam_id WHERE e.opp_key = '1'"
		     " AND s.code IN ('1', 'S2520')") == 2 &&
		  scalar("SELECT count(*) FROM exam_score") == 4,
	      on("batch: each exam holds the claims of its last version"));
	CHECK(scalar("SELECT cast(s.scale_score AS int) FROM exam_score s"
		     " JOIN exam e ON e.id = s.exam_id WHERE e.opp_key = '3'"
		     " AND s.code = '1'") == 2450,
	      on("batch: a new exam's claims are filed with it"));
	file_batch(s, &a, school, second, 3);
	store_close(s);
	CHECK(scalar("SELECT count(*) FROM exam_score s JOIN exam e"
		     " ON e.id = s.exam_id WHERE e.opp_key = '3'"
		     " AND s.code IN ('1', 'S2460')") == 2 &&
		  scalar("SELECT count(*) FROM exam_score") == 4,
	      on("second batch: the replaced exam holds its new claims"));
	CHECK(scalar("SELECT deleted FROM exam WHERE opp_key = '1'") == 1,
	      on("second batch: the reset exam is deleted"));
	CHECK(scalar("SELECT cast(scale_score AS int) FROM exam"
		     " WHERE opp_key = '3'") == 2460,
	      on("second batch: the newer score stands"));
	CHECK(scalar("SELECT count(*) FROM exam WHERE id IN (1, 2)") == 2,
	      on("batch: keys numbered 1 and 2 in filing order"));
}

/*
 * Two exams of one student, the newer one without a language code: the
 * store ends with the newer name and the older language code, whichever
 * exam comes first.
 */
static void file_two_exams(int newer_first)
{
	static const char *const dates[2] = { "2025-05-01", "2025-03-01" };
	static const char *const keys[2] = { "N", "O" };
	struct store_assessment a = { 0 };
	enum store_exam_outcome o;
	struct exam e;
	struct store *s;
	int64_t school;
	int i;

	fresh_path(newer_first ? "unit_gaps_newer" : "unit_gaps_older");
	s = open_with_school(&a, &school);
	exam_init(&e);
	for (i = 0; i < 2; i++) {
		int which = newer_first ? i : 1 - i;

		make_exam(&e, dates[which], 2500);
		e.opp_key = keys[which];
		e.student.language_code = which == 1 ? "es" : NULL;
		store_put_exam(s, &e, a.id, school, 0, &o);
	}
	exam_release(&e);
	store_close(s);
}

static void test_demographic_gaps(void)
{
	int newer_first;

	for (newer_first = 0; newer_first < 2; newer_first++) {
		file_two_exams(newer_first);
		CHECK(scalar("SELECT count(*) FROM student"
			     " WHERE first_name = '2025-05-01'") == 1,
		      on(newer_first ? "newer first: the newer name stays"
				     : "older first: the newer name wins"));
		CHECK(scalar("SELECT count(*) FROM student"
			     " WHERE language_code = 'es'") == 1,
		      on(newer_first
			     ? "newer first: the older exam fills the gap"
			     : "older first: the newer exam keeps the value"));
	}
}

/*
 * Every table and column of a new store, with its type, as lines of
 * text; PostgreSQL's types are named as the schema spells them.
 */
static void schema_of(char *out, size_t size)
{
	static const char *sqlite_sql =
	    "SELECT m.name || ' ' || p.name || ' ' || p.type"
	    " FROM sqlite_master m, pragma_table_info(m.name) p"
	    " WHERE m.type = 'table' ORDER BY m.name, p.name";
	static const char *pg_sql =
	    "SELECT table_name || ' ' || column_name || ' ' ||"
	    " CASE data_type WHEN 'bigint' THEN 'INTEGER'"
	    " WHEN 'double precision' THEN 'REAL' WHEN 'text' THEN 'TEXT'"
	    " ELSE data_type END FROM information_schema.columns"
	    " WHERE table_schema = current_schema()"
	    " AND table_name <> 'scorebook_schema'"
	    " ORDER BY table_name COLLATE \"C\", column_name COLLATE \"C\"";
	struct db *db = NULL;
	struct db_stmt *st = NULL;
	size_t len = 0;

	out[0] = '\0';
	if (db_open_existing(path, &db) == DB_OK &&
	    (st = db_prepare(db,
			     strcmp(engine, "sqlite") ? pg_sql : sqlite_sql)))
		while (db_step(st) == DB_ROW && len < size)
			len += (size_t)snprintf(out + len, size - len, "%s\n",
						db_column_text(st, 0));
	db_finalize(st);
	db_close(db);
}

/* A new store of the engine, and its schema_of(). */
static void new_schema(const char *name, char *out, size_t size)
{
	struct store *s = NULL;

	engine = name;
	fresh_path("unit_schema");
	store_open(path, &s);
	store_close(s);
	schema_of(out, size);
}

/* Both engines' new stores have the same tables, columns and types. */
static void test_same_schema(void)
{
	static char sqlite_schema[16384], pg_schema[16384];

	engine = "postgresql";
	fresh_path("unit_schema");
	if (!*path)
		return;
	new_schema("sqlite", sqlite_schema, sizeof(sqlite_schema));
	new_schema("postgresql", pg_schema, sizeof(pg_schema));
	CHECK(strlen(sqlite_schema) > 1000 && !strcmp(sqlite_schema, pg_schema),
	      "both engines: the same tables, columns and types");
}

static void test_missing(void)
{
	struct store *s = NULL;

	fresh_path("unit_missing");
	CHECK(store_open_existing(path, &s) < 0,
	      on("a missing store is not created when it must exist"));
	store_close(s);
}

int main(void)
{
	static const char *const engines[] = { "sqlite", "postgresql" };
	size_t i;

	for (i = 0; i < sizeof(engines) / sizeof(engines[0]); i++) {
		engine = engines[i];
		fresh_path("unit_probe");
		if (!*path) {
			printf("ok - %s: no server at hand # SKIP\n", engine);
			continue;
		}
		test_new_store();
		test_migration();
		test_newer();
		test_update_rules();
		test_batch_rules();
		test_demographic_gaps();
		test_missing();
	}
	test_same_schema();
	return unit_done();
}
