/*
 * The home page of a teacher's bundle: their groups, each linking to
 * the group's own pages; no school-wide view.  The page goes into the
 * site's bundle.
 */
#ifndef SCOREBOOK_PAGE_TEACHER_H
#define SCOREBOOK_PAGE_TEACHER_H

#include "site.h"

/* index.html; 0 or -1. */
int page_teacher_home(struct site *s);

#endif
