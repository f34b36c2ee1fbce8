#include "page_items.h"

#include <stdio.h>
#include <string.h>

#include "item_stats.h"
#include "label.h"
#include "words.h"
#include "page.h"
#include "page_results.h"
#include "paths.h"
#include "stats.h"
#include "grid.h"

/* The CSV path of one table of the page: DIR/items-...-a5-keys.csv */
static void csv_path(struct buf *b, const struct view *v, const char *what)
{
	char suffix[32];

	snprintf(suffix, sizeof(suffix), "-%s.csv", what);
	paths_view(b, v->cohort->dir, PATHS_ITEMS, v->slice->asmt,
		   v->slice->year, suffix);
}

static void put_distribution(struct grid *t, const struct item_stat *it)
{
	struct buf b = BUF_INIT;
	int k, top = it->max_points > 0 ? it->max_points : 0;

	for (k = 0; k <= top && k <= ITEM_MAX_POINTS; k++)
		buf_printf(&b, "%s%d: %d%%", k ? " \xc2\xb7 " : "", k,
			   stats_percent(it->at[k], it->scored));
	grid_cell(t, buf_cstr(&b));
	buf_release(&b);
}

static void item_row(struct grid *t, const struct item_stat *it,
		     const char *subject)
{
	char text[32];

	grid_row(t);
	snprintf(text, sizeof(text), "%d", it->position);
	grid_cell_sort(t, text, 1, it->position);
	grid_cell(t, it->key);
	grid_cell(t, it->format);
	grid_cell(t, it->claim
			 ? words_claim(t->page->site->lang, subject, it->claim)
			 : "");
	grid_cell(t, it->target);
	grid_cell(t, it->standard);
	if (it->dok >= 0)
		snprintf(text, sizeof(text), "%d", it->dok);
	grid_cell_sort(t, it->dok >= 0 ? text : "", it->dok >= 0, it->dok);
	snprintf(text, sizeof(text), "%d", it->max_points);
	grid_cell_sort(t, it->max_points >= 0 ? text : "", it->max_points >= 0,
		       it->max_points);
	snprintf(text, sizeof(text), "%d", it->scored);
	grid_cell_sort(t, text, 1, it->scored);
	snprintf(text, sizeof(text), "%.2f",
		 it->scored ? it->sum / it->scored : 0);
	grid_cell_sort(t, it->scored ? text : "", it->scored,
		       it->scored ? it->sum / it->scored : 0);
	snprintf(text, sizeof(text), "%d%%",
		 stats_percent(it->full, it->scored));
	grid_cell_sort(t, it->scored && it->max_points > 0 ? text : "",
		       it->scored && it->max_points > 0,
		       stats_percent(it->full, it->scored));
	put_distribution(t, it);
}

static void items_table(struct page *p, const struct view *v,
			const struct item_stats *st)
{
	struct buf csv = BUF_INIT;
	struct grid t;
	int k;

	csv_path(&csv, v, "items");
	grid_begin(&t, p, p->data, "items", "items",
		   page_text(p, "items.items_caption"), buf_cstr(&csv));
	grid_column(&t, page_text(p, "column.item"),
		    GRID_NUM | GRID_ROWHEAD | GRID_SORTED);
	grid_column(&t, page_text(p, "column.item_id"), 0);
	grid_column(&t, page_text(p, "column.type"), GRID_FILTER);
	grid_column(&t, page_text(p, "column.claim"), GRID_FILTER);
	grid_column(&t, page_text(p, "column.target"), 0);
	grid_column(&t, page_text(p, "column.standard"), 0);
	grid_column(&t, page_text(p, "column.dok"), GRID_NUM);
	grid_column(&t, page_text(p, "column.max_points"), GRID_NUM);
	grid_column(&t, page_text(p, "column.students"), GRID_NUM);
	grid_column(&t, page_text(p, "column.average_points"), GRID_NUM);
	grid_column(&t, page_text(p, "column.full_credit"), GRID_NUM);
	grid_column(&t, page_text(p, "column.point_shares"), 0);
	for (k = 0; k < st->count; k++)
		item_row(&t, &st->items[k], v->slice->asmt->subject);
	grid_end(&t);
	buf_release(&csv);
}

static int widest_choice(const struct item_stats *st)
{
	int k, n = 0;

	for (k = 0; k < st->count; k++)
		if (st->items[k].choice && st->items[k].options > n)
			n = st->items[k].options;
	return n < 4 && n > 0 ? 4 : n;
}

static void key_row(struct grid *t, const struct item_stat *it, int width)
{
	const struct i18n *lang = t->page->site->lang;
	struct buf text = BUF_INIT;
	char head[16], pct_text[16];
	int k;

	grid_row(t);
	snprintf(head, sizeof(head), "%d", it->position);
	grid_cell_sort(t, head, 1, it->position);
	grid_cell(t, it->key);
	if (!it->key_letters[0])
		buf_puts(&text, i18n_text(lang, "items.key_unknown"));
	else if (it->key_inferred)
		i18n_format(&text, lang, "items.key_inferred", it->key_letters,
			    (char *)NULL);
	else
		buf_puts(&text, it->key_letters);
	grid_cell(t, buf_cstr(&text));
	for (k = 0; k < width; k++) {
		int pct = stats_percent(it->chose[k], it->answered + it->blank);
		int is_key = strchr(it->key_letters, 'A' + k) != NULL;

		buf_reset(&text);
		snprintf(pct_text, sizeof(pct_text), "%d%%", pct);
		if (is_key)
			i18n_format(&text, lang, "items.key_share", pct_text,
				    (char *)NULL);
		else
			buf_puts(&text, pct_text);
		grid_cell_sort(t, k < it->options ? buf_cstr(&text) : "",
			       k < it->options, pct);
	}
	buf_release(&text);
	snprintf(pct_text, sizeof(pct_text), "%d%%",
		 stats_percent(it->blank, it->answered + it->blank));
	grid_cell_sort(t, pct_text, 1,
		       stats_percent(it->blank, it->answered + it->blank));
}

static void keys_table(struct page *p, const struct view *v,
		       const struct item_stats *st)
{
	static const char *const letters[] = {
		"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
		"N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"
	};
	int width = widest_choice(st), k;
	struct buf csv = BUF_INIT;
	struct grid t;

	tv_set_bool(p->doc, p->data, "has_keys", width > 0);
	if (!width)
		return;
	csv_path(&csv, v, "keys");
	grid_begin(&t, p, p->data, "keys", "keys",
		   page_text(p, "items.keys_caption"), buf_cstr(&csv));
	grid_column(&t, page_text(p, "column.item"),
		    GRID_NUM | GRID_ROWHEAD | GRID_SORTED);
	grid_column(&t, page_text(p, "column.item_id"), 0);
	grid_column(&t, page_text(p, "column.key"), 0);
	for (k = 0; k < width; k++)
		grid_column(&t, letters[k], GRID_NUM);
	grid_column(&t, page_text(p, "column.no_response"), GRID_NUM);
	for (k = 0; k < st->count; k++)
		if (st->items[k].choice)
			key_row(&t, &st->items[k], width);
	grid_end(&t);
	buf_release(&csv);
}

static void matrix_columns(struct page *p, struct grid *t,
			   const struct item_stats *st)
{
	struct buf label = BUF_INIT;
	char position[16], max[16];
	int k;

	grid_column(t, page_text(p, "column.student"),
		    GRID_ROWHEAD | GRID_SORTED);
	for (k = 0; k < st->count; k++) {
		const struct item_stat *it = &st->items[k];

		snprintf(position, sizeof(position), "%d", it->position);
		snprintf(max, sizeof(max), "%d", it->max_points);
		buf_reset(&label);
		i18n_format(&label, p->site->lang,
			    it->max_points >= 0 ? "items.item_of"
						: "items.item",
			    position, max, (char *)NULL);
		/* Labels live in the page's document, so copy them there. */
		grid_column(t, tv_str(p->doc, buf_cstr(&label))->u.str.s,
			    GRID_NUM);
	}
	grid_column(t, page_text(p, "column.total_points"), GRID_NUM);
	buf_release(&label);
}

static void matrix_row(struct grid *t, const struct item_stats *st,
		       const struct ds_exam *e)
{
	struct buf name = BUF_INIT, path = BUF_INIT;
	double total = 0;
	char text[32];
	int k;

	grid_row(t);
	words_student(&name, t->page->site->lang, e->student);
	paths_student(&path, e->student, ".html");
	grid_cell_link(t, buf_cstr(&name), buf_cstr(&path));
	for (k = 0; k < st->count; k++) {
		const struct ds_response *r = item_stats_response(st, k, e);

		if (!item_stats_scored(r)) {
			grid_cell_sort(t,
				       r ? i18n_text(t->page->site->lang,
						     "result.not_scored")
					 : "",
				       0, 0);
			continue;
		}
		snprintf(text, sizeof(text), "%g", r->score);
		grid_cell_sort(t, text, 1, r->score);
		total += r->score;
	}
	snprintf(text, sizeof(text), "%g", total);
	grid_cell_sort(t, text, 1, total);
	buf_release(&name);
	buf_release(&path);
}

static void matrix_table(struct page *p, const struct view *v,
			 const struct item_stats *st)
{
	struct buf csv = BUF_INIT;
	struct grid t;
	int i;

	csv_path(&csv, v, "students");
	grid_begin(&t, p, p->data, "matrix", "matrix",
		   page_text(p, "items.matrix_caption"), buf_cstr(&csv));
	matrix_columns(p, &t, st);
	for (i = 0; i < v->count; i++)
		matrix_row(&t, st, v->exams[i]);
	grid_end(&t);
	buf_release(&csv);
}

static void trait_row(struct grid *t, const struct trait_stat *ts)
{
	const struct i18n *lang = t->page->site->lang;
	struct buf b = BUF_INIT;
	char text[32];
	int k;

	grid_row(t);
	grid_cell(t, words_trait(lang, ts->trait));
	grid_cell(t, words_genre(lang, ts->genre));
	snprintf(text, sizeof(text), "%d", ts->scored);
	grid_cell_sort(t, text, 1, ts->scored);
	snprintf(text, sizeof(text), "%.2f",
		 ts->scored ? ts->sum / ts->scored : 0);
	grid_cell_sort(t, ts->scored ? text : "", ts->scored,
		       ts->scored ? ts->sum / ts->scored : 0);
	snprintf(text, sizeof(text), "%d", ts->max_score);
	grid_cell_sort(t, text, 1, ts->max_score);
	for (k = 0; k <= ts->max_score && k <= ITEM_MAX_POINTS; k++)
		buf_printf(&b, "%s%d: %d (%d%%)", k ? " \xc2\xb7 " : "", k,
			   ts->at[k], stats_percent(ts->at[k], ts->scored));
	grid_cell(t, buf_cstr(&b));
	buf_release(&b);
}

void page_items_traits(struct page *p, const struct item_stats *st,
		       const char *csv)
{
	struct grid t;
	int k;

	tv_set_bool(p->doc, p->data, "has_traits", st->trait_count > 0);
	if (!st->trait_count)
		return;
	grid_begin(&t, p, p->data, "traits", "traits",
		   page_text(p, "items.traits_caption"), csv);
	grid_column(&t, page_text(p, "column.trait"), GRID_ROWHEAD);
	grid_column(&t, page_text(p, "column.genre"), GRID_FILTER);
	grid_column(&t, page_text(p, "column.students"), GRID_NUM);
	grid_column(&t, page_text(p, "column.average"), GRID_NUM);
	grid_column(&t, page_text(p, "column.maximum"), GRID_NUM);
	grid_column(&t, page_text(p, "column.score_counts"), 0);
	for (k = 0; k < st->trait_count; k++)
		trait_row(&t, &st->traits[k]);
	grid_end(&t);
}

int page_items(struct site *s, const struct view *v)
{
	const struct ds_assessment *a = v->slice->asmt;
	struct item_stats st;
	struct buf path = BUF_INIT;
	struct page p;
	int rc;

	item_stats_build(&st, v);
	paths_view(&path, v->cohort->dir, PATHS_ITEMS, a, v->slice->year,
		   ".html");
	page_begin(&p, s, buf_cstr(&path), label_assessment(a));
	buf_reset(&path);
	page_results_heading(&p, v, "link.items");
	page_set_count(&p, p.data, "students", "items.results", v->count);
	tv_set_bool(p.doc, p.data, "has_package", a->item_count > 0);
	items_table(&p, v, &st);
	keys_table(&p, v, &st);
	matrix_table(&p, v, &st);
	csv_path(&path, v, "traits");
	page_items_traits(&p, &st, buf_cstr(&path));
	rc = page_end(&p, "items");
	item_stats_release(&st);
	buf_release(&path);
	return rc;
}
