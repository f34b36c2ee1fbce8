/*
 * One school's data in memory: its students, every exam of theirs up to
 * the year in scope (their history, at any school), what is filed under
 * each exam, item metadata and the school's groups.  Loaded in one pass
 * of a few queries; pages only read it.
 *
 * The data set owns everything it holds until dataset_release().
 */
#ifndef SCOREBOOK_DATASET_H
#define SCOREBOOK_DATASET_H

#include <stdint.h>

#include "arena.h"
#include "school_list.h"
#include "store.h"

struct ds_item {
	int64_t assessment_id;
	const char *item_key, *type, *claim, *target, *standard;
	const char *answer_key, *writing_type;
	int dok, max_points, answer_options, position; /* -1: unknown */
};

struct ds_assessment {
	int64_t id;
	const char *natural_id, *label, *subject, *type, *kind, *family;
	int grade, levels, academic_year, has_scale;
	double low, high, cut2, cut3, cut4;
	struct ds_item *items; /* by position */
	int item_count;
};

struct ds_score {
	int64_t exam_id;
	const char *kind, *code;
	int level, has_scale_score, has_scale_se;
	double scale_score, scale_se;
};

struct ds_target {
	int64_t exam_id;
	const char *claim, *target;
	int has_student_residual, has_standard_met_residual;
	double student_residual, standard_met_residual;
};

struct ds_trait {
	int64_t exam_id;
	const char *genre, *trait, *condition_code;
	int score, has_score, max_score;
};

struct ds_accommodation {
	int64_t exam_id;
	const char *code, *type, *value;
	int segment;
};

/* One item as one student met it: points and response. */
struct ds_response {
	int64_t exam_id;
	int position, operational, has_score, has_max_score;
	double score, max_score;
	const char *item_key, *format, *score_status, *response;
	const char *claim, *target;
};

struct ds_exam;

struct ds_student {
	int64_t id;
	const char *ssid, *alternate_ssid, *first_name, *middle_name;
	const char *last_name, *sex, *language_code, *elas;
	const char *elas_start_date, *military_connected;
	int hispanic, american_indian, asian, black, white;
	int pacific_islander, filipino, two_or_more_races;
	struct ds_exam **exams; /* every exam, newest first */
	int exam_count;
	int in_scope; /* has an exam in scope: gets pages of its own */
	int order;    /* place in the roster, by name */
};

struct ds_exam {
	int64_t id, asmt_id, student_id, school_id;
	const struct ds_assessment *asmt;
	struct ds_student *student;
	const struct ds_school *school;
	int school_year, grade, opportunity, level, level_derived, scored;
	int in_scope, has_scale_score, has_scale_se;
	double scale_score, scale_se;
	const char *opp_key, *status, *date_completed, *session_id;
	const char *completeness, *admin_condition, *condition_code;
	const char *elas, *language_code;
	int idea, lep, section504, economic_disadvantage, migrant;
	struct ds_score *scores;
	struct ds_target *targets;
	struct ds_trait *traits;
	struct ds_accommodation *accommodations;
	struct ds_response *responses;
	int score_count, target_count, trait_count, accommodation_count;
	int response_count;
};

struct ds_member {
	int64_t group_id, student_id;
};

struct ds_group {
	int64_t id;
	int year;
	const char *name, *subject;
	struct ds_member *members; /* by student id; untested ones too */
	int member_count;
};

/* The in-scope exams of one assessment in one year, by student. */
struct ds_slice {
	const struct ds_assessment *asmt;
	int year;
	struct ds_exam **exams;
	int count;
};

/*
 * What the reader of a bundle may see, applied as rows are read so that
 * nothing else ever reaches a page.  Borrowed by the data set.
 */
struct dataset_filter {
	int restricted; /* only the students and groups listed below */
	const int64_t *students, *groups; /* ascending ids */
	int student_count, group_count;
	int anonymous; /* names and identifiers are dropped on reading */
};

struct dataset {
	struct arena arena;
	const struct dataset_filter *filter; /* NULL: everything */
	const struct ds_school *school;
	int year; /* 0: every year */

	struct ds_assessment *asmts; /* by id */
	struct ds_student *students; /* by id */
	struct ds_exam *exams;	     /* by id */
	struct ds_group *groups;     /* by year (newest first), name */
	int asmt_count, student_count, exam_count, group_count;
	int asmt_alloc, student_alloc, exam_alloc, group_alloc;

	struct ds_score *scores;
	struct ds_target *targets;
	struct ds_trait *traits;
	struct ds_accommodation *accommodations;
	struct ds_response *responses;
	struct ds_item *items;
	struct ds_member *members;
	int score_count, target_count, trait_count, accommodation_count;
	int response_count, item_count, member_count;
	int score_alloc, target_alloc, trait_alloc, accommodation_alloc;
	int response_alloc, item_alloc, member_alloc;

	/* Derived orders for the pages. */
	struct ds_student **roster; /* in-scope students by name */
	int roster_count;
	struct ds_exam **scope_exams; /* in slice order */
	struct ds_slice *slices;      /* year newest first, then assessment */
	int slice_count;
	int *years; /* in-scope years, newest first */
	int year_count;
};

int dataset_load(struct dataset *ds, struct store *s,
		 const struct school_list *schools,
		 const struct ds_school *school, int year);
/* As dataset_load, keeping only what filter lets through. */
int dataset_load_filtered(struct dataset *ds, struct store *s,
			  const struct school_list *schools,
			  const struct ds_school *school, int year,
			  const struct dataset_filter *filter);
void dataset_release(struct dataset *ds);

const struct ds_student *dataset_student(const struct dataset *ds, int64_t id);
/* Whether the group counts the student among its members. */
int dataset_group_has(const struct ds_group *g, int64_t student_id);
/* The order assessments are listed in: kind, subject, grade, name. */
int dataset_asmt_order(const struct ds_assessment *a,
		       const struct ds_assessment *b);

#endif
