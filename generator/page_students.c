#include "page_students.h"

#include <stdio.h>

#include "label.h"
#include "page.h"
#include "paths.h"
#include "table.h"

static void student_row(struct table *t, const struct ds_student *st)
{
	struct buf name = BUF_INIT, path = BUF_INIT;
	const struct ds_exam *latest = NULL;
	int i, count = 0;
	char text[16];

	for (i = 0; i < st->exam_count; i++) {
		if (!st->exams[i]->in_scope)
			continue;
		latest = latest ? latest : st->exams[i];
		count++;
	}
	table_row(t);
	label_student(&name, st);
	paths_student(&path, st, ".html");
	table_cell_link(t, buf_cstr(&name), buf_cstr(&path));
	table_cell(t, st->ssid);
	buf_reset(&name);
	if (latest)
		label_grade(&name, latest->grade);
	table_cell(t, buf_cstr(&name));
	snprintf(text, sizeof(text), "%d", count);
	table_cell_sort(t, text, 1, count);
	buf_reset(&path);
	paths_student(&path, st, "-history.html");
	table_cell_link(t, "Test history", buf_cstr(&path));
	buf_release(&name);
	buf_release(&path);
}

int page_students(struct site *s)
{
	const struct dataset *ds = s->ds;
	struct table t;
	struct page p;
	int i;

	page_begin(&p, s, "students/index.html", "Students");
	table_begin(&t, &p, p.data, "students", "students",
		    "Students with results at this school",
		    "students/students.csv");
	table_column(&t, "Student", TABLE_ROWHEAD | TABLE_SORTED);
	table_column(&t, "SSID", 0);
	table_column(&t, "Grade", TABLE_FILTER);
	table_column(&t, "Results", TABLE_NUM);
	table_column(&t, "History", TABLE_HTML_ONLY);
	for (i = 0; i < ds->roster_count; i++)
		student_row(&t, ds->roster[i]);
	table_end(&t);
	return page_end(&p, "students");
}

static void group_row(struct page *p, struct table *t, const struct ds_group *g)
{
	struct buf path = BUF_INIT, year = BUF_INIT;
	char text[16];

	table_row(t);
	paths_group_dir(&path, g);
	buf_puts(&path, "/index.html");
	table_cell_link(t, g->name, buf_cstr(&path));
	buf_printf(&year, "%d-%02d", g->year - 1, g->year % 100);
	table_cell(t, buf_cstr(&year));
	table_cell(t, g->subject ? g->subject : "All");
	snprintf(text, sizeof(text), "%d", g->member_count);
	table_cell_sort(t, text, 1, g->member_count);
	(void)p;
	buf_release(&path);
	buf_release(&year);
}

int page_students_groups(struct site *s)
{
	const struct dataset *ds = s->ds;
	struct table t;
	struct page p;
	int i;

	page_begin(&p, s, "groups/index.html", "Student groups");
	table_begin(&t, &p, p.data, "groups", "groups",
		    "Student groups of this school", NULL);
	table_column(&t, "Group", TABLE_ROWHEAD | TABLE_SORTED);
	table_column(&t, "School year", TABLE_FILTER);
	table_column(&t, "Subject", TABLE_FILTER);
	table_column(&t, "Students", TABLE_NUM);
	for (i = 0; i < ds->group_count; i++)
		group_row(&p, &t, &ds->groups[i]);
	table_end(&t);
	return page_end(&p, "groups");
}
