/*
 * The list of the school's students in scope, each linked to their
 * report and their test history, and the list of the school's groups.
 */
#ifndef SCOREBOOK_PAGE_STUDENTS_H
#define SCOREBOOK_PAGE_STUDENTS_H

#include "site.h"

int page_students(struct site *s);
int page_students_groups(struct site *s);

#endif
