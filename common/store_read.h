/*
 * Reading the store for reports: schools, assessments, students, exams
 * and everything filed under an exam, groups and their members.
 *
 * Every reader calls back once per row, in a stable order, and stops at
 * the first callback that returns non-zero (that value is returned).  A
 * row and its strings belong to the store and live only during the
 * callback: copy what you keep.  NULL strings are values the store does
 * not have.  Deleted exams are never read.  A reader must not be called
 * again from inside its own callback.
 */
#ifndef SCOREBOOK_STORE_READ_H
#define SCOREBOOK_STORE_READ_H

#include <stdint.h>

#include "store.h"

/*
 * Which exams a reader covers.  With student_id 0: the students who
 * have an exam at school_id (in year, when year is not 0), and every
 * exam of theirs at any school up to that year: their full history.
 * With student_id set: that student's history up to year.  An exam
 * "in scope" is one taken at school_id in year (any year when 0).
 */
struct store_scope {
	int64_t school_id;
	int year;
	int64_t student_id;
};

struct store_school_row {
	int64_t id;
	const char *natural_id, *name, *district_natural_id, *district_name;
};

struct store_assessment_row {
	int64_t id;
	const char *natural_id, *label, *subject, *type, *kind, *family;
	int grade, levels, academic_year, has_scale;
	double scale_low, scale_high, cut2, cut3, cut4;
};

struct store_student_row {
	int64_t id;
	const char *ssid, *alternate_ssid, *first_name, *middle_name;
	const char *last_name, *sex, *language_code, *elas;
	const char *elas_start_date, *military_connected;
	/* Race and ethnicity flags: 1 yes, 0 no, -1 unknown. */
	int hispanic, american_indian, asian, black, white;
	int pacific_islander, filipino, two_or_more_races;
};

struct store_exam_row {
	int64_t id, assessment_id, student_id, school_id;
	int school_year, grade, opportunity, level, level_derived, scored;
	int in_scope, has_scale_score, has_scale_se;
	double scale_score, scale_se;
	const char *opp_key, *status, *date_completed, *session_id;
	const char *completeness, *admin_condition, *condition_code;
	const char *elas, *language_code;
	/* Program flags as of the test: 1 yes, 0 no, -1 unknown. */
	int idea, lep, section504, economic_disadvantage, migrant;
};

struct store_score_row {
	int64_t exam_id;
	const char *kind, *code; /* kind: claim, alt or domain */
	int level, has_scale_score, has_scale_se;
	double scale_score, scale_se;
};

struct store_target_row {
	int64_t exam_id;
	const char *claim, *target;
	int has_student_residual, has_standard_met_residual;
	double student_residual, standard_met_residual;
};

struct store_trait_row {
	int64_t exam_id;
	const char *genre, *trait, *condition_code;
	int score, has_score, max_score;
};

struct store_accommodation_row {
	int64_t exam_id;
	const char *code, *type, *value;
	int segment;
};

struct store_exam_item_row {
	int64_t exam_id;
	int position, operational, has_score, has_max_score;
	double score, max_score;
	const char *item_key, *format, *score_status, *response;
	const char *claim, *target;
};

/* Item metadata from an assessment package; -1 for numbers not given. */
struct store_item_row {
	int64_t assessment_id;
	const char *item_key, *item_type, *claim, *target, *standard;
	const char *answer_key, *writing_type;
	int dok, max_points, answer_options, position;
};

struct store_group_row {
	int64_t id;
	int school_year;
	const char *name, *subject;
};

struct store_member_row {
	int64_t group_id, student_id;
};

/* Every school, by natural id. */
int store_read_schools(struct store *s,
		       int (*fn)(void *ctx, const struct store_school_row *r),
		       void *ctx);

/* The school years with an exam at the school, newest first. */
int store_read_years(struct store *s, int64_t school_id,
		     int (*fn)(void *ctx, int year), void *ctx);

/* The assessments of the scope's exams, by id. */
int store_read_assessments(struct store *s, const struct store_scope *sc,
			   int (*fn)(void *ctx,
				     const struct store_assessment_row *r),
			   void *ctx);

/* The scope's students, by id. */
int store_read_students(struct store *s, const struct store_scope *sc,
			int (*fn)(void *ctx, const struct store_student_row *r),
			void *ctx);

/* The scope's exams, by id. */
int store_read_exams(struct store *s, const struct store_scope *sc,
		     int (*fn)(void *ctx, const struct store_exam_row *r),
		     void *ctx);

/* What is filed under the scope's exams, by exam id and then key. */
int store_read_scores(struct store *s, const struct store_scope *sc,
		      int (*fn)(void *ctx, const struct store_score_row *r),
		      void *ctx);
int store_read_targets(struct store *s, const struct store_scope *sc,
		       int (*fn)(void *ctx, const struct store_target_row *r),
		       void *ctx);
int store_read_traits(struct store *s, const struct store_scope *sc,
		      int (*fn)(void *ctx, const struct store_trait_row *r),
		      void *ctx);
int store_read_accommodations(
    struct store *s, const struct store_scope *sc,
    int (*fn)(void *ctx, const struct store_accommodation_row *r), void *ctx);

/* Items and responses of the in-scope interim exams (ICA and IAB: the
 * reports analyse items of interims only), by exam and position. */
int store_read_exam_items(struct store *s, const struct store_scope *sc,
			  int (*fn)(void *ctx,
				    const struct store_exam_item_row *r),
			  void *ctx);

/* Package metadata of the in-scope assessments' items, by position. */
int store_read_items(struct store *s, const struct store_scope *sc,
		     int (*fn)(void *ctx, const struct store_item_row *r),
		     void *ctx);

/* The school's groups (of the scope's year when set), by year and name,
 * and their members by group and student. */
int store_read_groups(struct store *s, const struct store_scope *sc,
		      int (*fn)(void *ctx, const struct store_group_row *r),
		      void *ctx);
int store_read_group_members(struct store *s, const struct store_scope *sc,
			     int (*fn)(void *ctx,
				       const struct store_member_row *r),
			     void *ctx);

#endif
