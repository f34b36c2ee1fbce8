/*
 * The PostgreSQL driver's text translations: parameters numbered $N
 * outside quotes and comments, and a SQLite schema's types and keys.
 */
#include <stdlib.h>
#include <string.h>

#include "db_pg_sql.h"
#include "unit.h"

static void test_params(void)
{
	char used[DB_PG_PARAMS_MAX + 1] = { 0 };
	char *out;
	int n;

	out = db_pg_sql_params("SELECT ?1, ?2 WHERE a = ?1", &n, used);
	CHECK_STR(out, "SELECT $1, $2 WHERE a = $1", "numbered parameters");
	CHECK(n == 2 && used[1] && used[2], "their count and use");
	free(out);
	out = db_pg_sql_params("INSERT INTO t VALUES (?,?,?)", &n, NULL);
	CHECK_STR(out, "INSERT INTO t VALUES ($1,$2,$3)",
		  "bare parameters take the next number");
	free(out);
	out =
	    db_pg_sql_params("SELECT '?', \"a?\" -- ?\n, ? /* ? */", &n, NULL);
	CHECK_STR(out, "SELECT '?', \"a?\" -- ?\n, $1 /* ? */",
		  "quotes and comments are left alone");
	CHECK(n == 1, "one parameter outside them");
	free(out);
	memset(used, 0, sizeof(used));
	out = db_pg_sql_params("UPDATE t SET a = ?3 WHERE id = ?1", &n, used);
	CHECK(n == 3 && used[1] && !used[2] && used[3],
	      "a number the text skips is marked unused");
	free(out);
	out = db_pg_sql_params("SELECT 'it''s ?', ?", &n, NULL);
	CHECK_STR(out, "SELECT 'it''s ?', $1", "a doubled quote stays inside");
	free(out);
}

static void test_schema(void)
{
	char *out;

	out = db_pg_sql_schema("CREATE TABLE t (\n\tid INTEGER PRIMARY KEY,\n"
			       "\tn integer NOT NULL,\n\tx REAL,\n"
			       "\tname TEXT DEFAULT 'TEXT'\n);");
	CHECK(strstr(out, "id bigint PRIMARY KEY,") != NULL,
	      "an integer key becomes a bigint key");
	CHECK(strstr(out, "n bigint NOT NULL") != NULL,
	      "INTEGER in any case becomes bigint");
	CHECK(strstr(out, "x double precision") != NULL,
	      "REAL becomes double precision");
	CHECK(strstr(out, "name text COLLATE \"C\" DEFAULT 'TEXT'") != NULL,
	      "TEXT sorts bytewise, and quoted words stay as they are");
	CHECK(strstr(out, "CREATE TRIGGER t_next_id BEFORE INSERT ON t") !=
		      NULL &&
		  strstr(out, "coalesce(max(id), 0) + 1 FROM t") != NULL,
	      "the key is numbered max + 1, as in SQLite");
	CHECK(strstr(out, "FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE") != NULL,
	      "a row that brings its key does not call the numbering");
	free(out);
	out = db_pg_sql_schema("CREATE TABLE c (\n\ta INTEGER NOT NULL,\n"
			       "\tPRIMARY KEY (a)\n) WITHOUT ROWID;\n"
			       "-- INTEGER in a comment\n");
	CHECK(strstr(out, "ROWID") == NULL, "WITHOUT ROWID is dropped");
	CHECK(strstr(out, "TRIGGER") == NULL,
	      "a table keyed otherwise gets no trigger");
	CHECK(strstr(out, "-- INTEGER in a comment") != NULL,
	      "comments are copied");
	free(out);
}

int main(void)
{
	test_params();
	test_schema();
	return unit_done();
}
