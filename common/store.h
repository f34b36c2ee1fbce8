/*
 * The store: the one place that speaks SQL.  Both programs reach the
 * database only through these functions, so another engine can stand
 * behind them without either program noticing.
 *
 * Functions return 0 on success and a negative STORE_E* code on failure;
 * store_error() then describes the failure.  Strings returned through
 * out-parameters belong to the caller unless a comment says otherwise.
 */
#ifndef SCOREBOOK_STORE_H
#define SCOREBOOK_STORE_H

#include <stdint.h>

#include "exam.h"

#define STORE_SCHEMA_VERSION 3

/*
 * Every failure is below -1: the importers return -1 for a file rejected
 * with its errors named, and anything lower stops the import.
 */
enum store_rc {
	STORE_OK = 0,
	STORE_ENEWER = -2,    /* written by a newer scorebook */
	STORE_ENOTFOUND = -3, /* no such row */
	STORE_EBUSY = -4,     /* locked by another process */
	/* Lost a race with another process writing the same rows (a
	 * deadlock, a duplicate key): roll back the unit and redo it. */
	STORE_ERETRY = -5,
	STORE_ERR = -6, /* the engine failed; see store_error() */
};

struct store;

/*
 * Open or create the store, migrating an older schema.  path is a SQLite
 * file, or a postgresql:// (or postgres://) URL naming a PostgreSQL
 * database, created when missing.  *out is set even on failure, for
 * store_error(); store_close() it.
 */
int store_open(const char *path, struct store **out);
/* The same for a store that must exist already: STORE_ENOTFOUND if not. */
int store_open_existing(const char *path, struct store **out);
/* Whether path names a PostgreSQL database rather than a file. */
int store_is_server(const char *path);
/*
 * The store as messages may name it: a URL's password, in its user part
 * or a password= parameter, shown as "***".  The caller frees it.
 */
char *store_display_name(const char *path);
void store_close(struct store *s);
/* The last failure, valid until the next call; owned by the store. */
const char *store_error(const struct store *s);
int store_schema_version(struct store *s);
const char *store_path(const struct store *s);

/*
 * Transactions and per-document savepoints.  Savepoints nest: release
 * and rollback act on the innermost.  Outside a transaction a savepoint
 * starts one, whose reads all see the store as of that moment.
 */
int store_begin(struct store *s);
/* A transaction no other importer writes beside (see store_begin_alone
 * in store.c): for redoing a unit that lost a race. */
int store_begin_alone(struct store *s);
int store_commit(struct store *s);
int store_rollback(struct store *s);
int store_savepoint(struct store *s);
int store_savepoint_release(struct store *s);
int store_savepoint_rollback(struct store *s);
/*
 * Whether a large unit is better filed in a transaction of its own,
 * undone whole if it is rejected, than under a savepoint.  An embedded
 * store keeps the original of every stored page a savepoint changes in
 * a journal beside it: a quarter of re-importing a file that changes
 * most of the store.  A server's importers retry units under
 * savepoints instead.
 */
int store_prefers_own_transaction(const struct store *s);

/* Import log. */
struct store_import {
	const char *file, *sha256, *format, *verdict, *operator_name;
	int inserted, updated, unchanged, deleted, rows;
};

/* Whether a file with this digest was accepted before, by another entry. */
int store_file_known(struct store *s, const char *sha256, int64_t except);
/* Open a log row (rec's verdict, usually "pending"); sets *id. */
int store_log_import(struct store *s, const struct store_import *rec,
		     int64_t *id);
/* Set the verdict and counts of an open row; rec's sha256 is unused. */
int store_update_import(struct store *s, int64_t id,
			const struct store_import *rec);
int store_log_error(struct store *s, int64_t import_id, long line,
		    const char *field, const char *value, const char *message);

/* Organizations. */
int store_put_district(struct store *s, const char *natural_id,
		       const char *name, int64_t *id);
int store_put_school(struct store *s, const char *natural_id, const char *name,
		     const char *district_natural_id, int64_t *id);
int store_find_school(struct store *s, const char *natural_id, int64_t *id);

/* Assessments. */
struct store_assessment {
	int64_t id;
	char subject[16], type[12], kind[4], family[8];
	int grade, levels;
	double scale_low, scale_high, cut2, cut3, cut4;
	int has_scale;
};

int store_find_assessment(struct store *s, const char *natural_id,
			  struct store_assessment *out);
int store_put_assessment(struct store *s, const char *natural_id,
			 const char *label, const struct store_assessment *a,
			 int academic_year);

/* Exams. */
enum store_exam_outcome {
	EXAM_INSERTED,
	EXAM_UPDATED,
	EXAM_UNCHANGED,
	EXAM_OLDER,	   /* an earlier status date: ignored */
	EXAM_DELETED,	   /* a reset of a known exam */
	EXAM_RESET_UNKNOWN /* a reset of an exam never seen: no-op */
};

/*
 * File the exam under (assessment, opp_key), following the update rules:
 * same or later status date replaces, identical content is unchanged,
 * an older status date is ignored, a reset soft-deletes.
 */
int store_put_exam(struct store *s, const struct exam *e, int64_t assessment_id,
		   int64_t school_id, int64_t import_id,
		   enum store_exam_outcome *outcome);

/*
 * One exam of a batch and where it is filed.  digest is the exam's
 * exam_content_digest() when the caller has worked it out already (on
 * another thread, say), or NULL for the store to work it out.
 */
struct store_exam_entry {
	const struct exam *exam;
	int64_t assessment_id, school_id;
	const char *digest;
};

/* How many exams a batch given to store_put_exams() should hold. */
int store_exam_batch_size(const struct store *s);

/*
 * File n exams as n calls of store_put_exam() in the entries' order
 * would, setting outcomes[i] for entries[i]; on a server, in a few
 * statements for the whole batch.  The entries stay the caller's.  On
 * failure it is unknown which exams were filed: roll the unit back.
 */
int store_put_exams(struct store *s, const struct store_exam_entry *entries,
		    int n, int64_t import_id,
		    enum store_exam_outcome *outcomes);

#endif
