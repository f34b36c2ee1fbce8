#include "page_history.h"

#include <string.h>

#include "exam_text.h"
#include "label.h"
#include "words.h"
#include "page.h"
#include "page_student.h"
#include "paths.h"
#include "grid.h"

static void cards(struct page *p, const struct ds_student *st)
{
	struct tvalue *list = tv_set_list(p->doc, p->data, "cards");
	const struct i18n *lang = p->site->lang;
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
		tv_set_str(p->doc, c, "kind", words_kind(lang, e->asmt->kind));
		buf_reset(&b);
		exam_text_date(&b, lang, e);
		page_set_format(p, c, "latest", "history.latest", buf_cstr(&b),
				exam_text_level(lang, e), (char *)NULL);
		page_set_count(p, c, "count", "history.results", count);
	}
	buf_release(&b);
}

static void claims_text(struct buf *b, const struct i18n *lang,
			const struct ds_exam *e)
{
	int i;

	for (i = 0; i < e->score_count; i++) {
		const struct ds_score *c = &e->scores[i];
		const char *words =
		    words_sublevel(lang, e->asmt, c->code, c->level);

		if (i)
			buf_puts(b, "; ");
		i18n_format(b, lang, "history.claim",
			    words_claim(lang, e->asmt->subject, c->code),
			    words ? words
				  : i18n_text(lang, "result.not_scored"),
			    (char *)NULL);
	}
}

static void row(struct grid *t, const struct ds_exam *e)
{
	const struct i18n *lang = t->page->site->lang;
	struct buf b = BUF_INIT;

	grid_row(t);
	exam_text_date(&b, lang, e);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, label_assessment(e->asmt));
	grid_cell(t, words_kind(lang, e->asmt->kind));
	grid_cell(t, words_subject(lang, e->asmt->subject));
	buf_reset(&b);
	exam_text_year(&b, e->school_year);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, e->school && e->school->name ? e->school->name : "");
	buf_reset(&b);
	words_grade(&b, lang, e->grade);
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	claims_text(&b, lang, e);
	grid_cell(t, buf_cstr(&b));
	buf_reset(&b);
	exam_text_flags(&b, lang, e);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, exam_text_level(lang, e));
	buf_reset(&b);
	exam_text_score(&b, lang, e);
	grid_cell_sort(t, buf_cstr(&b), e->has_scale_score, e->scale_score);
	buf_release(&b);
}

static void columns(struct page *p, struct grid *t)
{
	grid_column(t, page_text(p, "column.date"), GRID_ROWHEAD);
	grid_column(t, page_text(p, "column.assessment"), 0);
	grid_column(t, page_text(p, "column.type"), GRID_FILTER);
	grid_column(t, page_text(p, "column.subject"), GRID_FILTER);
	grid_column(t, page_text(p, "column.year"), GRID_FILTER);
	grid_column(t, page_text(p, "column.school"), 0);
	grid_column(t, page_text(p, "column.grade"), 0);
	grid_column(t, page_text(p, "column.scores"), 0);
	grid_column(t, page_text(p, "column.status"), 0);
	grid_column(t, page_text(p, "column.level"), 0);
	grid_column(t, page_text(p, "column.scale_score"), GRID_NUM);
}

int page_history(struct site *s, const struct ds_student *st)
{
	struct buf path = BUF_INIT, csv = BUF_INIT, title = BUF_INIT;
	struct buf name = BUF_INIT;
	struct grid t;
	struct page p;
	int i, rc;

	paths_student(&path, st, "-history.html");
	paths_student(&csv, st, "-history.csv");
	words_student(&name, s->lang, st);
	i18n_format(&title, s->lang, "history.title", buf_cstr(&name),
		    (char *)NULL);
	page_begin(&p, s, buf_cstr(&path), buf_cstr(&title));
	page_student_header(&p, st);
	cards(&p, st);
	grid_begin(&t, &p, p.data, "results", "results",
		   page_text(&p, "history.caption"), buf_cstr(&csv));
	columns(&p, &t);
	for (i = 0; i < st->exam_count; i++)
		row(&t, st->exams[i]);
	grid_end(&t);
	rc = page_end(&p, "history");
	buf_release(&path);
	buf_release(&csv);
	buf_release(&title);
	buf_release(&name);
	return rc;
}
