/*
 * What the store's own files share: the connection and a cache of
 * prepared statements.  Nothing outside common/store*.c includes this.
 * Every statement is written once, in the SQL both engines share (see
 * db.h), and reaches the engine through db.h alone.
 */
#ifndef SCOREBOOK_STORE_INTERNAL_H
#define SCOREBOOK_STORE_INTERNAL_H

#include "db.h"
#include "store.h"

#define STORE_STMT_MAX 128

struct store {
	struct db *db;
	char *path;
	char error[512];
	/* Statements prepared once and reused, keyed by their SQL text. */
	const char *stmt_sql[STORE_STMT_MAX];
	struct db_stmt *stmt[STORE_STMT_MAX];
	int stmt_count;
};

/* The prepared statement for sql, reset and with bindings cleared. */
struct db_stmt *store_stmt(struct store *s, const char *sql);
/*
 * Record the connection's error (rc from db.h) with a short context;
 * returns the matching STORE_E* code.
 */
int store_fail(struct store *s, int rc, const char *context);
int store_exec(struct store *s, const char *sql);

void store_bind_text(struct db_stmt *st, int i, const char *v);
void store_bind_int(struct db_stmt *st, int i, int64_t v);
void store_bind_flag(struct db_stmt *st, int i, int flag);
/* A row id, or NULL when id is 0 (no row). */
void store_bind_id(struct db_stmt *st, int i, int64_t id);
void store_bind_num(struct db_stmt *st, int i, int has, double v);
/* Run a statement whose rows, if any, are not wanted. */
int store_step_done(struct store *s, struct db_stmt *st, const char *context);
/*
 * Run a statement for its first row's first column, an id: STORE_OK,
 * STORE_ENOTFOUND when there is no row, or a failure.  id may be NULL.
 */
int store_step_id(struct store *s, struct db_stmt *st, int64_t *id,
		  const char *context);
/* A text column as a C string, "" for NULL, into dst of size bytes. */
void store_copy_text(char *dst, size_t size, struct db_stmt *st, int col);

/* The date an exam's facts are as of: its status date, else completion. */
const char *store_exam_as_of(const struct exam *e);

/* The exam row's own columns, in the order store_exam.c binds them. */
#define EXAM_COLUMNS                                                           \
	"status, status_date, date_completed, start_date, session_id,"         \
	" completeness, admin_condition, scale_score, scale_se, level,"        \
	" level_derived, theta, theta_se, condition_code, include_code,"       \
	" scored, idea, lep, section504, economic_disadvantage, migrant,"      \
	" elas, language_code, source, import_id, grade, school_year,"         \
	" opportunity"

/*
 * File a batch of exams in a few statements, on an engine with bulk
 * loads (db_has_copy) and for exams without items or groups: the same
 * outcomes, rows and keys as store_put_exam() on each in turn.
 */
int store_exam_bulk(struct store *s, const struct store_exam_entry *entries,
		    int n, int64_t import_id,
		    enum store_exam_outcome *outcomes);

#endif
