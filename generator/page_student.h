/*
 * The individual student report: every result of the student up to the
 * year in scope, at any school, newest first, one printed page each:
 * score and error band on the scale, level and what it means, claims,
 * composites and domains, writing traits, accommodations; then the
 * history of each subject.  Named by the student's row id, never by
 * name or SSID.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_STUDENT_H
#define SCOREBOOK_PAGE_STUDENT_H

#include "dataset.h"
#include "page.h"
#include "site.h"

int page_student(struct site *s, const struct ds_student *st);

/* Set map.student: name, first name, SSID, latest grade, school. */
void page_student_header(struct page *p, const struct ds_student *st);

#endif
