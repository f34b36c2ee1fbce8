#include "page_student.h"

#include <stdio.h>
#include <string.h>

#include "exam_text.h"
#include "label.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"
#include "viz.h"

#define STUDENT_MAX_SUBJECTS 8

void page_student_header(struct page *p, const struct ds_student *st)
{
	struct tvalue *m = tv_set_map(p->doc, p->data, "student");
	const struct ds_exam *latest = NULL;
	struct buf b = BUF_INIT;
	int i;

	for (i = 0; i < st->exam_count && !latest; i++)
		if (st->exams[i]->in_scope)
			latest = st->exams[i];
	label_student(&b, st);
	tv_set_str(p->doc, m, "name", buf_cstr(&b));
	tv_set_str(p->doc, m, "first_name", st->first_name);
	tv_set_str(p->doc, m, "ssid", st->ssid);
	buf_reset(&b);
	if (latest)
		label_grade(&b, latest->grade);
	tv_set_str(p->doc, m, "grade", buf_cstr(&b));
	buf_reset(&b);
	paths_student(&b, st, ".html");
	page_set_link(p, m, "report", buf_cstr(&b));
	buf_reset(&b);
	paths_student(&b, st, "-history.html");
	page_set_link(p, m, "history", buf_cstr(&b));
	page_crumb(p, "Students", "students/index.html");
	buf_release(&b);
}

static const char *level_class(const struct ds_exam *e)
{
	static const char *const lv[] = { "", "lv1", "lv2", "lv3", "lv4" };
	static const char *const cat[] = { "", "cat1", "cat2", "cat3" };

	if (e->level < 1 || e->level > 4)
		return "";
	/* Three levels, interim block categories too, share one palette. */
	if (label_level_count(e->asmt) == 3)
		return e->level <= 3 ? cat[e->level] : "";
	return lv[e->level];
}

/* Where the score list of a card goes: claims, composites or domains. */
static const char *score_group(const struct ds_exam *e,
			       const struct ds_score *c)
{
	if (!strcmp(e->asmt->family, "ELPAC"))
		return label_is_composite(c->code) ? "composites" : "domains";
	if (!strcmp(c->kind, "alt"))
		return "composites";
	if (!strcmp(c->kind, "domain"))
		return "domains";
	return "claims";
}

static void score_box(struct page *p, struct tvalue *list,
		      const struct ds_exam *e, const struct ds_score *c)
{
	struct tvalue *m = tv_push_map(p->doc, list);
	const char *words = label_sublevel(e->asmt, c->kind, c->code, c->level);
	struct buf b = BUF_INIT;

	tv_set_str(p->doc, m, "name", label_claim(e->asmt->subject, c->code));
	tv_set_str(p->doc, m, "level", words ? words : "Not scored");
	if (c->has_scale_score) {
		buf_printf(&b, "%ld", stats_round(c->scale_score));
		if (c->has_scale_se)
			buf_printf(&b, " \xc2\xb1 %ld",
				   stats_round(c->scale_se));
	}
	tv_set_str(p->doc, m, "score", buf_cstr(&b));
	tv_set_bool(p->doc, m, "writing", !strcmp(c->code, "2-W"));
	buf_release(&b);
}

/* Writing last, where its traits follow; the others by claim slot. */
static int score_rank(const struct ds_exam *e, const struct ds_score *c)
{
	if (!strcmp(c->code, "2-W"))
		return 100;
	return label_claim_slot(e->asmt->subject, c->code);
}

static void sort_scores(const struct ds_exam *e, const struct ds_score **v,
			int n)
{
	int i, j;

	for (i = 1; i < n; i++) {
		const struct ds_score *c = v[i];

		for (j = i; j > 0 && score_rank(e, v[j - 1]) > score_rank(e, c);
		     j--)
			v[j] = v[j - 1];
		v[j] = c;
	}
}

static void scores(struct page *p, struct tvalue *card, const struct ds_exam *e)
{
	static const char *const groups[] = { "claims", "composites",
					      "domains" };
	const struct ds_score *sorted[64];
	struct tvalue *lists[3];
	int g, i, n = e->score_count < 64 ? e->score_count : 64;

	for (i = 0; i < n; i++)
		sorted[i] = &e->scores[i];
	sort_scores(e, sorted, n);
	for (g = 0; g < 3; g++) {
		lists[g] = tv_set_list(p->doc, card, groups[g]);
		for (i = 0; i < n; i++)
			if (!strcmp(score_group(e, sorted[i]), groups[g]))
				score_box(p, lists[g], e, sorted[i]);
	}
	tv_set_bool(p->doc, card, "has_claims", tv_truthy(lists[0]));
	tv_set_bool(p->doc, card, "has_composites", tv_truthy(lists[1]));
	tv_set_bool(p->doc, card, "has_domains", tv_truthy(lists[2]));
}

/* Organization, evidence, conventions: the order the rubric lists them. */
static int trait_rank(const struct ds_trait *t)
{
	if (!strcmp(t->trait, "ORG"))
		return 0;
	if (!strcmp(t->trait, "EVI"))
		return 1;
	return strcmp(t->trait, "CON") ? 3 : 2;
}

static void trait_item(struct page *p, struct tvalue *list,
		       const struct ds_trait *t)
{
	struct tvalue *m = tv_push_map(p->doc, list);

	tv_set_str(p->doc, m, "name", label_trait(t->trait));
	tv_set_str(p->doc, m, "genre", label_genre(t->genre));
	if (t->has_score)
		tv_set_printf(p->doc, m, "score", "%d of %d", t->score,
			      t->max_score);
	else
		tv_set_printf(p->doc, m, "score", "Not scored%s%s",
			      t->condition_code ? ": " : "",
			      t->condition_code ? t->condition_code : "");
	tv_set_str(p->doc, m, "meaning", label_trait_meaning(t->trait));
}

static void traits(struct page *p, struct tvalue *card, const struct ds_exam *e)
{
	struct tvalue *list = tv_set_list(p->doc, card, "traits");
	int rank, i;

	for (rank = 0; rank <= 3; rank++)
		for (i = 0; i < e->trait_count; i++)
			if (trait_rank(&e->traits[i]) == rank)
				trait_item(p, list, &e->traits[i]);
	tv_set_bool(p->doc, card, "has_traits", e->trait_count > 0);
}

static void accommodations(struct page *p, struct tvalue *card,
			   const struct ds_exam *e)
{
	struct tvalue *list = tv_set_list(p->doc, card, "accommodations");
	int i;

	for (i = 0; i < e->accommodation_count; i++) {
		const struct ds_accommodation *a = &e->accommodations[i];

		if (a->type && a->value)
			tv_push(list,
				tv_printf(p->doc, "%s: %s", a->type, a->value));
		else
			tv_push(list,
				tv_str(p->doc, a->value ? a->value : a->code));
	}
	tv_set_bool(p->doc, card, "has_accommodations",
		    e->accommodation_count > 0);
}

static void card_facts(struct page *p, struct tvalue *card,
		       const struct ds_exam *e)
{
	const struct ds_assessment *a = e->asmt;
	struct buf b = BUF_INIT;

	tv_set_str(p->doc, card, "name", label_assessment(a));
	tv_set_str(p->doc, card, "kind", label_kind(a->kind));
	tv_set_str(p->doc, card, "subject", label_subject(a->subject));
	label_grade(&b, e->grade >= 0 ? e->grade : a->grade);
	tv_set_str(p->doc, card, "grade", buf_cstr(&b));
	buf_reset(&b);
	exam_text_year(&b, e->school_year);
	tv_set_str(p->doc, card, "year", buf_cstr(&b));
	buf_reset(&b);
	exam_text_date(&b, e);
	tv_set_str(p->doc, card, "date", buf_cstr(&b));
	tv_set_str(p->doc, card, "school",
		   e->school && e->school->name ? e->school->name : "");
	buf_reset(&b);
	exam_text_flags(&b, e);
	tv_set_str(p->doc, card, "flags", buf_cstr(&b));
	buf_release(&b);
}

static void card_score(struct page *p, struct tvalue *card,
		       const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	exam_text_score(&b, e);
	tv_set_str(p->doc, card, "score", buf_cstr(&b));
	buf_reset(&b);
	if (e->has_scale_score && e->has_scale_se)
		buf_printf(&b, "%ld to %ld",
			   stats_round(e->scale_score - e->scale_se),
			   stats_round(e->scale_score + e->scale_se));
	tv_set_str(p->doc, card, "band", buf_cstr(&b));
	tv_set_str(p->doc, card, "level", exam_text_level(e));
	tv_set_str(p->doc, card, "level_class", level_class(e));
	buf_reset(&b);
	if (e->level)
		label_level_meaning(&b, e->asmt, e->level,
				    e->student->first_name);
	tv_set_str(p->doc, card, "meaning", buf_cstr(&b));
	tv_set_bool(p->doc, card, "is_block", !strcmp(e->asmt->kind, "IAB"));
	viz_scale(p, card, "chart", e);
	buf_release(&b);
}

static void card(struct page *p, struct tvalue *list, const struct ds_exam *e)
{
	struct tvalue *c = tv_push_map(p->doc, list);

	card_facts(p, c, e);
	card_score(p, c, e);
	scores(p, c, e);
	traits(p, c, e);
	accommodations(p, c, e);
}

static void history_row(struct grid *t, const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	grid_row(t);
	exam_text_date(&b, e);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, label_assessment(e->asmt));
	grid_cell(t, label_kind(e->asmt->kind));
	buf_reset(&b);
	exam_text_score(&b, e);
	grid_cell_sort(t, buf_cstr(&b), e->has_scale_score, e->scale_score);
	grid_cell(t, exam_text_level(e));
	buf_release(&b);
}

/* One subject: its results as a table, its scale scores as a chart. */
static void subject_history(struct page *p, struct tvalue *list,
			    const struct ds_student *st, const char *subject,
			    int n)
{
	const struct ds_exam *chrono[24];
	struct tvalue *m = tv_push_map(p->doc, list);
	struct grid t;
	char id[32];
	int i, k = 0;

	tv_set_str(p->doc, m, "subject", label_subject(subject));
	snprintf(id, sizeof(id), "history%d", n);
	grid_begin(&t, p, m, "table", id, label_subject(subject), NULL);
	grid_column(&t, "Date", 0);
	grid_column(&t, "Assessment", 0);
	grid_column(&t, "Type", 0);
	grid_column(&t, "Scale score", GRID_NUM);
	grid_column(&t, "Level", 0);
	for (i = 0; i < st->exam_count; i++)
		if (!strcmp(st->exams[i]->asmt->subject, subject))
			history_row(&t, st->exams[i]);
	grid_end(&t);
	for (i = st->exam_count - 1; i >= 0 && k < 24; i--)
		if (!strcmp(st->exams[i]->asmt->subject, subject))
			chrono[k++] = st->exams[i];
	viz_history(p, m, "chart", chrono, k);
}

static void histories(struct page *p, const struct ds_student *st)
{
	struct tvalue *list = tv_set_list(p->doc, p->data, "subjects");
	const char *seen[STUDENT_MAX_SUBJECTS];
	int i, k, n = 0;

	for (i = 0; i < st->exam_count && n < STUDENT_MAX_SUBJECTS; i++) {
		const char *subject = st->exams[i]->asmt->subject;

		for (k = 0; k < n && strcmp(seen[k], subject); k++)
			;
		if (k < n)
			continue;
		seen[n++] = subject;
		subject_history(p, list, st, subject, n);
	}
}

int page_student(struct site *s, const struct ds_student *st)
{
	struct buf path = BUF_INIT, title = BUF_INIT;
	struct tvalue *cards;
	struct page p;
	int i, rc;

	paths_student(&path, st, ".html");
	buf_puts(&title, "Student report: ");
	label_student(&title, st);
	page_begin(&p, s, buf_cstr(&path), buf_cstr(&title));
	page_student_header(&p, st);
	cards = tv_set_list(p.doc, p.data, "results");
	for (i = 0; i < st->exam_count; i++)
		card(&p, cards, st->exams[i]);
	histories(&p, st);
	rc = page_end(&p, "student");
	buf_release(&path);
	buf_release(&title);
	return rc;
}
