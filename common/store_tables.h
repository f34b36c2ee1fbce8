/*
 * Store access for what the delimited files bring besides exams:
 * students known only by their SSID, student groups with their members
 * and users, organizations' details, assessment packages and their
 * items, and access grants.
 *
 * Functions return 0 on success and a negative STORE_E* code on failure
 * (store_error() describes it); ids are written to the caller's
 * variables, and no function keeps a pointer the caller passed.
 */
#ifndef SCOREBOOK_STORE_TABLES_H
#define SCOREBOOK_STORE_TABLES_H

#include <stdint.h>

#include "store.h"

/* The student with this SSID, added by the SSID alone when unknown. */
int store_tables_student(struct store *s, const char *ssid, int64_t *id);

/* Student groups: (school, year, name) names a group. */
int store_tables_group(struct store *s, int64_t school_id, int school_year,
		       const char *name, const char *subject, int64_t *id);
/* Drop the group's members and users, before a file lists them anew. */
int store_tables_group_clear(struct store *s, int64_t group_id);
int store_tables_group_member(struct store *s, int64_t group_id,
			      int64_t student_id);
int store_tables_group_user(struct store *s, int64_t group_id,
			    const char *login);

/* Organizations. */
int store_tables_find_district(struct store *s, const char *natural_id,
			       int64_t *id);
/* charter is 1, 0, or negative for unknown (left as it was). */
int store_tables_school_charter(struct store *s, int64_t school_id,
				int charter);

/* Assessment packages. */
struct store_item {
	const char *item_key, *item_type, *claim, *target, *standard;
	const char *answer_key, *writing_type;
	long dok, max_points, answer_options, position;
	int has_dok, has_max_points, has_answer_options, has_position;
};

/* Replace the assessment's levels, range and cuts with a's. */
int store_tables_assessment_scale(struct store *s, int64_t assessment_id,
				  const struct store_assessment *a);
/* Drop the assessment's items, before a package lists them anew. */
int store_tables_items_clear(struct store *s, int64_t assessment_id);
int store_tables_item(struct store *s, int64_t assessment_id,
		      const struct store_item *item);
/*
 * The maximum points a package gave the assessment's items: fn is
 * called once per item that has them.  0 or a store failure.
 */
int store_tables_item_maxima(struct store *s, int64_t assessment_id,
			     void (*fn)(void *ctx, const char *item_key,
					int max_points),
			     void *ctx);

/* Access grants: org is "" for the state role. */
int store_tables_grants_clear(struct store *s, const char *login);
int store_tables_grant(struct store *s, const char *login, const char *role,
		       const char *org);
int store_tables_grant_count(struct store *s);
/*
 * Whether a grant lets login see the students of the school: 1 or 0, or
 * a store failure.  Aggregate grants show no students, so they do not.
 */
int store_tables_login_sees(struct store *s, const char *login,
			    int64_t school_id);

#endif
