#include "student_flags.h"

void student_flags_bind(struct student_flag_columns *c, const struct table *t,
			const char *const names[STUDENT_FLAGS])
{
	int i;

	for (i = 0; i < STUDENT_FLAGS; i++)
		c->column[i] = table_column(t, names[i]);
}

void student_flags_read(const struct student_flag_columns *c,
			struct delimited_job *job, struct exam_student *p)
{
	enum flag *flags[STUDENT_FLAGS] = {
		[FLAG_HISPANIC] = &p->hispanic,
		[FLAG_AMERICAN_INDIAN] = &p->american_indian,
		[FLAG_ASIAN] = &p->asian,
		[FLAG_PACIFIC_ISLANDER] = &p->pacific_islander,
		[FLAG_FILIPINO] = &p->filipino,
		[FLAG_BLACK] = &p->black,
		[FLAG_WHITE] = &p->white,
		[FLAG_TWO_OR_MORE_RACES] = &p->two_or_more_races,
		[FLAG_IDEA] = &p->idea,
		[FLAG_LEP] = &p->lep,
		[FLAG_SECTION504] = &p->section504,
		[FLAG_ECONOMIC_DISADVANTAGE] = &p->economic_disadvantage,
		[FLAG_MIGRANT] = &p->migrant,
	};
	int i;

	for (i = 0; i < STUDENT_FLAGS; i++)
		delimited_job_flag(job, c->column[i], flags[i]);
}
