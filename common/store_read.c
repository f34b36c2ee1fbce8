/*
 * Reading the store for reports.  Each reader is one prepared statement
 * over the scope's exams, stepped once, so a school costs a handful of
 * queries however many students it has.
 */
#include "store_read.h"

#include "store_internal.h"

/* Callbacks of every row type pass through the generic function pointer
 * type, and are cast back to their own type before the call. */
typedef void (*any_fn)(void);
typedef int (*visit_fn)(struct db_stmt *st, any_fn fn, void *ctx);

/*
 * The scope as SQL: "who" are its students, "ex" their exams up to the
 * year.  ?1 school id, ?2 year or 0, ?3 student id or 0.
 */
#define SCOPE_CTE                                                              \
	"WITH who(id) AS (SELECT CAST(?3 AS BIGINT) WHERE ?3 <> 0 UNION"       \
	" SELECT student_id FROM exam WHERE ?3 = 0 AND school_id = ?1"         \
	" AND deleted = 0 AND (?2 = 0 OR school_year = ?2)),"                  \
	" ex AS (SELECT e.* FROM exam e JOIN who ON e.student_id = who.id"     \
	" WHERE e.deleted = 0 AND (?2 = 0 OR e.school_year <= ?2)) "

#define IN_SCOPE "(ex.school_id = ?1 AND (?2 = 0 OR ex.school_year = ?2))"
/* The same as a number, 1 or 0, in either engine. */
#define IN_SCOPE_FLAG "CASE WHEN " IN_SCOPE " THEN 1 ELSE 0 END"

static const char *text(struct db_stmt *st, int col)
{
	return db_column_text(st, col);
}

static int has(struct db_stmt *st, int col)
{
	return !db_column_is_null(st, col);
}

/* An integer column, or fallback when NULL. */
static int int_or(struct db_stmt *st, int col, int fallback)
{
	return has(st, col) ? (int)db_column_int64(st, col) : fallback;
}

static void bind_scope(struct db_stmt *st, const struct store_scope *sc)
{
	store_bind_int(st, 1, sc->school_id);
	store_bind_int(st, 2, sc->year);
	store_bind_int(st, 3, sc->student_id);
}

static int run(struct store *s, struct db_stmt *st, const char *what,
	       visit_fn visit, any_fn fn, void *ctx)
{
	int rc;

	while ((rc = db_step(st)) == DB_ROW) {
		int stop = visit(st, fn, ctx);

		if (stop) {
			db_reset(st);
			return stop;
		}
	}
	db_reset(st);
	return rc == DB_DONE ? STORE_OK : store_fail(s, rc, what);
}

static int run_scoped(struct store *s, const char *sql,
		      const struct store_scope *sc, const char *what,
		      visit_fn visit, any_fn fn, void *ctx)
{
	struct db_stmt *st = store_stmt(s, sql);

	bind_scope(st, sc);
	return run(s, st, what, visit, fn, ctx);
}

/* ---- schools and years ---- */

static int visit_school(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_school_row r;

	r.id = db_column_int64(st, 0);
	r.natural_id = text(st, 1);
	r.name = text(st, 2);
	r.district_natural_id = text(st, 3);
	r.district_name = text(st, 4);
	return ((int (*)(void *, const struct store_school_row *))fn)(ctx, &r);
}

int store_read_schools(struct store *s,
		       int (*fn)(void *ctx, const struct store_school_row *r),
		       void *ctx)
{
	static const char *sql =
	    "SELECT s.id, s.natural_id, s.name, d.natural_id, d.name"
	    " FROM school s LEFT JOIN district d ON d.id = s.district_id"
	    " ORDER BY s.natural_id";

	return run(s, store_stmt(s, sql), "schools", visit_school, (any_fn)fn,
		   ctx);
}

static int visit_year(struct db_stmt *st, any_fn fn, void *ctx)
{
	return ((int (*)(void *, int))fn)(ctx, (int)db_column_int64(st, 0));
}

int store_read_years(struct store *s, int64_t school_id,
		     int (*fn)(void *ctx, int year), void *ctx)
{
	static const char *sql =
	    "SELECT DISTINCT school_year FROM exam WHERE school_id = ?"
	    " AND deleted = 0 ORDER BY school_year DESC";
	struct db_stmt *st = store_stmt(s, sql);

	store_bind_int(st, 1, school_id);
	return run(s, st, "years", visit_year, (any_fn)fn, ctx);
}

/* ---- assessments and students ---- */

static int visit_assessment(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_assessment_row r;

	r.id = db_column_int64(st, 0);
	r.natural_id = text(st, 1);
	r.label = text(st, 2);
	r.subject = text(st, 3);
	r.type = text(st, 4);
	r.kind = text(st, 5);
	r.family = text(st, 6);
	r.grade = (int)db_column_int64(st, 7);
	r.academic_year = int_or(st, 8, 0);
	r.levels = int_or(st, 9, 0);
	r.has_scale = has(st, 10) && has(st, 11);
	r.scale_low = db_column_double(st, 10);
	r.scale_high = db_column_double(st, 11);
	r.cut2 = db_column_double(st, 12);
	r.cut3 = db_column_double(st, 13);
	r.cut4 = db_column_double(st, 14);
	return ((int (*)(void *, const struct store_assessment_row *))fn)(ctx,
									  &r);
}

int store_read_assessments(struct store *s, const struct store_scope *sc,
			   int (*fn)(void *ctx,
				     const struct store_assessment_row *r),
			   void *ctx)
{
	static const char *sql =
	    SCOPE_CTE "SELECT a.id, a.natural_id, a.label, a.subject, a.type,"
		      " a.kind, a.family, a.grade, a.academic_year, a.levels,"
		      " a.scale_low, a.scale_high, a.cut2, a.cut3, a.cut4"
		      " FROM assessment a WHERE a.id IN"
		      " (SELECT assessment_id FROM ex) ORDER BY a.id";

	return run_scoped(s, sql, sc, "assessments", visit_assessment,
			  (any_fn)fn, ctx);
}

static int visit_student(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_student_row r;

	r.id = db_column_int64(st, 0);
	r.ssid = text(st, 1);
	r.alternate_ssid = text(st, 2);
	r.first_name = text(st, 3);
	r.middle_name = text(st, 4);
	r.last_name = text(st, 5);
	r.sex = text(st, 6);
	r.language_code = text(st, 7);
	r.elas = text(st, 8);
	r.elas_start_date = text(st, 9);
	r.military_connected = text(st, 10);
	r.hispanic = int_or(st, 11, -1);
	r.american_indian = int_or(st, 12, -1);
	r.asian = int_or(st, 13, -1);
	r.black = int_or(st, 14, -1);
	r.white = int_or(st, 15, -1);
	r.pacific_islander = int_or(st, 16, -1);
	r.filipino = int_or(st, 17, -1);
	r.two_or_more_races = int_or(st, 18, -1);
	return ((int (*)(void *, const struct store_student_row *))fn)(ctx, &r);
}

int store_read_students(struct store *s, const struct store_scope *sc,
			int (*fn)(void *ctx, const struct store_student_row *r),
			void *ctx)
{
	static const char *sql = SCOPE_CTE
	    "SELECT st.id, st.ssid, st.alternate_ssid, st.first_name,"
	    " st.middle_name, st.last_name, st.sex, st.language_code,"
	    " st.elas, st.elas_start_date, st.military_connected,"
	    " st.hispanic, st.american_indian, st.asian, st.black,"
	    " st.white, st.pacific_islander, st.filipino,"
	    " st.two_or_more_races"
	    " FROM student st JOIN who ON who.id = st.id ORDER BY st.id";

	return run_scoped(s, sql, sc, "students", visit_student, (any_fn)fn,
			  ctx);
}

/* ---- exams ---- */

static void exam_flags(struct db_stmt *st, struct store_exam_row *r)
{
	r->idea = int_or(st, 19, -1);
	r->lep = int_or(st, 20, -1);
	r->section504 = int_or(st, 21, -1);
	r->economic_disadvantage = int_or(st, 22, -1);
	r->migrant = int_or(st, 23, -1);
	r->elas = text(st, 24);
	r->language_code = text(st, 25);
	r->in_scope = (int)db_column_int64(st, 26);
}

static int visit_exam(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_exam_row r;

	r.id = db_column_int64(st, 0);
	r.assessment_id = db_column_int64(st, 1);
	r.student_id = db_column_int64(st, 2);
	r.school_id = db_column_int64(st, 3);
	r.school_year = (int)db_column_int64(st, 4);
	r.grade = int_or(st, 5, -1);
	r.opportunity = int_or(st, 6, 0);
	r.opp_key = text(st, 7);
	r.status = text(st, 8);
	r.date_completed = text(st, 9);
	r.session_id = text(st, 10);
	r.completeness = text(st, 11);
	r.admin_condition = text(st, 12);
	r.has_scale_score = has(st, 13);
	r.scale_score = db_column_double(st, 13);
	r.has_scale_se = has(st, 14);
	r.scale_se = db_column_double(st, 14);
	r.level = int_or(st, 15, 0);
	r.level_derived = (int)db_column_int64(st, 16);
	r.condition_code = text(st, 17);
	r.scored = (int)db_column_int64(st, 18);
	exam_flags(st, &r);
	return ((int (*)(void *, const struct store_exam_row *))fn)(ctx, &r);
}

int store_read_exams(struct store *s, const struct store_scope *sc,
		     int (*fn)(void *ctx, const struct store_exam_row *r),
		     void *ctx)
{
	static const char *sql = SCOPE_CTE
	    "SELECT ex.id, ex.assessment_id, ex.student_id, ex.school_id,"
	    " ex.school_year, ex.grade, ex.opportunity, ex.opp_key,"
	    " ex.status, ex.date_completed, ex.session_id,"
	    " ex.completeness, ex.admin_condition, ex.scale_score,"
	    " ex.scale_se, ex.level, ex.level_derived, ex.condition_code,"
	    " ex.scored, ex.idea, ex.lep, ex.section504,"
	    " ex.economic_disadvantage, ex.migrant, ex.elas,"
	    " ex.language_code, " IN_SCOPE_FLAG " FROM ex ORDER BY ex.id";

	return run_scoped(s, sql, sc, "exams", visit_exam, (any_fn)fn, ctx);
}

/* ---- what is filed under an exam ---- */

static int visit_score(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_score_row r;

	r.exam_id = db_column_int64(st, 0);
	r.kind = text(st, 1);
	r.code = text(st, 2);
	r.has_scale_score = has(st, 3);
	r.scale_score = db_column_double(st, 3);
	r.has_scale_se = has(st, 4);
	r.scale_se = db_column_double(st, 4);
	r.level = int_or(st, 5, 0);
	return ((int (*)(void *, const struct store_score_row *))fn)(ctx, &r);
}

int store_read_scores(struct store *s, const struct store_scope *sc,
		      int (*fn)(void *ctx, const struct store_score_row *r),
		      void *ctx)
{
	static const char *sql =
	    SCOPE_CTE "SELECT c.exam_id, c.kind, c.code, c.scale_score,"
		      " c.scale_se, c.level FROM exam_score c"
		      " JOIN ex ON ex.id = c.exam_id"
		      " ORDER BY c.exam_id, c.kind, c.code";

	return run_scoped(s, sql, sc, "scores", visit_score, (any_fn)fn, ctx);
}

static int visit_target(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_target_row r;

	r.exam_id = db_column_int64(st, 0);
	r.claim = text(st, 1);
	r.target = text(st, 2);
	r.has_student_residual = has(st, 3);
	r.student_residual = db_column_double(st, 3);
	r.has_standard_met_residual = has(st, 4);
	r.standard_met_residual = db_column_double(st, 4);
	return ((int (*)(void *, const struct store_target_row *))fn)(ctx, &r);
}

int store_read_targets(struct store *s, const struct store_scope *sc,
		       int (*fn)(void *ctx, const struct store_target_row *r),
		       void *ctx)
{
	static const char *sql =
	    SCOPE_CTE "SELECT t.exam_id, t.claim, t.target,"
		      " t.student_residual, t.standard_met_residual"
		      " FROM exam_target t JOIN ex ON ex.id = t.exam_id"
		      " ORDER BY t.exam_id, t.claim, t.target";

	return run_scoped(s, sql, sc, "targets", visit_target, (any_fn)fn, ctx);
}

static int visit_trait(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_trait_row r;

	r.exam_id = db_column_int64(st, 0);
	r.genre = text(st, 1);
	r.trait = text(st, 2);
	r.has_score = has(st, 3);
	r.score = (int)db_column_int64(st, 3);
	r.max_score = (int)db_column_int64(st, 4);
	r.condition_code = text(st, 5);
	return ((int (*)(void *, const struct store_trait_row *))fn)(ctx, &r);
}

int store_read_traits(struct store *s, const struct store_scope *sc,
		      int (*fn)(void *ctx, const struct store_trait_row *r),
		      void *ctx)
{
	static const char *sql =
	    SCOPE_CTE "SELECT t.exam_id, t.genre, t.trait, t.score,"
		      " t.max_score, t.condition_code FROM exam_trait t"
		      " JOIN ex ON ex.id = t.exam_id"
		      " ORDER BY t.exam_id, t.genre, t.trait";

	return run_scoped(s, sql, sc, "traits", visit_trait, (any_fn)fn, ctx);
}

static int visit_accommodation(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_accommodation_row r;

	r.exam_id = db_column_int64(st, 0);
	r.code = text(st, 1);
	r.type = text(st, 2);
	r.value = text(st, 3);
	r.segment = (int)db_column_int64(st, 4);
	return ((int (*)(void *, const struct store_accommodation_row *))fn)(
	    ctx, &r);
}

int store_read_accommodations(
    struct store *s, const struct store_scope *sc,
    int (*fn)(void *ctx, const struct store_accommodation_row *r), void *ctx)
{
	static const char *sql =
	    SCOPE_CTE "SELECT a.exam_id, a.code, a.type, a.value,"
		      " a.segment FROM exam_accommodation a"
		      " JOIN ex ON ex.id = a.exam_id"
		      " ORDER BY a.exam_id, a.segment, a.code";

	return run_scoped(s, sql, sc, "accommodations", visit_accommodation,
			  (any_fn)fn, ctx);
}

/* ---- items ---- */

static int visit_exam_item(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_exam_item_row r;

	r.exam_id = db_column_int64(st, 0);
	r.position = (int)db_column_int64(st, 1);
	r.item_key = text(st, 2);
	r.format = text(st, 3);
	r.has_score = has(st, 4);
	r.score = db_column_double(st, 4);
	r.has_max_score = has(st, 5);
	r.max_score = db_column_double(st, 5);
	r.score_status = text(st, 6);
	r.response = text(st, 7);
	r.claim = text(st, 8);
	r.target = text(st, 9);
	r.operational = int_or(st, 10, 1);
	return ((int (*)(void *, const struct store_exam_item_row *))fn)(ctx,
									 &r);
}

int store_read_exam_items(struct store *s, const struct store_scope *sc,
			  int (*fn)(void *ctx,
				    const struct store_exam_item_row *r),
			  void *ctx)
{
	static const char *sql =
	    SCOPE_CTE "SELECT i.exam_id, i.position, i.item_key, i.format,"
		      " i.score, i.max_score, i.score_status, i.response,"
		      " i.claim, i.target, i.operational FROM exam_item i"
		      " JOIN ex ON ex.id = i.exam_id WHERE " IN_SCOPE
		      " AND ex.assessment_id IN (SELECT id FROM assessment"
		      " WHERE kind <> 'SUM')"
		      " ORDER BY i.exam_id, i.position, i.item_key";

	return run_scoped(s, sql, sc, "exam items", visit_exam_item, (any_fn)fn,
			  ctx);
}

static int visit_item(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_item_row r;

	r.assessment_id = db_column_int64(st, 0);
	r.item_key = text(st, 1);
	r.item_type = text(st, 2);
	r.claim = text(st, 3);
	r.target = text(st, 4);
	r.standard = text(st, 5);
	r.dok = int_or(st, 6, -1);
	r.max_points = int_or(st, 7, -1);
	r.answer_key = text(st, 8);
	r.answer_options = int_or(st, 9, -1);
	r.position = int_or(st, 10, -1);
	r.writing_type = text(st, 11);
	return ((int (*)(void *, const struct store_item_row *))fn)(ctx, &r);
}

int store_read_items(struct store *s, const struct store_scope *sc,
		     int (*fn)(void *ctx, const struct store_item_row *r),
		     void *ctx)
{
	static const char *sql =
	    "SELECT assessment_id, item_key, item_type, claim, target,"
	    " standard, dok, max_points, answer_key, answer_options,"
	    " position, writing_type FROM item WHERE assessment_id IN"
	    " (SELECT assessment_id FROM exam WHERE school_id = ?1"
	    " AND deleted = 0 AND (?2 = 0 OR school_year = ?2))"
	    " ORDER BY assessment_id, position NULLS FIRST, item_key";

	return run_scoped(s, sql, sc, "items", visit_item, (any_fn)fn, ctx);
}

/* ---- groups ---- */

static int visit_group(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_group_row r;

	r.id = db_column_int64(st, 0);
	r.school_year = (int)db_column_int64(st, 1);
	r.name = text(st, 2);
	r.subject = text(st, 3);
	return ((int (*)(void *, const struct store_group_row *))fn)(ctx, &r);
}

int store_read_groups(struct store *s, const struct store_scope *sc,
		      int (*fn)(void *ctx, const struct store_group_row *r),
		      void *ctx)
{
	static const char *sql =
	    "SELECT id, school_year, name, subject FROM student_group"
	    " WHERE school_id = ?1 AND (?2 = 0 OR school_year = ?2)"
	    " ORDER BY school_year DESC, name, id";

	return run_scoped(s, sql, sc, "groups", visit_group, (any_fn)fn, ctx);
}

static int visit_member(struct db_stmt *st, any_fn fn, void *ctx)
{
	struct store_member_row r;

	r.group_id = db_column_int64(st, 0);
	r.student_id = db_column_int64(st, 1);
	return ((int (*)(void *, const struct store_member_row *))fn)(ctx, &r);
}

int store_read_group_members(struct store *s, const struct store_scope *sc,
			     int (*fn)(void *ctx,
				       const struct store_member_row *r),
			     void *ctx)
{
	static const char *sql =
	    "SELECT m.group_id, m.student_id FROM group_member m"
	    " JOIN student_group g ON g.id = m.group_id"
	    " WHERE g.school_id = ?1 AND (?2 = 0 OR g.school_year = ?2)"
	    " ORDER BY m.group_id, m.student_id";

	return run_scoped(s, sql, sc, "group members", visit_member, (any_fn)fn,
			  ctx);
}
