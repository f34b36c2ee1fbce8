/*
 * One exam as the importers read it and the store writes it: the
 * assessment it belongs to, the student and school as of that test, the
 * opportunity with its scores, and its children.
 *
 * Every string points into the exam's arena and lives until exam_reset()
 * or exam_release(); a NULL string means the file did not give it.
 */
#ifndef SCOREBOOK_EXAM_H
#define SCOREBOOK_EXAM_H

#include "arena.h"

/* Tri-state booleans: the files often leave flags unknown. */
enum flag { FLAG_UNKNOWN = -1, FLAG_NO = 0, FLAG_YES = 1 };

struct exam_student {
	const char *ssid, *alternate_ssid;
	const char *first_name, *middle_name, *last_name, *alias_name;
	const char *birthdate, *sex;
	enum flag hispanic, american_indian, asian, black, white;
	enum flag pacific_islander, filipino, two_or_more_races;
	enum flag idea, lep, section504, economic_disadvantage, migrant;
	const char *language_code, *elas, *elas_start_date;
	const char *first_entry_us_school, *lep_entry_date, *lep_exit_date;
	const char *primary_disability, *military_connected;
};

struct exam_score {
	const char *kind; /* "claim", "alt" or "domain" */
	const char *code;
	double scale_score, scale_se;
	int has_scale_score, has_scale_se;
	int level; /* 0 when not given */
	long line; /* where the file gave it, for error messages */
};

struct exam_target {
	const char *claim, *target;
	double student_residual, standard_met_residual;
	int has_student_residual, has_standard_met_residual;
	long line;
};

struct exam_trait {
	const char *genre, *trait, *condition_code;
	int score, max_score, has_score;
	long line;
};

struct exam_accommodation {
	const char *code, *type, *value;
	int segment;
};

struct exam_item_dimension {
	const char *dimension, *score_status, *condition_code;
	double score, max_score;
	int has_score, has_max_score;
};

struct exam_item {
	int position, visits, operational, has_visits;
	const char *item_key, *format, *score_status, *response;
	const char *claim, *target;
	double score, max_score, duration;
	int has_score, has_max_score, has_duration;
	struct exam_item_dimension *dimensions;
	int dimension_count, dimension_alloc;
	long line;
};

/* A growable array of T inside the exam's arena-free heap storage. */
#define EXAM_ARRAY(type, name)                                                 \
	type *name;                                                            \
	int name##_count, name##_alloc

struct exam {
	struct arena arena;

	/* The assessment, as the file names it. */
	const char *asmt_name, *asmt_subject, *asmt_type, *asmt_kind;
	const char *asmt_label, *asmt_family;
	int asmt_grade, academic_year;

	/* Where the student tested. */
	const char *school_id, *school_name, *district_id, *district_name;

	struct exam_student student;

	/* The opportunity. */
	const char *opp_key, *status, *status_date, *date_completed;
	const char *start_date, *session_id, *completeness;
	const char *admin_condition, *condition_code, *include_code;
	int opportunity, grade, school_year, level, level_derived, scored;
	double scale_score, scale_se, theta, theta_se;
	int has_scale_score, has_scale_se, has_theta, has_theta_se;
	int is_demo;
	long test_line, examinee_line, opportunity_line;
	const char *source; /* "trt", "sdf", "export" */

	EXAM_ARRAY(struct exam_score, scores);
	EXAM_ARRAY(struct exam_target, targets);
	EXAM_ARRAY(struct exam_trait, traits);
	EXAM_ARRAY(struct exam_accommodation, accommodations);
	EXAM_ARRAY(struct exam_item, items);
	EXAM_ARRAY(const char *, groups);
};

void exam_init(struct exam *e);
void exam_reset(struct exam *e);
void exam_release(struct exam *e);

/* Append a zeroed child and return it; the exam owns it. */
struct exam_score *exam_add_score(struct exam *e);
struct exam_target *exam_add_target(struct exam *e);
struct exam_trait *exam_add_trait(struct exam *e);
struct exam_accommodation *exam_add_accommodation(struct exam *e);
struct exam_item *exam_add_item(struct exam *e);
struct exam_item_dimension *exam_item_add_dimension(struct exam_item *item);
void exam_add_group(struct exam *e, const char *name);

/* Keep a copy of s in the exam's arena. */
const char *exam_strdup(struct exam *e, const char *s);

/*
 * Copy every text the exam points to into its own arena, so that it
 * outlives the reader's buffers (readers point into their current row).
 */
void exam_own_text(struct exam *e);

/*
 * A digest of every value the exam holds, in a fixed order, so that an
 * identical resend can be told apart from a real change.
 */
void exam_content_digest(const struct exam *e, char *hex);

#endif
