/*
 * Student group files: group_name, school_natural_id, school_year,
 * subject_code, student_ssid, group_user_login.  The first three name a
 * group; each row adds a student and/or a user to it.  A file replaces
 * the members and users of every group it names.
 */
#ifndef SCOREBOOK_GROUPS_H
#define SCOREBOOK_GROUPS_H

#include "delimited_job.h"

/* Returns 0, -1 when the file has errors, or a store failure below -1. */
int groups_import(struct delimited_job *job);

#endif
