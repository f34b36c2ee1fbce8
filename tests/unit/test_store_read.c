/*
 * The store's readers for reports: scopes (a school's students and
 * their history, a year, one student), order, the in-scope mark, and
 * that deleted exams are never read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "store_read.h"
#include "unit.h"
#include "unit_store.h"

static char path[600];
static char seen[1024];

/* What the callbacks noted, as a pointer CHECK_STR can test. */
static const char *got(void)
{
	return seen;
}

/* Two schools; students 1 and 2 at school A in 2025, student 1 also at
 * school B in 2024; a deleted exam; a group of school A. */
static const char *const rows =
    "INSERT INTO district (id, natural_id, name) VALUES (1, 'D', 'Dist');"
    "INSERT INTO school (id, natural_id, name, district_id) VALUES"
    " (1, 'B', 'School B', 1), (2, 'A', 'School A', 1);"
    "INSERT INTO assessment (id, natural_id, subject, grade, type, kind,"
    " family) VALUES (1, 'SUM5', 'ELA', 5, 'summative', 'SUM', 'SBAC'),"
    " (2, 'IAB4', 'MATH', 4, 'interim', 'IAB', 'SBAC');"
    "INSERT INTO student (id, ssid, first_name) VALUES (1, 'S1', 'Ann'),"
    " (2, 'S2', 'Bo'), (3, 'S3', 'Cy');"
    "INSERT INTO exam (id, assessment_id, opp_key, student_id, school_id,"
    " school_year, date_completed, admin_condition, source,"
    " content_digest, deleted) VALUES"
    " (10, 1, 'o10', 1, 2, 2025, '2025-04-01', 'Valid', 'trt', 'x', 0),"
    " (11, 2, 'o11', 2, 2, 2025, '2025-01-01', 'SD', 'trt', 'x', 0),"
    " (12, 2, 'o12', 1, 1, 2024, '2024-01-01', 'SD', 'trt', 'x', 0),"
    " (13, 1, 'o13', 2, 2, 2025, '2025-05-01', 'Valid', 'trt', 'x', 1),"
    " (14, 1, 'o14', 3, 1, 2025, '2025-04-02', 'Valid', 'trt', 'x', 0);"
    "INSERT INTO exam_score (exam_id, kind, code, level) VALUES"
    " (10, 'claim', '2-W', 2), (10, 'claim', 'SOCK_R', 3),"
    " (13, 'claim', 'SOCK_R', 1);"
    "INSERT INTO exam_item (exam_id, position, item_key, score) VALUES"
    " (11, 1, 'k1', 1), (12, 1, 'k1', 0), (10, 1, 'k9', 1);"
    "INSERT INTO student_group (id, school_id, school_year, name) VALUES"
    " (5, 2, 2025, 'Room 1'), (6, 1, 2025, 'Other');"
    "INSERT INTO group_member (group_id, student_id) VALUES (5, 2), (5, 1);";

static int note_exam(void *ctx, const struct store_exam_row *r)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%lld%s ",
		 (long long)r->id, r->in_scope ? "*" : "");
	return 0;
}

static int note_student(void *ctx, const struct store_student_row *r)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%s ",
		 r->ssid);
	return 0;
}

static int note_score(void *ctx, const struct store_score_row *r)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%lld:%s ",
		 (long long)r->exam_id, r->code);
	return 0;
}

static int note_item(void *ctx, const struct store_exam_item_row *r)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%lld:%s ",
		 (long long)r->exam_id, r->item_key);
	return 0;
}

static int note_member(void *ctx, const struct store_member_row *r)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%lld:%lld ",
		 (long long)r->group_id, (long long)r->student_id);
	return 0;
}

static int note_school(void *ctx, const struct store_school_row *r)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%s/%s ",
		 r->natural_id, r->district_name);
	return 0;
}

static int stop_at_first(void *ctx, const struct store_exam_row *r)
{
	(void)r;
	++*(int *)ctx;
	return 7;
}

static int note_year(void *ctx, int year)
{
	(void)ctx;
	snprintf(seen + strlen(seen), sizeof(seen) - strlen(seen), "%d ", year);
	return 0;
}

static void test_scopes(struct store *s)
{
	struct store_scope a = { 2, 0, 0 }, a2024 = { 2, 2024, 0 };
	struct store_scope one = { 0, 0, 1 }, b2024 = { 1, 2024, 0 };

	seen[0] = '\0';
	store_read_exams(s, &a, note_exam, NULL);
	CHECK_STR(got(), "10* 11* 12 ",
		  "a school's scope: its exams, and its students' history "
		  "elsewhere, never a deleted exam");
	seen[0] = '\0';
	store_read_students(s, &a, note_student, NULL);
	CHECK_STR(got(), "S1 S2 ", "a school's students, by id");
	seen[0] = '\0';
	store_read_exams(s, &b2024, note_exam, NULL);
	CHECK_STR(got(), "12* ", "a year: that year's exams and none later");
	seen[0] = '\0';
	store_read_exams(s, &a2024, note_exam, NULL);
	CHECK_STR(got(), "", "no exam at the school that year: nothing");
	seen[0] = '\0';
	store_read_exams(s, &one, note_exam, NULL);
	CHECK_STR(got(), "10 12 ", "one student's history, at every school");
}

static void test_children(struct store *s)
{
	struct store_scope a = { 2, 0, 0 };
	int calls = 0;

	seen[0] = '\0';
	store_read_scores(s, &a, note_score, NULL);
	CHECK_STR(got(), "10:2-W 10:SOCK_R ",
		  "scores by exam and code; a deleted exam's never");
	seen[0] = '\0';
	store_read_exam_items(s, &a, note_item, NULL);
	CHECK_STR(got(), "11:k1 ",
		  "items of in-scope interims only: not the summative's, "
		  "not another school's");
	seen[0] = '\0';
	store_read_group_members(s, &a, note_member, NULL);
	CHECK_STR(got(), "5:1 5:2 ", "members of the school's groups");
	CHECK(store_read_exams(s, &a, stop_at_first, &calls) == 7 && calls == 1,
	      "a callback's non-zero return stops the reader and is returned");
	seen[0] = '\0';
	store_read_schools(s, note_school, NULL);
	CHECK_STR(got(), "A/Dist B/Dist ", "schools by natural id");
	seen[0] = '\0';
	store_read_years(s, 1, note_year, NULL);
	CHECK_STR(got(), "2025 2024 ", "a school's years, newest first");
}

/* Every check on one engine's store holding the rows above. */
static void test_engine(const char *engine)
{
	struct store *s = NULL;

	if (unit_store_fresh(engine, "unit_read", path, sizeof(path)) < 0) {
		printf("ok - %s: no server at hand # SKIP\n", engine);
		return;
	}
	printf("# %s\n", engine);
	CHECK(store_open(path, &s) == STORE_OK, "a new store opens");
	store_close(s);
	CHECK(unit_exec(path, rows) == 0, "the rows go in");
	CHECK(store_open(path, &s) == STORE_OK, "the store opens again");
	test_scopes(s);
	test_children(s);
	store_close(s);
}

int main(void)
{
	test_engine("sqlite");
	test_engine("postgresql");
	return unit_done();
}
