/*
 * The list of the school's students in scope, each linked to their
 * report and their test history, and the list of the school's groups.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_STUDENTS_H
#define SCOREBOOK_PAGE_STUDENTS_H

#include "site.h"

int page_students(struct site *s);
int page_students_groups(struct site *s);

#endif
