/*
 * What a teacher may see at a school: the student groups assigned to
 * their login, and the students of those groups.  Ids are handed to the
 * caller's callback one by one; nothing is kept or returned.
 */
#ifndef SCOREBOOK_STORE_ACCESS_H
#define SCOREBOOK_STORE_ACCESS_H

#include <stdint.h>

#include "store.h"

/* The ids of the school's groups (of year, when not 0) assigned to
 * login, ascending; fn returning non-zero stops and is returned. */
int store_access_groups(struct store *s, int64_t school_id, int year,
			const char *login, int (*fn)(void *ctx, int64_t id),
			void *ctx);

/* The ids of the students in those groups, ascending and distinct. */
int store_access_students(struct store *s, int64_t school_id, int year,
			  const char *login, int (*fn)(void *ctx, int64_t id),
			  void *ctx);

#endif
