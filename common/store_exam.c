/*
 * Filing exams: the student upsert, the update rules and the children.
 */
#include "store_internal.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "xalloc.h"

const char *store_exam_as_of(const struct exam *e)
{
	return e->status_date && *e->status_date ? e->status_date
						 : e->date_completed;
}

static void bind_student(struct db_stmt *st, const struct exam_student *p)
{
	store_bind_text(st, 2, p->alternate_ssid);
	store_bind_text(st, 3, p->first_name);
	store_bind_text(st, 4, p->middle_name);
	store_bind_text(st, 5, p->last_name);
	store_bind_text(st, 6, p->alias_name);
	store_bind_text(st, 7, p->birthdate);
	store_bind_text(st, 8, p->sex);
	store_bind_flag(st, 9, p->hispanic);
	store_bind_flag(st, 10, p->american_indian);
	store_bind_flag(st, 11, p->asian);
	store_bind_flag(st, 12, p->black);
	store_bind_flag(st, 13, p->white);
	store_bind_flag(st, 14, p->pacific_islander);
	store_bind_flag(st, 15, p->filipino);
	store_bind_flag(st, 16, p->two_or_more_races);
	store_bind_text(st, 17, p->language_code);
	store_bind_text(st, 18, p->elas);
	store_bind_text(st, 19, p->elas_start_date);
	store_bind_text(st, 20, p->first_entry_us_school);
	store_bind_text(st, 21, p->lep_entry_date);
	store_bind_text(st, 22, p->lep_exit_date);
	store_bind_text(st, 23, p->primary_disability);
	store_bind_text(st, 24, p->military_connected);
}

/* Whether the exam being filed is at least as new as the student row. */
#define NEWER_EXAM                                                             \
	"(student.demographics_date IS NULL"                                   \
	" OR student.demographics_date <= ?25)"

/*
 * A newer exam's value replaces the stored one; an older exam's value
 * only fills a value the store lacks.  Either way a value the file
 * leaves out never erases one the store knows.
 */
#define SET_DEMOGRAPHIC(column, param)                                         \
	" " #column " = CASE WHEN " NEWER_EXAM " THEN coalesce(?" #param       \
	", student." #column ") ELSE coalesce(student." #column ", ?" #param   \
	") END,"

/* The demographics an exam writes, from parameters ?2 to ?25. */
/* clang-format off */
#define SET_STUDENT \
	SET_DEMOGRAPHIC(alternate_ssid, 2) \
	SET_DEMOGRAPHIC(first_name, 3) \
	SET_DEMOGRAPHIC(middle_name, 4) \
	SET_DEMOGRAPHIC(last_name, 5) \
	SET_DEMOGRAPHIC(alias_name, 6) \
	SET_DEMOGRAPHIC(birthdate, 7) \
	SET_DEMOGRAPHIC(sex, 8) \
	SET_DEMOGRAPHIC(hispanic, 9) \
	SET_DEMOGRAPHIC(american_indian, 10) \
	SET_DEMOGRAPHIC(asian, 11) \
	SET_DEMOGRAPHIC(black, 12) \
	SET_DEMOGRAPHIC(white, 13) \
	SET_DEMOGRAPHIC(pacific_islander, 14) \
	SET_DEMOGRAPHIC(filipino, 15) \
	SET_DEMOGRAPHIC(two_or_more_races, 16) \
	SET_DEMOGRAPHIC(language_code, 17) \
	SET_DEMOGRAPHIC(elas, 18) \
	SET_DEMOGRAPHIC(elas_start_date, 19) \
	SET_DEMOGRAPHIC(first_entry_us_school, 20) \
	SET_DEMOGRAPHIC(lep_entry_date, 21) \
	SET_DEMOGRAPHIC(lep_exit_date, 22) \
	SET_DEMOGRAPHIC(primary_disability, 23) \
	SET_DEMOGRAPHIC(military_connected, 24) \
	" demographics_date = CASE WHEN " NEWER_EXAM \
	" THEN ?25 ELSE student.demographics_date END"

#define INSERT_STUDENT \
	"INSERT INTO student (ssid, alternate_ssid, first_name," \
	" middle_name, last_name, alias_name, birthdate, sex, hispanic," \
	" american_indian, asian, black, white, pacific_islander," \
	" filipino, two_or_more_races, language_code, elas," \
	" elas_start_date, first_entry_us_school, lep_entry_date," \
	" lep_exit_date, primary_disability, military_connected," \
	" demographics_date) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10," \
	"?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25)"
/* clang-format on */

static void bind_student_row(struct db_stmt *st, const struct exam *e)
{
	store_bind_text(st, 1, e->student.ssid);
	bind_student(st, &e->student);
	store_bind_text(st, 25, store_exam_as_of(e));
}

/*
 * Where the store writes alone, the student is looked up and then
 * inserted or updated.  SQLite collects what an upsert returns in a
 * temporary table on every call; the look-up and the plain write cost
 * about half as much.
 */
static int look_up_and_put_student(struct store *s, const struct exam *e,
				   int64_t *id)
{
	static const char *find = "SELECT id FROM student WHERE ssid = ?";
	static const char *insert = INSERT_STUDENT " RETURNING id";
	static const char *update =
	    "UPDATE student SET" SET_STUDENT " WHERE id = ?26";
	struct db_stmt *st = store_stmt(s, find);
	int rc;

	store_bind_text(st, 1, e->student.ssid);
	rc = store_step_id(s, st, id, "student");
	if (rc == STORE_OK) {
		st = store_stmt(s, update);
		bind_student_row(st, e);
		store_bind_int(st, 26, *id);
		return store_step_done(s, st, "student");
	}
	if (rc != STORE_ENOTFOUND)
		return rc;
	st = store_stmt(s, insert);
	bind_student_row(st, e);
	rc = store_step_id(s, st, id, "student");
	return rc == STORE_ENOTFOUND ? store_fail(s, DB_ERR, "student") : rc;
}

/*
 * Insert the student, or update their demographics: newer exams
 * overwrite, older ones fill gaps, so the files' order matters less.
 */
static int put_student(struct store *s, const struct exam *e, int64_t *id)
{
	static const char *sql = INSERT_STUDENT
	    " ON CONFLICT (ssid) DO UPDATE SET" SET_STUDENT " RETURNING id";
	struct db_stmt *st;
	int rc;

	if (db_writes_alone(s->db))
		return look_up_and_put_student(s, e, id);
	st = store_stmt(s, sql);
	bind_student_row(st, e);
	rc = store_step_id(s, st, id, "student");
	return rc == STORE_ENOTFOUND ? store_fail(s, DB_ERR, "student") : rc;
}

struct existing_exam {
	int64_t id;
	char status_date[40];
	char digest[DIGEST_HEX_LEN + 1];
	int deleted;
};

static int find_exam(struct store *s, int64_t assessment_id,
		     const char *opp_key, struct existing_exam *out)
{
	static const char *sql =
	    "SELECT id, coalesce(status_date, date_completed),"
	    " content_digest, deleted FROM exam"
	    " WHERE assessment_id = ? AND opp_key = ?";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_int(st, 1, assessment_id);
	store_bind_text(st, 2, opp_key);
	rc = db_step(st);
	if (rc == DB_ROW) {
		out->id = db_column_int64(st, 0);
		store_copy_text(out->status_date, sizeof(out->status_date), st,
				1);
		store_copy_text(out->digest, sizeof(out->digest), st, 2);
		out->deleted = (int)db_column_int64(st, 3);
	}
	db_reset(st);
	if (rc == DB_ROW)
		return STORE_OK;
	return rc == DB_DONE ? STORE_ENOTFOUND : store_fail(s, rc, "exam");
}

/* The exam row's columns, bound in the order of both statements below. */
static void bind_exam(struct db_stmt *st, const struct exam *e)
{
	store_bind_text(st, 5, e->status);
	store_bind_text(st, 6, e->status_date);
	store_bind_text(st, 7, e->date_completed);
	store_bind_text(st, 8, e->start_date);
	store_bind_text(st, 9, e->session_id);
	store_bind_text(st, 10, e->completeness ? e->completeness : "Complete");
	store_bind_text(st, 11, e->admin_condition);
	store_bind_num(st, 12, e->has_scale_score, e->scale_score);
	store_bind_num(st, 13, e->has_scale_se, e->scale_se);
	store_bind_num(st, 14, e->level > 0, e->level);
	store_bind_int(st, 15, e->level_derived);
	store_bind_num(st, 16, e->has_theta, e->theta);
	store_bind_num(st, 17, e->has_theta_se, e->theta_se);
	store_bind_text(st, 18, e->condition_code);
	store_bind_text(st, 19, e->include_code);
	store_bind_int(st, 20, e->scored);
	store_bind_flag(st, 21, e->student.idea);
	store_bind_flag(st, 22, e->student.lep);
	store_bind_flag(st, 23, e->student.section504);
	store_bind_flag(st, 24, e->student.economic_disadvantage);
	store_bind_flag(st, 25, e->student.migrant);
	store_bind_text(st, 26, e->student.elas);
	store_bind_text(st, 27, e->student.language_code);
	store_bind_text(st, 28, e->source);
	store_bind_num(st, 30, e->grade >= 0, e->grade);
	store_bind_int(st, 31, e->school_year);
	store_bind_num(st, 32, e->opportunity > 0, e->opportunity);
}

/* Parameters ?3 to ?33 of both exam statements: ids are assessment,
 * student, school and import. */
static void bind_exam_row(struct db_stmt *st, const struct exam *e,
			  const int64_t ids[4], const char *digest)
{
	store_bind_int(st, 3, ids[1]);
	store_bind_int(st, 4, ids[2]);
	bind_exam(st, e);
	store_bind_id(st, 29, ids[3]);
	store_bind_text(st, 33, digest);
}

/*
 * Another importer filed the same exam between our look up and our
 * write (only possible on a server): look again and decide anew.
 */
#define EXAM_RACED 1

static int insert_exam(struct store *s, const struct exam *e, int64_t ids[4],
		       const char *digest, int64_t *id)
{
	static const char *sql =
	    "INSERT INTO exam (assessment_id, opp_key, student_id,"
	    " school_id, " EXAM_COLUMNS ", content_digest) VALUES (?1,?2,"
	    "?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
	    "?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33)"
	    " ON CONFLICT (assessment_id, opp_key) DO NOTHING RETURNING id";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_int(st, 1, ids[0]);
	store_bind_text(st, 2, e->opp_key);
	bind_exam_row(st, e, ids, digest);
	rc = store_step_id(s, st, id, "exam");
	return rc == STORE_ENOTFOUND ? EXAM_RACED : rc;
}

/* The exam row's new values, from parameters ?3 to ?33. */
#define SET_EXAM                                                               \
	"UPDATE exam SET student_id = ?3, school_id = ?4,"                     \
	" status = ?5, status_date = ?6, date_completed = ?7,"                 \
	" start_date = ?8, session_id = ?9, completeness = ?10,"               \
	" admin_condition = ?11, scale_score = ?12, scale_se = ?13,"           \
	" level = ?14, level_derived = ?15, theta = ?16,"                      \
	" theta_se = ?17, condition_code = ?18, include_code = ?19,"           \
	" scored = ?20, idea = ?21, lep = ?22, section504 = ?23,"              \
	" economic_disadvantage = ?24, migrant = ?25, elas = ?26,"             \
	" language_code = ?27, source = ?28, import_id = ?29,"                 \
	" grade = ?30, school_year = ?31, opportunity = ?32,"                  \
	" content_digest = ?33, deleted = 0 WHERE id = ?1"

/*
 * The exam's row as looked at is replaced: where the store writes
 * alone it cannot have changed since, and the plain update costs less
 * than one that returns what it did (SQLite collects that in a
 * temporary table each time).  On a server the row must still be the
 * one looked at (old's digest and deleted flag): another importer's
 * change in between is EXAM_RACED.
 */
static int update_exam_row(struct store *s, const struct exam *e,
			   int64_t ids[4], const char *digest,
			   const struct existing_exam *old)
{
	static const char *alone = SET_EXAM;
	static const char *guarded =
	    SET_EXAM " AND content_digest = ?34 AND deleted = ?35 RETURNING id";
	int writes_alone = db_writes_alone(s->db);
	struct db_stmt *st = store_stmt(s, writes_alone ? alone : guarded);
	int rc;

	store_bind_int(st, 1, old->id);
	bind_exam_row(st, e, ids, digest);
	if (writes_alone)
		return store_step_done(s, st, "exam update");
	store_bind_text(st, 34, old->digest);
	store_bind_int(st, 35, old->deleted);
	rc = store_step_id(s, st, NULL, "exam update");
	return rc == STORE_ENOTFOUND ? EXAM_RACED : rc;
}

/* Replace the row in place and drop its children, which follow anew. */
static int replace_exam(struct store *s, const struct exam *e, int64_t ids[4],
			const char *digest, const struct existing_exam *old)
{
	static const char *const children[] = {
		"DELETE FROM exam_score WHERE exam_id = ?",
		"DELETE FROM exam_target WHERE exam_id = ?",
		"DELETE FROM exam_trait WHERE exam_id = ?",
		"DELETE FROM exam_accommodation WHERE exam_id = ?",
		"DELETE FROM exam_item WHERE exam_id = ?",
		"DELETE FROM exam_item_dimension WHERE exam_id = ?",
	};
	struct db_stmt *st;
	size_t i;
	int rc;

	if ((rc = update_exam_row(s, e, ids, digest, old)) != STORE_OK)
		return rc;
	for (i = 0; i < sizeof(children) / sizeof(children[0]); i++) {
		st = store_stmt(s, children[i]);
		store_bind_int(st, 1, old->id);
		if ((rc = store_step_done(s, st, "exam children")) < 0)
			return rc;
	}
	return STORE_OK;
}

/*
 * Children are filed several rows to a statement: a statement's fixed
 * cost (start, halt, reset) was a quarter of filing a score data file,
 * whose exams have four to seven children each.  The statements for one
 * to CHILD_CHUNK rows are spelled out here so they stay constant text.
 */
#define CHILD_CHUNK 8
#define ROWS1(r)    r
#define ROWS2(r)    ROWS1(r) "," r
#define ROWS3(r)    ROWS2(r) "," r
#define ROWS4(r)    ROWS3(r) "," r
#define ROWS5(r)    ROWS4(r) "," r
#define ROWS6(r)    ROWS5(r) "," r
#define ROWS7(r)    ROWS6(r) "," r
#define ROWS8(r)    ROWS7(r) "," r
#define BY_ROW_COUNT(head, r, tail)                                            \
	{                                                                      \
		NULL, head ROWS1(r) tail, head ROWS2(r) tail,                  \
		    head ROWS3(r) tail, head ROWS4(r) tail,                    \
		    head ROWS5(r) tail, head ROWS6(r) tail,                    \
		    head ROWS7(r) tail, head ROWS8(r) tail                     \
	}

/* Keys compare equal when both are missing, as a repeat would. */
static int same_text(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/* How one kind of child is filed: its statements and its row binder. */
struct child_kind {
	const char *const *sql; /* indexed by row count, 1..CHILD_CHUNK */
	int columns;
	const char *context;
	/* Bind row i of the exam's children from parameter first on. */
	void (*bind)(struct db_stmt *st, int first, const struct exam *e,
		     int i);
	/* Whether rows i and j have the same key (the one filed last wins). */
	int (*same_key)(const struct exam *e, int i, int j);
	size_t count_at; /* offset of the exam's count of these rows */
};

/* One child row: row of exam e, filed as a child of the exam row id. */
struct child_ref {
	const struct exam *e;
	int64_t id;
	int row;
};

/*
 * How many rows from first on can go in one statement: at most
 * CHILD_CHUNK, and no two with one key, since one statement may touch a
 * row only once in PostgreSQL.  A repeated key starts the next statement,
 * which replaces the earlier row as a second statement does in SQLite.
 */
static int chunk_rows(const struct child_kind *kind,
		      const struct child_ref *refs, int first, int count)
{
	int rows, j;

	for (rows = 1; rows < CHILD_CHUNK && first + rows < count; rows++) {
		const struct child_ref *next = &refs[first + rows];

		for (j = first; j < first + rows; j++)
			if (refs[j].e == next->e &&
			    kind->same_key(next->e, refs[j].row, next->row))
				return rows;
	}
	return rows;
}

static int put_child_rows(struct store *s, const struct child_kind *kind,
			  const struct child_ref *refs, int count)
{
	int done = 0, rc;

	while (done < count) {
		int rows = chunk_rows(kind, refs, done, count);
		struct db_stmt *st = store_stmt(s, kind->sql[rows]);
		int r;

		for (r = 0; r < rows; r++) {
			const struct child_ref *ref = &refs[done + r];
			int first = r * kind->columns + 1;

			store_bind_int(st, first, ref->id);
			kind->bind(st, first + 1, ref->e, ref->row);
		}
		if ((rc = store_step_done(s, st, kind->context)) < 0)
			return rc;
		done += rows;
	}
	return STORE_OK;
}

static void bind_score(struct db_stmt *st, int p, const struct exam *e, int i)
{
	const struct exam_score *c = &e->scores[i];

	store_bind_text(st, p, c->kind);
	store_bind_text(st, p + 1, c->code);
	store_bind_num(st, p + 2, c->has_scale_score, c->scale_score);
	store_bind_num(st, p + 3, c->has_scale_se, c->scale_se);
	store_bind_num(st, p + 4, c->level > 0, c->level);
}

static int same_score(const struct exam *e, int i, int j)
{
	return same_text(e->scores[i].kind, e->scores[j].kind) &&
	       same_text(e->scores[i].code, e->scores[j].code);
}

static const char *const score_sql[] =
    BY_ROW_COUNT("INSERT INTO exam_score (exam_id, kind, code,"
		 " scale_score, scale_se, level) VALUES ",
		 "(?,?,?,?,?,?)",
		 " ON CONFLICT (exam_id, kind, code) DO UPDATE SET"
		 " scale_score = excluded.scale_score,"
		 " scale_se = excluded.scale_se, level = excluded.level");

static const struct child_kind score_kind = {
	score_sql,  6,		"exam score",
	bind_score, same_score, offsetof(struct exam, scores_count)
};

static void bind_target(struct db_stmt *st, int p, const struct exam *e, int i)
{
	const struct exam_target *t = &e->targets[i];

	store_bind_text(st, p, t->claim);
	store_bind_text(st, p + 1, t->target);
	store_bind_num(st, p + 2, t->has_student_residual, t->student_residual);
	store_bind_num(st, p + 3, t->has_standard_met_residual,
		       t->standard_met_residual);
}

static int same_target(const struct exam *e, int i, int j)
{
	return same_text(e->targets[i].claim, e->targets[j].claim) &&
	       same_text(e->targets[i].target, e->targets[j].target);
}

static const char *const target_sql[] =
    BY_ROW_COUNT("INSERT INTO exam_target (exam_id, claim, target,"
		 " student_residual, standard_met_residual) VALUES ",
		 "(?,?,?,?,?)",
		 " ON CONFLICT (exam_id, claim, target) DO UPDATE SET"
		 " student_residual = excluded.student_residual,"
		 " standard_met_residual = excluded.standard_met_residual");

static const struct child_kind target_kind = {
	target_sql,  5,		  "exam target",
	bind_target, same_target, offsetof(struct exam, targets_count)
};

static void bind_trait(struct db_stmt *st, int p, const struct exam *e, int i)
{
	const struct exam_trait *t = &e->traits[i];

	store_bind_text(st, p, t->genre);
	store_bind_text(st, p + 1, t->trait);
	store_bind_num(st, p + 2, t->has_score, t->score);
	store_bind_int(st, p + 3, t->max_score);
	store_bind_text(st, p + 4, t->condition_code);
}

static int same_trait(const struct exam *e, int i, int j)
{
	return same_text(e->traits[i].genre, e->traits[j].genre) &&
	       same_text(e->traits[i].trait, e->traits[j].trait);
}

static const char *const trait_sql[] =
    BY_ROW_COUNT("INSERT INTO exam_trait (exam_id, genre, trait,"
		 " score, max_score, condition_code) VALUES ",
		 "(?,?,?,?,?,?)",
		 " ON CONFLICT (exam_id, genre, trait) DO UPDATE SET"
		 " score = excluded.score, max_score = excluded.max_score,"
		 " condition_code = excluded.condition_code");

static const struct child_kind trait_kind = {
	trait_sql,  6,		"exam trait",
	bind_trait, same_trait, offsetof(struct exam, traits_count)
};

static void bind_accommodation(struct db_stmt *st, int p, const struct exam *e,
			       int i)
{
	const struct exam_accommodation *a = &e->accommodations[i];

	store_bind_text(st, p, a->code);
	store_bind_text(st, p + 1, a->type);
	store_bind_text(st, p + 2, a->value);
	store_bind_int(st, p + 3, a->segment);
}

static int same_accommodation(const struct exam *e, int i, int j)
{
	return same_text(e->accommodations[i].code,
			 e->accommodations[j].code) &&
	       e->accommodations[i].segment == e->accommodations[j].segment;
}

static const char *const accommodation_sql[] =
    BY_ROW_COUNT("INSERT INTO exam_accommodation (exam_id, code,"
		 " type, value, segment) VALUES ",
		 "(?,?,?,?,?)",
		 " ON CONFLICT (exam_id, code, segment) DO UPDATE SET"
		 " type = excluded.type, value = excluded.value");

static const struct child_kind accommodation_kind = {
	accommodation_sql,  5,
	"accommodation",    bind_accommodation,
	same_accommodation, offsetof(struct exam, accommodations_count)
};

static void bind_item(struct db_stmt *st, int p, const struct exam *e, int i)
{
	const struct exam_item *it = &e->items[i];

	store_bind_int(st, p, it->position);
	store_bind_text(st, p + 1, it->item_key);
	store_bind_text(st, p + 2, it->format);
	store_bind_num(st, p + 3, it->has_score, it->score);
	store_bind_num(st, p + 4, it->has_max_score, it->max_score);
	store_bind_text(st, p + 5, it->score_status);
	store_bind_text(st, p + 6, it->response);
	store_bind_num(st, p + 7, it->has_duration, it->duration);
	store_bind_num(st, p + 8, it->has_visits, it->visits);
	store_bind_text(st, p + 9, it->claim);
	store_bind_text(st, p + 10, it->target);
	store_bind_int(st, p + 11, it->operational);
}

static int same_item(const struct exam *e, int i, int j)
{
	return e->items[i].position == e->items[j].position &&
	       same_text(e->items[i].item_key, e->items[j].item_key);
}

static const char *const item_sql[] = BY_ROW_COUNT(
    "INSERT INTO exam_item (exam_id, position, item_key,"
    " format, score, max_score, score_status, response, duration,"
    " visits, claim, target, operational) VALUES ",
    "(?,?,?,?,?,?,?,?,?,?,?,?,?)",
    " ON CONFLICT (exam_id, position, item_key) DO UPDATE SET"
    " format = excluded.format, score = excluded.score,"
    " max_score = excluded.max_score,"
    " score_status = excluded.score_status,"
    " response = excluded.response, duration = excluded.duration,"
    " visits = excluded.visits, claim = excluded.claim,"
    " target = excluded.target, operational = excluded.operational");

static const struct child_kind item_kind = {
	item_sql,  13,	      "exam item",
	bind_item, same_item, offsetof(struct exam, items_count)
};

/* StudentGroupName puts the student in a group of that name and year. */
static int put_groups(struct store *s, const struct exam *e, int64_t student_id,
		      int64_t school_id)
{
	static const char *group_sql =
	    "INSERT INTO student_group (school_id, school_year, name)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT (school_id, school_year, name)"
	    " DO UPDATE SET name = excluded.name RETURNING id";
	static const char *member_sql =
	    "INSERT INTO group_member (group_id, student_id)"
	    " VALUES (?, ?) ON CONFLICT DO NOTHING";
	int i, rc;

	for (i = 0; i < e->groups_count; i++) {
		struct db_stmt *st = store_stmt(s, group_sql);
		int64_t group_id;

		store_bind_int(st, 1, school_id);
		store_bind_int(st, 2, e->school_year);
		store_bind_text(st, 3, e->groups[i]);
		rc = store_step_id(s, st, &group_id, "student group");
		if (rc == STORE_ENOTFOUND)
			rc = store_fail(s, DB_ERR, "student group");
		if (rc < 0)
			return rc;
		st = store_stmt(s, member_sql);
		store_bind_int(st, 1, group_id);
		store_bind_int(st, 2, student_id);
		if ((rc = store_step_done(s, st, "group member")) < 0)
			return rc;
	}
	return STORE_OK;
}

/* Dimensions are few (hand-scored items only): one statement each. */
static int put_dimensions(struct store *s, const struct exam *e, int64_t id)
{
	static const char *sql =
	    "INSERT INTO exam_item_dimension (exam_id, item_key,"
	    " dimension, score, max_score, score_status, condition_code)"
	    " VALUES (?,?,?,?,?,?,?)"
	    " ON CONFLICT (exam_id, item_key, dimension) DO UPDATE SET"
	    " score = excluded.score, max_score = excluded.max_score,"
	    " score_status = excluded.score_status,"
	    " condition_code = excluded.condition_code";
	int i, j, rc;

	for (i = 0; i < e->items_count; i++) {
		const struct exam_item *it = &e->items[i];

		for (j = 0; j < it->dimension_count; j++) {
			const struct exam_item_dimension *d =
			    &it->dimensions[j];
			struct db_stmt *st = store_stmt(s, sql);

			store_bind_int(st, 1, id);
			store_bind_text(st, 2, it->item_key);
			store_bind_text(st, 3, d->dimension);
			store_bind_num(st, 4, d->has_score, d->score);
			store_bind_num(st, 5, d->has_max_score, d->max_score);
			store_bind_text(st, 6, d->score_status);
			store_bind_text(st, 7, d->condition_code);
			if ((rc = store_step_done(s, st, "item dimension")) < 0)
				return rc;
		}
	}
	return STORE_OK;
}

/* How many children of one kind an exam has. */
static int child_count(const struct child_kind *kind, const struct exam *e)
{
	return *(const int *)((const char *)e + kind->count_at);
}

/* The rows of one kind of the n exams, in order, into *refs; how many. */
static int gather_rows(const struct child_kind *kind,
		       const struct exam *const *exams, const int64_t *ids,
		       int n, struct child_ref **refs)
{
	int count = 0, i, row;

	for (i = 0; i < n; i++)
		count += child_count(kind, exams[i]);
	*refs = xrealloc(*refs, (size_t)(count ? count : 1) * sizeof(**refs));
	count = 0;
	for (i = 0; i < n; i++)
		for (row = 0; row < child_count(kind, exams[i]); row++) {
			struct child_ref *ref = &(*refs)[count++];

			ref->e = exams[i];
			ref->id = ids[i];
			ref->row = row;
		}
	return count;
}

/* File the children of n exams (exams[i] is exam row ids[i]). */
static int put_children(struct store *s, const struct exam *const *exams,
			const int64_t *ids, int n)
{
	static const struct child_kind *const kinds[] = {
		&score_kind,	     &target_kind, &trait_kind,
		&accommodation_kind, &item_kind,
	};
	struct child_ref *refs = NULL;
	size_t k;
	int i, count, rc = STORE_OK;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]) && rc >= 0; k++) {
		count = gather_rows(kinds[k], exams, ids, n, &refs);
		rc = put_child_rows(s, kinds[k], refs, count);
	}
	free(refs);
	for (i = 0; i < n && rc >= 0; i++)
		rc = put_dimensions(s, exams[i], ids[i]);
	return rc;
}

/*
 * Exams of a batch whose children wait, to be filed several exams' rows
 * to a statement: fewer statements than exams, where one exam's
 * children fill one or two.  The exams are new, or replaced with their
 * old children deleted: nothing else touches their children until the
 * queue is flushed, which happens before any later row of the batch
 * looks at a stored exam.
 */
struct child_queue {
	const struct exam **exams;
	int64_t *ids;
	int count;
};

static int flush_children(struct store *s, struct child_queue *q)
{
	int rc;

	if (!q || q->count == 0)
		return STORE_OK;
	rc = put_children(s, q->exams, q->ids, q->count);
	q->count = 0;
	return rc;
}

/* Queue the children of exam id, or file them when there is no queue. */
static int queue_children(struct store *s, struct child_queue *q,
			  const struct exam *e, int64_t id)
{
	if (!q)
		return put_children(s, &e, &id, 1);
	q->exams[q->count] = e;
	q->ids[q->count++] = id;
	return STORE_OK;
}

/* Delete the exam if it is still the one looked at, else EXAM_RACED. */
static int soft_delete(struct store *s, const struct existing_exam *old)
{
	static const char *sql =
	    "UPDATE exam SET deleted = 1 WHERE id = ? AND content_digest = ?"
	    " AND deleted = 0 RETURNING id";
	struct db_stmt *st = store_stmt(s, sql);
	int rc;

	store_bind_int(st, 1, old->id);
	store_bind_text(st, 2, old->digest);
	rc = store_step_id(s, st, NULL, "exam reset");
	return rc == STORE_ENOTFOUND ? EXAM_RACED : rc;
}

static int apply_reset(struct store *s, const struct exam *e,
		       const struct existing_exam *old, int known,
		       enum store_exam_outcome *outcome)
{
	if (!known || old->deleted) {
		*outcome = EXAM_RESET_UNKNOWN;
		return STORE_OK;
	}
	if (strcmp(store_exam_as_of(e), old->status_date) < 0) {
		*outcome = EXAM_OLDER;
		return STORE_OK;
	}
	*outcome = EXAM_DELETED;
	return soft_delete(s, old);
}

/*
 * One attempt at filing: look the exam up, decide by the update rules,
 * write.  EXAM_RACED when another importer wrote it in between.
 */
static int file_exam(struct store *s, const struct exam *e, int64_t ids[4],
		     const char *given_digest, struct child_queue *queue,
		     enum store_exam_outcome *outcome)
{
	struct existing_exam old;
	char digest[DIGEST_HEX_LEN + 1];
	int64_t id;
	int rc, known;

	rc = find_exam(s, ids[0], e->opp_key, &old);
	if (rc < 0 && rc != STORE_ENOTFOUND)
		return rc;
	known = rc == STORE_OK;
	if (known && (rc = flush_children(s, queue)) < 0)
		return rc;
	if (e->status && !strcmp(e->status, "reset"))
		return apply_reset(s, e, &old, known, outcome);
	if (known && strcmp(store_exam_as_of(e), old.status_date) < 0) {
		*outcome = EXAM_OLDER;
		return STORE_OK;
	}
	if (given_digest)
		memcpy(digest, given_digest, sizeof(digest));
	else
		exam_content_digest(e, digest);
	if (known && !old.deleted && !strcmp(digest, old.digest)) {
		*outcome = EXAM_UNCHANGED;
		return STORE_OK;
	}

	if ((rc = put_student(s, e, &ids[1])) < 0)
		return rc;
	if (known) {
		id = old.id;
		rc = replace_exam(s, e, ids, digest, &old);
		*outcome = EXAM_UPDATED;
	} else {
		rc = insert_exam(s, e, ids, digest, &id);
		*outcome = EXAM_INSERTED;
	}
	if (rc == STORE_OK)
		rc = queue_children(s, queue, e, id);
	if (rc != STORE_OK)
		return rc;
	return put_groups(s, e, ids[1], ids[2]);
}

/* Lost races in a row on one exam before the unit is redone whole. */
#define EXAM_RACE_TRIES 8

static int put_entry(struct store *s, const struct store_exam_entry *entry,
		     int64_t import_id, struct child_queue *queue,
		     enum store_exam_outcome *outcome)
{
	int64_t ids[4] = { entry->assessment_id, 0, entry->school_id,
			   import_id };
	int tries, rc;

	for (tries = 0; tries < EXAM_RACE_TRIES; tries++)
		if ((rc = file_exam(s, entry->exam, ids, entry->digest, queue,
				    outcome)) != EXAM_RACED)
			return rc;
	snprintf(s->error, sizeof(s->error),
		 "exam %s: changed by another importer %d times running",
		 entry->exam->opp_key, EXAM_RACE_TRIES);
	return STORE_ERETRY;
}

int store_put_exam(struct store *s, const struct exam *e, int64_t assessment_id,
		   int64_t school_id, int64_t import_id,
		   enum store_exam_outcome *outcome)
{
	struct store_exam_entry entry = { e, assessment_id, school_id, NULL };

	return put_entry(s, &entry, import_id, NULL, outcome);
}

/*
 * Exams a batch holds on a server: enough that the batch's twenty or so
 * statements cost little per exam, few enough to hold in memory.  An
 * embedded store files a batch one exam at a time, and its batches only
 * let the caller read the next exams meanwhile: a few hundred keep both
 * sides busy without holding many exams.
 */
#define EXAM_BATCH_SIZE		 2000
#define EXAM_BATCH_SIZE_EMBEDDED 256

int store_exam_batch_size(const struct store *s)
{
	return db_has_copy(s->db) ? EXAM_BATCH_SIZE : EXAM_BATCH_SIZE_EMBEDDED;
}

/* Whether the bulk path takes these exams: it files no items or groups. */
static int bulk_fits(const struct store_exam_entry *entries, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		const struct exam *e = entries[i].exam;

		if (e->items_count || e->groups_count || !e->opp_key ||
		    !e->student.ssid)
			return 0;
	}
	return 1;
}

int store_put_exams(struct store *s, const struct store_exam_entry *entries,
		    int n, int64_t import_id, enum store_exam_outcome *outcomes)
{
	struct child_queue queue;
	int i, rc;

	if (db_has_copy(s->db) && bulk_fits(entries, n))
		return store_exam_bulk(s, entries, n, import_id, outcomes);
	queue.exams = xcalloc((size_t)n, sizeof(*queue.exams));
	queue.ids = xcalloc((size_t)n, sizeof(*queue.ids));
	queue.count = 0;
	for (i = 0, rc = STORE_OK; i < n && rc >= 0; i++)
		rc = put_entry(s, entries + i, import_id, &queue, outcomes + i);
	if (rc >= 0)
		rc = flush_children(s, &queue);
	free(queue.exams);
	free(queue.ids);
	return rc < 0 ? rc : STORE_OK;
}
