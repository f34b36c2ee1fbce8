#include "page_students.h"

#include <stdio.h>

#include "words.h"
#include "page.h"
#include "paths.h"
#include "grid.h"

static void student_row(struct grid *t, const struct ds_student *st)
{
	const struct i18n *lang = t->page->site->lang;
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
	grid_row(t);
	words_student(&name, lang, st);
	paths_student(&path, st, ".html");
	grid_cell_link(t, buf_cstr(&name), buf_cstr(&path));
	grid_cell(t, st->ssid);
	buf_reset(&name);
	if (latest)
		words_grade(&name, lang, latest->grade);
	grid_cell(t, buf_cstr(&name));
	snprintf(text, sizeof(text), "%d", count);
	grid_cell_sort(t, text, 1, count);
	buf_reset(&path);
	paths_student(&path, st, "-history.html");
	grid_cell_link(t, i18n_text(lang, "header.history"), buf_cstr(&path));
	buf_release(&name);
	buf_release(&path);
}

int page_students(struct site *s)
{
	const struct dataset *ds = s->ds;
	struct grid t;
	struct page p;
	int i;

	page_begin(&p, s, "students/index.html",
		   i18n_text(s->lang, "students.title"));
	grid_begin(&t, &p, p.data, "students", "students",
		   page_text(&p, "students.caption"), "students/students.csv");
	grid_column(&t, page_text(&p, "column.student"),
		    GRID_ROWHEAD | GRID_SORTED);
	grid_column(&t, page_text(&p, "column.ssid"), 0);
	grid_column(&t, page_text(&p, "column.grade"), GRID_FILTER);
	grid_column(&t, page_text(&p, "column.results"), GRID_NUM);
	grid_column(&t, page_text(&p, "column.history"), GRID_HTML_ONLY);
	for (i = 0; i < ds->roster_count; i++)
		student_row(&t, ds->roster[i]);
	grid_end(&t);
	return page_end(&p, "students");
}

static void group_row(struct grid *t, const struct ds_group *g)
{
	struct buf path = BUF_INIT, year = BUF_INIT;
	char text[16];

	grid_row(t);
	paths_group_dir(&path, g);
	buf_puts(&path, "/index.html");
	grid_cell_link(t, g->name, buf_cstr(&path));
	buf_printf(&year, "%d-%02d", g->year - 1, g->year % 100);
	grid_cell(t, buf_cstr(&year));
	grid_cell(t, g->subject ? g->subject
				: i18n_text(t->page->site->lang, "groups.all"));
	snprintf(text, sizeof(text), "%d", g->member_count);
	grid_cell_sort(t, text, 1, g->member_count);
	buf_release(&path);
	buf_release(&year);
}

int page_students_groups(struct site *s)
{
	const struct dataset *ds = s->ds;
	struct grid t;
	struct page p;
	int i;

	page_begin(&p, s, "groups/index.html",
		   i18n_text(s->lang, "groups.title"));
	grid_begin(&t, &p, p.data, "groups", "groups",
		   page_text(&p, "groups.caption"), NULL);
	grid_column(&t, page_text(&p, "column.group"), GRID_ROWHEAD);
	grid_column(&t, page_text(&p, "column.school_year"), GRID_FILTER);
	grid_column(&t, page_text(&p, "column.subject"), GRID_FILTER);
	grid_column(&t, page_text(&p, "column.students"), GRID_NUM);
	for (i = 0; i < ds->group_count; i++)
		group_row(&t, &ds->groups[i]);
	grid_end(&t);
	return page_end(&p, "groups");
}
