/*
 * What the CAASPP and ELPAC student score data files share: the student,
 * their demographics and program flags, the school they tested at, the
 * completion date and the opportunity key.  Street addresses, which
 * some of these files carry, are never read.
 *
 * Strings put into the exam point into the table's current row or the
 * exam's arena: file the exam before reading the next row.
 */
#ifndef SCOREBOOK_SDF_ROW_H
#define SCOREBOOK_SDF_ROW_H

#include "delimited_job.h"
#include "exam.h"
#include "student_flags.h"

struct sdf_row {
	int record_type, ssid, alternate_ssid;
	int last_name, first_name, middle_name, birthdate, gender, grade;
	int school, school_name, district, district_name;
	int enrolled_school, enrolled_school_name;
	int enrolled_district, enrolled_district_name;
	int completed, opportunity, condition, include;
	int elas, elas_start, language, military, disability;
	struct student_flag_columns flags;
};

/* Columns every score data file must have, NULL-terminated. */
extern const char *const sdf_row_required[];

void sdf_row_bind(struct sdf_row *c, const struct table *t);

/* The RecordType of the current row, or -1 when it is not a number. */
int sdf_row_record_type(const struct sdf_row *c,
			const struct delimited_job *job);

/*
 * Fill the exam's student, school, dates and opportunity key from the
 * current row, dated by its own completion date.  Bad values are reported;
 * returns the number of errors.
 */
int sdf_row_read(const struct sdf_row *c, struct delimited_job *job,
		 struct exam *e);

#endif
