/*
 * The student and school columns of a reporting-system export: the
 * student's identity and demographics as of the exam, and the district
 * and school it was taken at.  Strings put into the exam point into the
 * table's current row or the exam's arena.
 */
#ifndef SCOREBOOK_EXPORT_STUDENT_H
#define SCOREBOOK_EXPORT_STUDENT_H

#include "delimited_job.h"
#include "exam.h"
#include "student_flags.h"

struct export_student {
	int ssid, first_name, last_name, sex;
	int district, district_name, school, school_name;
	int language, elas, elas_start;
	struct student_flag_columns flags;
};

void export_student_bind(struct export_student *c, const struct table *t);
/* Fill the exam's student and school; bad values are reported. */
void export_student_read(const struct export_student *c,
			 struct delimited_job *job, struct exam *e);

#endif
