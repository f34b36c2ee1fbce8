/*
 * The students of a batch of exams on a server: read once, locked, and
 * brought up to date here by the rule of put_student() in store_exam.c
 * (a newer exam's values replace, an older one's only fill gaps), one
 * filed exam after another; then loaded whole.
 */
#include "store_bulk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define STUDENT_VALUES 23
#define STUDENT_COLUMNS                                                        \
	"alternate_ssid, first_name, middle_name, last_name, alias_name,"      \
	" birthdate, sex, hispanic, american_indian, asian, black, white,"     \
	" pacific_islander, filipino, two_or_more_races, language_code,"       \
	" elas, elas_start_date, first_entry_us_school, lep_entry_date,"       \
	" lep_exit_date, primary_disability, military_connected"

/* One student as the filing goes: the row it would hold by now. */
struct bulk_student {
	int64_t id; /* 0 until found or numbered */
	int stored; /* in the store before the batch */
	const char *values[STUDENT_VALUES];
	const char *date; /* demographics_date */
};

/* A flag as the engine would show it bound as an integer. */
static const char *flag_text(int flag)
{
	return flag < 0 ? NULL : flag ? "1" : "0";
}

/* The exam's student values, in STUDENT_COLUMNS order. */
static void exam_values(const struct exam_student *p, const char **v)
{
	const char *const given[STUDENT_VALUES] = {
		p->alternate_ssid,
		p->first_name,
		p->middle_name,
		p->last_name,
		p->alias_name,
		p->birthdate,
		p->sex,
		flag_text(p->hispanic),
		flag_text(p->american_indian),
		flag_text(p->asian),
		flag_text(p->black),
		flag_text(p->white),
		flag_text(p->pacific_islander),
		flag_text(p->filipino),
		flag_text(p->two_or_more_races),
		p->language_code,
		p->elas,
		p->elas_start_date,
		p->first_entry_us_school,
		p->lep_entry_date,
		p->lep_exit_date,
		p->primary_disability,
		p->military_connected,
	};

	memcpy(v, given, sizeof(given));
}

/* put_student()'s upsert, on the row as it stands (an empty one if new). */
static void apply_exam(struct bulk_student *x, const struct exam *e)
{
	const char *v[STUDENT_VALUES], *as_of = store_exam_as_of(e);
	int newer = !x->date || (as_of && strcmp(x->date, as_of) <= 0);
	int c;

	exam_values(&e->student, v);
	for (c = 0; c < STUDENT_VALUES; c++)
		if (newer ? v[c] != NULL : x->values[c] == NULL)
			x->values[c] = v[c];
	if (newer)
		x->date = as_of;
}

/* Read and lock the stored rows of the batch's students. */
static int find_students(struct store_bulk *b, struct bulk_student *students,
			 int count, const int *first)
{
	/* As find_exams() in store_exam_bulk.c: by the index, in order. */
	static const char *sql =
	    "SELECT k.seq, s.id, " STUDENT_COLUMNS ", s.demographics_date"
	    " FROM bulk_ssid k CROSS JOIN LATERAL (SELECT * FROM student"
	    " WHERE student.ssid = k.ssid FOR UPDATE) s ORDER BY k.seq";
	struct db_stmt *st;
	int g, c, rc;

	for (g = 0; g < count; g++) {
		store_load_int(&b->load, g);
		store_load_text(&b->load,
				b->entries[first[g]].exam->student.ssid);
		store_load_end_row(&b->load);
	}
	rc = store_load_send(
	    b->s, &b->load, "COPY bulk_ssid (seq, ssid) FROM STDIN", "student");
	if (rc < 0)
		return rc;
	if ((rc = store_bulk_query(b, sql, &st, "student")) < 0)
		return rc;
	while ((rc = db_step(st)) == DB_ROW) {
		struct bulk_student *x = &students[db_column_int64(st, 0)];

		x->stored = 1;
		x->id = db_column_int64(st, 1);
		for (c = 0; c < STUDENT_VALUES; c++)
			x->values[c] =
			    store_bulk_strdup(b, db_column_text(st, 2 + c));
		x->date = store_bulk_strdup(b, db_column_text(st, 2 + c));
	}
	db_finalize(st);
	return rc == DB_DONE ? STORE_OK : store_fail(b->s, rc, "student");
}

static int max_student_id(struct store *s, int64_t *max)
{
	struct db_stmt *st =
	    store_stmt(s, "SELECT coalesce(max(id), 0) FROM student");

	return store_step_id(s, st, max, "student");
}

static void load_student(struct store_load *l, const struct bulk_student *x,
			 const char *ssid)
{
	int c;

	store_load_int(l, x->id);
	store_load_text(l, ssid);
	for (c = 0; c < STUDENT_VALUES; c++)
		store_load_text(l, x->values[c]);
	store_load_text(l, x->date);
	store_load_end_row(l);
}

/*
 * Insert the new students (in key order, as they were numbered) and
 * rewrite the stored ones.
 */
static int write_students(struct store_bulk *b,
			  const struct bulk_student *students, int count,
			  const int *first, const int *numbered, int new_count)
{
	static const char *update_sql =
	    "UPDATE student SET (" STUDENT_COLUMNS ", demographics_date)"
	    " = (SELECT " STUDENT_COLUMNS ", demographics_date"
	    " FROM bulk_student b WHERE b.id = student.id)"
	    " WHERE id IN (SELECT id FROM bulk_student)";
	int g, rc;

	for (g = 0; g < new_count; g++)
		load_student(&b->load, &students[numbered[g]],
			     b->entries[first[numbered[g]]].exam->student.ssid);
	rc = store_load_send(b->s, &b->load,
			     "COPY student (id, ssid, " STUDENT_COLUMNS
			     ", demographics_date) FROM STDIN",
			     "student");
	if (rc < 0)
		return rc;
	for (g = 0; g < count; g++)
		if (students[g].stored)
			load_student(&b->load, &students[g],
				     b->entries[first[g]].exam->student.ssid);
	if (b->load.count == 0)
		return STORE_OK;
	rc = store_load_send(b->s, &b->load,
			     "COPY bulk_student (id, ssid, " STUDENT_COLUMNS
			     ", demographics_date) FROM STDIN",
			     "student");
	if (rc < 0)
		return rc;
	return store_exec(b->s, update_sql);
}

/* Number the new students in the order their first exam is filed. */
static int apply_exams(struct store_bulk *b, struct bulk_student *students,
		       const int *group, int *numbered, int *new_count)
{
	int64_t max = -1;
	int i, rc;

	for (i = 0; i < b->n; i++) {
		struct bulk_student *x;

		if (!store_bulk_filed(b, i))
			continue;
		x = &students[group[i]];
		if (!x->id) {
			if (max < 0 && (rc = max_student_id(b->s, &max)) < 0)
				return rc;
			x->id = ++max;
			numbered[(*new_count)++] = group[i];
		}
		apply_exam(x, b->entries[i].exam);
		b->student_ids[i] = x->id;
	}
	return STORE_OK;
}

int store_bulk_students(struct store_bulk *b)
{
	struct store_bulk_key *keys = xcalloc((size_t)b->n + 1, sizeof(*keys));
	int *group = xcalloc((size_t)b->n + 1, sizeof(*group));
	int *first = xcalloc((size_t)b->n + 1, sizeof(*first));
	int *numbered = xcalloc((size_t)b->n + 1, sizeof(*numbered));
	struct bulk_student *students = NULL;
	int i, filed = 0, count, new_count = 0, rc;

	for (i = 0; i < b->n; i++)
		if (store_bulk_filed(b, i)) {
			keys[filed].text = b->entries[i].exam->student.ssid;
			keys[filed++].index = i;
		}
	count = store_bulk_group(keys, filed, group, first);
	students = xcalloc((size_t)count + 1, sizeof(*students));
	rc = count ? find_students(b, students, count, first) : STORE_OK;
	if (rc == STORE_OK)
		rc = apply_exams(b, students, group, numbered, &new_count);
	if (rc == STORE_OK && count)
		rc = write_students(b, students, count, first, numbered,
				    new_count);
	free(students);
	free(numbered);
	free(first);
	free(group);
	free(keys);
	return rc;
}
