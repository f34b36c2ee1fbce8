#include "page_student.h"

#include <stdio.h>
#include <string.h>

#include "exam_text.h"
#include "label.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"
#include "viz.h"
#include "words.h"

#define STUDENT_MAX_SUBJECTS 8

/* The file suffix of the report in the page's language: ".es.html". */
static void report_suffix(struct buf *b, const struct i18n *lang)
{
	if (strcmp(i18n_lang(lang), "en"))
		buf_printf(b, ".%s", i18n_lang(lang));
	buf_puts(b, ".html");
}

void page_student_header(struct page *p, const struct ds_student *st)
{
	struct tvalue *m = tv_set_map(p->doc, p->data, "student");
	const struct ds_exam *latest = NULL;
	struct buf b = BUF_INIT, b2 = BUF_INIT;
	int i;

	for (i = 0; i < st->exam_count && !latest; i++)
		if (st->exams[i]->in_scope)
			latest = st->exams[i];
	words_student(&b, p->site->lang, st);
	tv_set_str(p->doc, m, "name", buf_cstr(&b));
	tv_set_str(p->doc, m, "first_name", st->first_name);
	tv_set_str(p->doc, m, "ssid", st->ssid);
	buf_reset(&b);
	if (latest)
		words_grade(&b, p->site->lang, latest->grade);
	tv_set_str(p->doc, m, "grade", buf_cstr(&b));
	buf_reset(&b);
	report_suffix(&b, p->site->lang);
	paths_student(&b2, st, buf_cstr(&b));
	page_set_link(p, m, "report", buf_cstr(&b2));
	buf_reset(&b2);
	paths_student(&b2, st, "-history.html");
	page_set_link(p, m, "history", buf_cstr(&b2));
	page_crumb(p, page_text(p, "nav.students"), "students/index.html");
	buf_release(&b);
	buf_release(&b2);
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
	const struct i18n *lang = p->site->lang;
	struct tvalue *m = tv_push_map(p->doc, list);
	const char *words = words_sublevel(lang, e->asmt, c->code, c->level);
	struct buf b = BUF_INIT;

	tv_set_str(p->doc, m, "name",
		   words_claim(lang, e->asmt->subject, c->code));
	tv_set_str(p->doc, m, "level",
		   words ? words : page_text(p, "result.not_scored"));
	if (c->has_scale_score) {
		i18n_number(&b, lang, (double)stats_round(c->scale_score), 0);
		if (c->has_scale_se) {
			buf_puts(&b, " \xc2\xb1 ");
			i18n_number(&b, lang, (double)stats_round(c->scale_se),
				    0);
		}
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
	const struct i18n *lang = p->site->lang;
	struct tvalue *m = tv_push_map(p->doc, list);
	struct buf b = BUF_INIT;
	struct buf score = BUF_INIT, max = BUF_INIT;

	i18n_number(&score, lang, t->score, 0);
	i18n_number(&max, lang, t->max_score, 0);
	if (t->has_score)
		i18n_format(&b, lang, "student.trait_score", buf_cstr(&score),
			    buf_cstr(&max), (char *)NULL);
	else
		buf_printf(&b, "%s%s%s", page_text(p, "result.not_scored"),
			   t->condition_code ? ": " : "",
			   t->condition_code ? t->condition_code : "");
	page_set_format(
	    p, m, "line", "student.trait_line", words_trait(lang, t->trait),
	    words_genre(lang, t->genre), buf_cstr(&b), (char *)NULL);
	tv_set_str(p->doc, m, "meaning", words_trait_meaning(lang, t->trait));
	buf_release(&b);
	buf_release(&score);
	buf_release(&max);
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
	const struct i18n *lang = p->site->lang;
	const char *school =
	    e->school && e->school->name ? e->school->name : "";
	struct buf b = BUF_INIT;

	tv_set_str(p->doc, card, "name", label_assessment(a));
	tv_set_str(p->doc, card, "kind", words_kind(lang, a->kind));
	tv_set_str(p->doc, card, "subject", words_subject(lang, a->subject));
	words_grade(&b, lang, e->grade >= 0 ? e->grade : a->grade);
	page_set_format(p, card, "grade_text", "student.grade", buf_cstr(&b),
			(char *)NULL);
	buf_reset(&b);
	exam_text_year(&b, e->school_year);
	page_set_format(p, card, "year_text", "student.year", buf_cstr(&b),
			(char *)NULL);
	buf_reset(&b);
	i18n_date_long(&b, lang, e->date_completed);
	page_set_format(p, card, "taken", "student.taken", buf_cstr(&b),
			(char *)NULL);
	tv_set_str(p->doc, card, "school", school);
	page_set_format(p, card, "at_school", "student.at", school,
			(char *)NULL);
	buf_reset(&b);
	exam_text_flags(&b, lang, e);
	tv_set_str(p->doc, card, "flags", buf_cstr(&b));
	buf_release(&b);
}

static void card_score(struct page *p, struct tvalue *card,
		       const struct ds_exam *e)
{
	const struct i18n *lang = p->site->lang;
	struct buf b = BUF_INIT, low = BUF_INIT, high = BUF_INIT;

	exam_text_score(&b, lang, e);
	tv_set_str(p->doc, card, "score", buf_cstr(&b));
	buf_reset(&b);
	if (e->has_scale_score && e->has_scale_se) {
		i18n_number(&low, lang,
			    (double)stats_round(e->scale_score - e->scale_se),
			    0);
		i18n_number(&high, lang,
			    (double)stats_round(e->scale_score + e->scale_se),
			    0);
		i18n_format(&b, lang, "student.band", buf_cstr(&low),
			    buf_cstr(&high), (char *)NULL);
	}
	tv_set_str(p->doc, card, "band", buf_cstr(&b));
	tv_set_str(p->doc, card, "level", exam_text_level(lang, e));
	tv_set_str(p->doc, card, "level_class", level_class(e));
	buf_reset(&b);
	if (e->level)
		words_level_meaning(&b, p->site->lang, e->asmt, e->level,
				    e->student->first_name);
	tv_set_str(p->doc, card, "meaning", buf_cstr(&b));
	tv_set_bool(p->doc, card, "is_block", !strcmp(e->asmt->kind, "IAB"));
	viz_scale(p, card, "chart", e);
	buf_release(&b);
	buf_release(&low);
	buf_release(&high);
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

static void history_row(struct page *p, struct grid *t, const struct ds_exam *e)
{
	struct buf b = BUF_INIT;

	grid_row(t);
	exam_text_date(&b, p->site->lang, e);
	grid_cell(t, buf_cstr(&b));
	grid_cell(t, label_assessment(e->asmt));
	grid_cell(t, words_kind(p->site->lang, e->asmt->kind));
	buf_reset(&b);
	exam_text_score(&b, p->site->lang, e);
	grid_cell_sort(t, buf_cstr(&b), e->has_scale_score, e->scale_score);
	grid_cell(t, exam_text_level(p->site->lang, e));
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

	const char *name = words_subject(p->site->lang, subject);

	tv_set_str(p->doc, m, "subject", name);
	page_set_format(p, m, "history_title", "student.history", name,
			(char *)NULL);
	snprintf(id, sizeof(id), "history%d", n);
	grid_begin(&t, p, m, "table", id, name, NULL);
	grid_column(&t, page_text(p, "column.date"), 0);
	grid_column(&t, page_text(p, "column.assessment"), 0);
	grid_column(&t, page_text(p, "column.type"), 0);
	grid_column(&t, page_text(p, "column.scale_score"), GRID_NUM);
	grid_column(&t, page_text(p, "column.level"), 0);
	for (i = 0; i < st->exam_count; i++)
		if (!strcmp(st->exams[i]->asmt->subject, subject))
			history_row(p, &t, st->exams[i]);
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

/* The report's languages as indexes into the site's: English, and the
 * student's own when the bundle carries it.  Returns how many, at most
 * 2. */
static int report_langs(const struct site *s, const struct ds_student *st,
			int *out)
{
	const char *own = i18n_lang_of_code(st->language_code);
	int i;

	out[0] = 0;
	for (i = 1; own && i < s->lang_count; i++) {
		if (!strcmp(i18n_lang(s->langs[i]), own)) {
			out[1] = i;
			return 2;
		}
	}
	return 1;
}

/* Links between the report's languages, each named in its own. */
static void language_links(struct page *p, const struct ds_student *st,
			   const int *which, int n)
{
	struct tvalue *list = tv_set_list(p->doc, p->data, "languages");
	struct buf suffix = BUF_INIT, path = BUF_INIT;
	int i;

	for (i = 0; i < n && n > 1; i++) {
		const struct i18n *lang = p->site->langs[which[i]];
		struct tvalue *m = tv_push_map(p->doc, list);

		buf_reset(&suffix);
		buf_reset(&path);
		report_suffix(&suffix, lang);
		paths_student(&path, st, buf_cstr(&suffix));
		page_set_link(p, m, "link", buf_cstr(&path));
		tv_set_str(p->doc, m, "tag", i18n_lang(lang));
		tv_set_str(p->doc, m, "name", i18n_text(lang, "lang.name"));
		tv_set_bool(p->doc, m, "current", lang == p->site->lang);
	}
	tv_set_bool(p->doc, p->data, "has_languages", n > 1);
	buf_release(&suffix);
	buf_release(&path);
}

/* The guide page on reading the report, in the page's language when
 * the guide has it. */
static void reading_guide(struct page *p)
{
	const struct site_guides *g = p->site->guides;
	int i;

	for (i = 0; i < g->count; i++) {
		if (!strcmp(g->items[i].name, "reading-this-report")) {
			page_set_link(p, p->data, "reading_guide",
				      g->items[i].path);
			return;
		}
	}
	tv_set_str(p->doc, p->data, "reading_guide", "");
}

static int report(struct site *s, const struct ds_student *st, const int *langs,
		  int n)
{
	struct buf path = BUF_INIT, title = BUF_INIT, name = BUF_INIT;
	struct tvalue *cards;
	struct page p;
	int i, rc;

	report_suffix(&title, s->lang);
	paths_student(&path, st, buf_cstr(&title));
	buf_reset(&title);
	words_student(&name, s->lang, st);
	i18n_format(&title, s->lang, "student.title", buf_cstr(&name),
		    (char *)NULL);
	page_begin(&p, s, buf_cstr(&path), buf_cstr(&title));
	language_links(&p, st, langs, n);
	page_student_header(&p, st);
	reading_guide(&p);
	cards = tv_set_list(p.doc, p.data, "results");
	for (i = 0; i < st->exam_count; i++)
		card(&p, cards, st->exams[i]);
	histories(&p, st);
	rc = page_end(&p, "student");
	buf_release(&path);
	buf_release(&title);
	buf_release(&name);
	return rc;
}

int page_student(struct site *s, const struct ds_student *st)
{
	int langs[2], i, n = report_langs(s, st, langs), rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		site_use_lang(s, langs[i]);
		rc = report(s, st, langs, n);
	}
	site_use_lang(s, 0);
	return rc;
}
