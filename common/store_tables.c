/*
 * Store access for students by SSID, groups, organizations' details,
 * assessment packages and grants.
 */
#include "store_tables.h"

#include "store_internal.h"

/*
 * The student with this SSID, added by the SSID alone when unknown.  An
 * insert that finds the SSID taken (by another importer since the look
 * up) does nothing, and the look up runs again.
 */
int store_tables_student(struct store *s, const char *ssid, int64_t *id)
{
	static const char *find = "SELECT id FROM student WHERE ssid = ?";
	static const char *add = "INSERT INTO student (ssid) VALUES (?)"
				 " ON CONFLICT (ssid) DO NOTHING RETURNING id";
	struct db_stmt *st = store_stmt(s, find);
	int rc;

	store_bind_text(st, 1, ssid);
	rc = store_step_id(s, st, id, "student");
	if (rc != STORE_ENOTFOUND)
		return rc;
	st = store_stmt(s, add);
	store_bind_text(st, 1, ssid);
	rc = store_step_id(s, st, id, "student");
	if (rc != STORE_ENOTFOUND)
		return rc;
	st = store_stmt(s, find);
	store_bind_text(st, 1, ssid);
	return store_step_id(s, st, id, "student");
}

int store_tables_group(struct store *s, int64_t school_id, int school_year,
		       const char *name, const char *subject, int64_t *id)
{
	static const char *sql =
	    "INSERT INTO student_group (school_id, school_year, name,"
	    " subject) VALUES (?1, ?2, ?3, ?4)"
	    " ON CONFLICT (school_id, school_year, name) DO UPDATE SET"
	    " subject = coalesce(?4, student_group.subject) RETURNING id";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, school_id);
	store_bind_int(st, 2, school_year);
	store_bind_text(st, 3, name);
	store_bind_text(st, 4, subject);
	return store_step_id(s, st, id, "student group");
}

int store_tables_group_clear(struct store *s, int64_t group_id)
{
	static const char *members =
	    "DELETE FROM group_member WHERE group_id = ?";
	static const char *users = "DELETE FROM group_user WHERE group_id = ?";
	struct db_stmt *st = store_stmt(s, members);
	int rc;

	store_bind_int(st, 1, group_id);
	if ((rc = store_step_done(s, st, "group members")) < 0)
		return rc;
	st = store_stmt(s, users);
	store_bind_int(st, 1, group_id);
	return store_step_done(s, st, "group users");
}

int store_tables_group_member(struct store *s, int64_t group_id,
			      int64_t student_id)
{
	static const char *sql =
	    "INSERT INTO group_member (group_id, student_id)"
	    " VALUES (?, ?) ON CONFLICT DO NOTHING";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, group_id);
	store_bind_int(st, 2, student_id);
	return store_step_done(s, st, "group member");
}

int store_tables_group_user(struct store *s, int64_t group_id,
			    const char *login)
{
	static const char *sql = "INSERT INTO group_user (group_id, login)"
				 " VALUES (?, ?) ON CONFLICT DO NOTHING";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, group_id);
	store_bind_text(st, 2, login);
	return store_step_done(s, st, "group user");
}

int store_tables_find_district(struct store *s, const char *natural_id,
			       int64_t *id)
{
	static const char *sql = "SELECT id FROM district WHERE natural_id = ?";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, natural_id);
	return store_step_id(s, st, id, "district");
}

int store_tables_school_charter(struct store *s, int64_t school_id, int charter)
{
	static const char *sql = "UPDATE school SET charter = ? WHERE id = ?";
	struct db_stmt *st;

	if (charter < 0)
		return STORE_OK;
	st = store_stmt(s, sql);
	store_bind_int(st, 1, charter);
	store_bind_int(st, 2, school_id);
	return store_step_done(s, st, "school charter");
}

int store_tables_assessment_scale(struct store *s, int64_t assessment_id,
				  const struct store_assessment *a)
{
	static const char *sql =
	    "UPDATE assessment SET levels = ?, scale_low = ?,"
	    " scale_high = ?, cut2 = ?, cut3 = ?, cut4 = ? WHERE id = ?";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, a->levels);
	db_bind_double(st, 2, a->scale_low);
	db_bind_double(st, 3, a->scale_high);
	store_bind_num(st, 4, a->levels >= 2, a->cut2);
	store_bind_num(st, 5, a->levels >= 3, a->cut3);
	store_bind_num(st, 6, a->levels >= 4, a->cut4);
	store_bind_int(st, 7, assessment_id);
	return store_step_done(s, st, "assessment scale");
}

int store_tables_items_clear(struct store *s, int64_t assessment_id)
{
	static const char *sql = "DELETE FROM item WHERE assessment_id = ?";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, assessment_id);
	return store_step_done(s, st, "items");
}

int store_tables_item_maxima(struct store *s, int64_t assessment_id,
			     void (*fn)(void *ctx, const char *item_key,
					int max_points),
			     void *ctx)
{
	static const char *sql =
	    "SELECT item_key, max_points FROM item WHERE assessment_id = ?"
	    " AND max_points IS NOT NULL";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_int(st, 1, assessment_id);
	while ((rc = db_step(st)) == DB_ROW)
		fn(ctx, db_column_text(st, 0), (int)db_column_int64(st, 1));
	db_reset(st);
	return rc == DB_DONE ? STORE_OK : store_fail(s, rc, "items");
}

int store_tables_item(struct store *s, int64_t assessment_id,
		      const struct store_item *it)
{
	static const char *sql =
	    "INSERT INTO item (assessment_id, item_key, item_type, claim,"
	    " target, standard, dok, max_points, answer_key,"
	    " answer_options, position, writing_type)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
	    " ON CONFLICT (assessment_id, item_key) DO UPDATE SET"
	    " item_type = excluded.item_type, claim = excluded.claim,"
	    " target = excluded.target, standard = excluded.standard,"
	    " dok = excluded.dok, max_points = excluded.max_points,"
	    " answer_key = excluded.answer_key,"
	    " answer_options = excluded.answer_options,"
	    " position = excluded.position,"
	    " writing_type = excluded.writing_type";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, assessment_id);
	store_bind_text(st, 2, it->item_key);
	store_bind_text(st, 3, it->item_type);
	store_bind_text(st, 4, it->claim);
	store_bind_text(st, 5, it->target);
	store_bind_text(st, 6, it->standard);
	store_bind_num(st, 7, it->has_dok, (double)it->dok);
	store_bind_num(st, 8, it->has_max_points, (double)it->max_points);
	store_bind_text(st, 9, it->answer_key);
	store_bind_num(st, 10, it->has_answer_options,
		       (double)it->answer_options);
	store_bind_num(st, 11, it->has_position, (double)it->position);
	store_bind_text(st, 12, it->writing_type);
	return store_step_done(s, st, "item");
}

int store_tables_grants_clear(struct store *s, const char *login)
{
	static const char *sql = "DELETE FROM access_grant WHERE login = ?";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, login);
	return store_step_done(s, st, "grants");
}

int store_tables_grant(struct store *s, const char *login, const char *role,
		       const char *org)
{
	static const char *sql = "INSERT INTO access_grant (login, role, org)"
				 " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_text(st, 1, login);
	store_bind_text(st, 2, role);
	store_bind_text(st, 3, org ? org : "");
	return store_step_done(s, st, "grant");
}

int store_tables_grant_count(struct store *s)
{
	static const char *sql = "SELECT count(*) FROM access_grant";
	struct db_stmt *st = store_stmt(s, sql);
	int64_t n = 0;
	int rc = store_step_id(s, st, &n, "grants");

	return rc < 0 ? rc : (int)n;
}

int store_tables_login_sees(struct store *s, const char *login,
			    int64_t school_id)
{
	static const char *sql =
	    "SELECT 1 FROM access_grant g, school sc"
	    " LEFT JOIN district d ON d.id = sc.district_id"
	    " WHERE sc.id = ?2 AND g.login = ?1 AND (g.role = 'state'"
	    " OR (g.role IN ('school', 'teacher')"
	    " AND g.org = sc.natural_id)"
	    " OR (g.role = 'district' AND g.org = d.natural_id)) LIMIT 1";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_text(st, 1, login);
	store_bind_int(st, 2, school_id);
	rc = store_step_id(s, st, NULL, "grants");
	if (rc == STORE_ENOTFOUND)
		return 0;
	return rc < 0 ? rc : 1;
}
