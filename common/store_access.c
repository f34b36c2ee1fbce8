/*
 * A teacher's groups and students, from group_user: the rows the groups
 * file assigns to each login.  ?1 school id, ?2 year or 0, ?3 login.
 */
#include "store_access.h"

#include "store_internal.h"

#define TEACHER_GROUPS                                                         \
	"SELECT g.id FROM student_group g JOIN group_user u"                   \
	" ON u.group_id = g.id WHERE g.school_id = ?1"                         \
	" AND (?2 = 0 OR g.school_year = ?2) AND u.login = ?3"

static int each_id(struct store *s, struct db_stmt *st, const char *what,
		   int (*fn)(void *ctx, int64_t id), void *ctx)
{
	int rc;

	while ((rc = db_step(st)) == DB_ROW) {
		int stop = fn(ctx, db_column_int64(st, 0));

		if (stop) {
			db_reset(st);
			return stop;
		}
	}
	db_reset(st);
	return rc == DB_DONE ? STORE_OK : store_fail(s, rc, what);
}

static struct db_stmt *bound(struct store *s, const char *sql,
			     int64_t school_id, int year, const char *login)
{
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, school_id);
	store_bind_int(st, 2, year);
	store_bind_text(st, 3, login);
	return st;
}

int store_access_groups(struct store *s, int64_t school_id, int year,
			const char *login, int (*fn)(void *ctx, int64_t id),
			void *ctx)
{
	static const char *sql = TEACHER_GROUPS " ORDER BY g.id";

	return each_id(s, bound(s, sql, school_id, year, login),
		       "teacher groups", fn, ctx);
}

int store_access_students(struct store *s, int64_t school_id, int year,
			  const char *login, int (*fn)(void *ctx, int64_t id),
			  void *ctx)
{
	static const char *sql =
	    "SELECT DISTINCT m.student_id FROM group_member m"
	    " WHERE m.group_id IN (" TEACHER_GROUPS ")"
	    " ORDER BY m.student_id";

	return each_id(s, bound(s, sql, school_id, year, login),
		       "teacher students", fn, ctx);
}
