/*
 * A student's race and program flags as the delimited formats carry
 * them: thirteen Y/N columns whose names differ from format to format
 * but whose meaning does not.
 */
#ifndef SCOREBOOK_STUDENT_FLAGS_H
#define SCOREBOOK_STUDENT_FLAGS_H

#include "delimited_job.h"
#include "exam.h"
#include "table.h"

/* The flags' columns, in the order of STUDENT_FLAG_NAMES. */
enum student_flag {
	FLAG_HISPANIC,
	FLAG_AMERICAN_INDIAN,
	FLAG_ASIAN,
	FLAG_PACIFIC_ISLANDER,
	FLAG_FILIPINO,
	FLAG_BLACK,
	FLAG_WHITE,
	FLAG_TWO_OR_MORE_RACES,
	FLAG_IDEA,
	FLAG_LEP,
	FLAG_SECTION504,
	FLAG_ECONOMIC_DISADVANTAGE,
	FLAG_MIGRANT,
	STUDENT_FLAGS
};

struct student_flag_columns {
	int column[STUDENT_FLAGS]; /* -1 where the file lacks it */
};

/* Find each flag's column by its name in this format, names[flag]. */
void student_flags_bind(struct student_flag_columns *c, const struct table *t,
			const char *const names[STUDENT_FLAGS]);

/* Read the current row's flags into the student; bad values reported. */
void student_flags_read(const struct student_flag_columns *c,
			struct delimited_job *job, struct exam_student *p);

#endif
