/*
 * Turning the SQL the store writes (SQLite's dialect, kept to what both
 * engines share) into PostgreSQL's: numbered parameters, and the column
 * types of a schema.  Pure text functions; the caller owns the result.
 */
#ifndef SCOREBOOK_DB_PG_SQL_H
#define SCOREBOOK_DB_PG_SQL_H

/*
 * ?N and ? become $N (a bare ? takes the number after the last one
 * seen), outside quotes and comments.  *count is the highest number;
 * used, when not NULL, gets a flag per number (1-based, room for
 * DB_PG_PARAMS_MAX + 1) telling whether the text uses it.
 */
#define DB_PG_PARAMS_MAX 1000
char *db_pg_sql_params(const char *sql, int *count, char *used);

/*
 * A schema's column types for PostgreSQL: INTEGER PRIMARY KEY becomes a
 * bigint key that a trigger numbers as SQLite does (max + 1), INTEGER
 * bigint, REAL double precision, TEXT text in the "C" collation
 * (bytewise, as SQLite compares), and WITHOUT ROWID is dropped.  Words
 * are matched whole and in any case; quotes and comments are copied as
 * they are.
 */
char *db_pg_sql_schema(const char *sql);

#endif
