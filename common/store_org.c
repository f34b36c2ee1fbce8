/*
 * Store access for organizations, assessments and the import log.
 */
#include "store_internal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

int store_put_district(struct store *s, const char *natural_id,
		       const char *name, int64_t *id)
{
	static const char *sql =
	    "INSERT INTO district (natural_id, name) VALUES (?1, ?2)"
	    " ON CONFLICT (natural_id) DO UPDATE SET"
	    " name = coalesce(?2, district.name) RETURNING id";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_text(st, 1, natural_id);
	store_bind_text(st, 2, name);
	rc = store_step_id(s, st, id, "district");
	return rc == STORE_ENOTFOUND ? store_fail(s, DB_ERR, "district") : rc;
}

int store_put_school(struct store *s, const char *natural_id, const char *name,
		     const char *district_natural_id, int64_t *id)
{
	static const char *sql =
	    "INSERT INTO school (natural_id, name, district_id)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT (natural_id) DO UPDATE SET"
	    " name = coalesce(?2, school.name),"
	    " district_id = coalesce(?3, school.district_id) RETURNING id";
	int64_t district = 0;
	struct db_stmt *st;
	int rc;

	if (district_natural_id && *district_natural_id &&
	    (rc = store_put_district(s, district_natural_id, NULL, &district)) <
		0)
		return rc;
	st = store_stmt(s, sql);
	store_bind_text(st, 1, natural_id);
	store_bind_text(st, 2, name);
	store_bind_id(st, 3, district);
	rc = store_step_id(s, st, id, "school");
	return rc == STORE_ENOTFOUND ? store_fail(s, DB_ERR, "school") : rc;
}

int store_find_school(struct store *s, const char *natural_id, int64_t *id)
{
	static const char *sql = "SELECT id FROM school WHERE natural_id = ?";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, natural_id);
	return store_step_id(s, st, id, "school");
}

int store_find_assessment(struct store *s, const char *natural_id,
			  struct store_assessment *a)
{
	static const char *sql =
	    "SELECT id, subject, type, kind, family, grade, levels,"
	    " scale_low, scale_high, cut2, cut3, cut4"
	    " FROM assessment WHERE natural_id = ?";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_text(st, 1, natural_id);
	rc = db_step(st);
	if (rc == DB_ROW) {
		memset(a, 0, sizeof(*a));
		a->id = db_column_int64(st, 0);
		store_copy_text(a->subject, sizeof(a->subject), st, 1);
		store_copy_text(a->type, sizeof(a->type), st, 2);
		store_copy_text(a->kind, sizeof(a->kind), st, 3);
		store_copy_text(a->family, sizeof(a->family), st, 4);
		a->grade = (int)db_column_int64(st, 5);
		a->levels = (int)db_column_int64(st, 6);
		a->has_scale = !db_column_is_null(st, 7);
		a->scale_low = db_column_double(st, 7);
		a->scale_high = db_column_double(st, 8);
		a->cut2 = db_column_double(st, 9);
		a->cut3 = db_column_double(st, 10);
		a->cut4 = db_column_double(st, 11);
	}
	db_reset(st);
	if (rc == DB_ROW)
		return STORE_OK;
	return rc == DB_DONE ? STORE_ENOTFOUND
			     : store_fail(s, rc, "assessment");
}

/*
 * Create or update an assessment.  A package import may refine the kind
 * and label of an assessment first created from a TRT document.
 */
int store_put_assessment(struct store *s, const char *natural_id,
			 const char *label, const struct store_assessment *a,
			 int academic_year)
{
	static const char *sql =
	    "INSERT INTO assessment (natural_id, label, subject, grade,"
	    " type, kind, family, academic_year, levels, scale_low,"
	    " scale_high, cut2, cut3, cut4)"
	    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)"
	    " ON CONFLICT (natural_id) DO UPDATE SET"
	    " label = coalesce(?2, assessment.label), kind = ?6, type = ?5";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, natural_id);
	store_bind_text(st, 2, label);
	store_bind_text(st, 3, a->subject);
	store_bind_int(st, 4, a->grade);
	store_bind_text(st, 5, a->type);
	store_bind_text(st, 6, a->kind);
	store_bind_text(st, 7, a->family);
	if (academic_year > 0)
		store_bind_int(st, 8, academic_year);
	if (a->has_scale) {
		store_bind_int(st, 9, a->levels);
		store_bind_num(st, 10, 1, a->scale_low);
		store_bind_num(st, 11, 1, a->scale_high);
		store_bind_num(st, 12, 1, a->cut2);
		store_bind_num(st, 13, 1, a->cut3);
		store_bind_num(st, 14, a->cut4 > 0, a->cut4);
	}
	return store_step_done(s, st, "assessment");
}

int store_file_known(struct store *s, const char *sha256, int64_t except)
{
	static const char *sql =
	    "SELECT 1 FROM import_log WHERE sha256 = ? AND id <> ?"
	    " AND verdict IN ('accepted', 'unchanged') LIMIT 1";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, sha256);
	store_bind_int(st, 2, except);
	return store_step_id(s, st, NULL, "import log") == STORE_OK;
}

static void utc_now(char *out, size_t size)
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(out, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int store_log_import(struct store *s, const struct store_import *rec,
		     int64_t *id)
{
	static const char *sql =
	    "INSERT INTO import_log (file, sha256, format, verdict,"
	    " inserted, updated, unchanged, deleted, rows, operator,"
	    " imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id";
	struct db_stmt *st = store_stmt(s, sql);
	char now[32];
	int rc;

	utc_now(now, sizeof(now));
	store_bind_text(st, 1, rec->file);
	store_bind_text(st, 2, rec->sha256);
	store_bind_text(st, 3, rec->format);
	store_bind_text(st, 4, rec->verdict);
	store_bind_int(st, 5, rec->inserted);
	store_bind_int(st, 6, rec->updated);
	store_bind_int(st, 7, rec->unchanged);
	store_bind_int(st, 8, rec->deleted);
	store_bind_int(st, 9, rec->rows);
	store_bind_text(st, 10, rec->operator_name);
	store_bind_text(st, 11, now);
	rc = store_step_id(s, st, id, "import log");
	return rc == STORE_ENOTFOUND ? store_fail(s, DB_ERR, "import log") : rc;
}

int store_update_import(struct store *s, int64_t id,
			const struct store_import *rec)
{
	static const char *sql =
	    "UPDATE import_log SET format = ?, verdict = ?, inserted = ?,"
	    " updated = ?, unchanged = ?, deleted = ?, rows = ?"
	    " WHERE id = ?";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, rec->format);
	store_bind_text(st, 2, rec->verdict);
	store_bind_int(st, 3, rec->inserted);
	store_bind_int(st, 4, rec->updated);
	store_bind_int(st, 5, rec->unchanged);
	store_bind_int(st, 6, rec->deleted);
	store_bind_int(st, 7, rec->rows);
	store_bind_int(st, 8, id);
	return store_step_done(s, st, "import log");
}

int store_log_error(struct store *s, int64_t import_id, long line,
		    const char *field, const char *value, const char *message)
{
	static const char *sql =
	    "INSERT INTO import_error (import_id, line, field, value,"
	    " message) VALUES (?,?,?,?,?)";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, import_id);
	store_bind_int(st, 2, line);
	store_bind_text(st, 3, field);
	store_bind_text(st, 4, value);
	store_bind_text(st, 5, message);
	return store_step_done(s, st, "import error");
}
