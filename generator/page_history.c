#include "page_history.h"

#include <string.h>

#include "exam_text.h"
#include "label.h"
#include "page.h"
#include "page_student.h"
#include "paths.h"
#include "grid.h"

static void cards(struct page *p, const struct ds_student *st)
{
	struct tvalue *list = tv_set_list(p->doc, p->data, "cards");
	struct buf b = BUF_INIT;
	int i, k;

	/* Exams come newest first: an assessment's first is its latest. */
	for (i = 0; i < st->exam_count; i++) {
		const struct ds_exam *e = st->exams[i];
		struct tvalue *c;
		int count = 0;

		for (k = 0; k < i && st->exams[k]->asmt != e->asmt; k++)
			;
		if (k < i)
			continue;
		for (k = i; k < st->exam_count; k++)
			count += st->exams[k]->asmt == e->asmt;
		c = tv_push_map(p->doc, list);
		tv_set_str(p->doc, c, "name", label_assessment(e->asmt));
		tv_set_str(p->doc, c, "kind", label_kind(e->asmt->kind));
		buf_reset(&b);
		exam_text_date(&b, e);
		tv_set_str(p->doc, c, "date", buf_cstr(&b));
		tv_set_str(p->doc, c, "level", exam_text_level(e));
		tv_set_num(p->doc, c, "count", count);
	}
	buf_release(&b);
}

static void claims_text(struct buf *b, const struct ds_exam *e)
{
	int i;

	for (i = 0; i < e->score_count; i++) {
		const struct ds_score *c = &e->scores[i];
		const char *words =
		    label_sublevel(e->asmt, c->kind, c->code, c->level);

		buf_printf(b, "%s%s: %s", i ? "; " : "",
			   label_claim(e->asmt->subject, c->code),
			   words ? words : "not scored");
	}
}

static void row(struct grid *t, const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	grid_row(t);
	exam_text_date(&b, e);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, label_assessment(e->asmt));
	grid_cell(t, label_kind(e->asmt->kind));
	grid_cell(t, label_subject(e->asmt->subject));
	buf_reset(&b);
	exam_text_year(&b, e->school_year);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, e->school && e->school->name ? e->school->name : "");
	buf_reset(&b);
	label_grade(&b, e->grade);
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	claims_text(&b, e);
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	exam_text_flags(&b, e);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, exam_text_level(e));
	buf_reset(&b);
	exam_text_score(&b, e);
	grid_cell_sort(t, buf_cstr(&b), e->has_scale_score, e->scale_score);
	buf_release(&b);
}

static void columns(struct grid *t)
{
	grid_column(t, "Date", GRID_ROWHEAD);
	grid_column(t, "Assessment", 0);
	grid_column(t, "Type", GRID_FILTER);
	grid_column(t, "Subject", GRID_FILTER);
	grid_column(t, "Year", GRID_FILTER);
	grid_column(t, "School", 0);
	grid_column(t, "Grade", 0);
	grid_column(t, "Claims and other scores", 0);
	grid_column(t, "Status", 0);
	grid_column(t, "Level", 0);
	grid_column(t, "Scale score", GRID_NUM);
}

int page_history(struct site *s, const struct ds_student *st)
{
	struct buf path = BUF_INIT, csv = BUF_INIT, title = BUF_INIT;
	struct grid t;
	struct page p;
	int i, rc;

	paths_student(&path, st, "-history.html");
	paths_student(&csv, st, "-history.csv");
	buf_puts(&title, "Test history: ");
	label_student(&title, st);
	page_begin(&p, s, buf_cstr(&path), buf_cstr(&title));
	page_student_header(&p, st);
	cards(&p, st);
	grid_begin(&t, &p, p.data, "results", "results",
		   "Every result, newest first", buf_cstr(&csv));
	columns(&t);
	for (i = 0; i < st->exam_count; i++)
		row(&t, st->exams[i]);
	grid_end(&t);
	rc = page_end(&p, "history");
	buf_release(&path);
	buf_release(&csv);
	buf_release(&title);
	return rc;
}
