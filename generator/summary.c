/*
 * Summary tables.  Every count passes suppress_row() before it is
 * written, so the HTML and the CSV hide exactly the same cells.
 */
#include "summary.h"

#include <stdio.h>

#include "aggregate.h"
#include "escape.h"
#include "label.h"
#include "words.h"
#include "page.h"
#include "stats.h"
#include "suppress.h"

#define LEVELS 4

static const char *const csv_header =
    "SchoolId,SchoolYear,Assessment,Claim,Tested,AverageScaleScore,"
    "Level1,Level2,Level3,Level4\r\n";

void summary_init(struct summary *sm, int school_column,
		  const struct i18n *words)
{
	sm->words = words;
	buf_init(&sm->results, BUF_DEFAULT_CAP);
	buf_init(&sm->claims, BUF_DEFAULT_CAP);
	buf_init(&sm->csv, BUF_DEFAULT_CAP);
	sm->school_column = school_column;
	buf_puts(&sm->csv, csv_header);
}

void summary_release(struct summary *sm)
{
	buf_release(&sm->results);
	buf_release(&sm->claims);
	buf_release(&sm->csv);
}

/* One value in both forms: a table cell and a CSV cell. */
static void cell(struct summary *sm, struct buf *html, const char *text)
{
	buf_puts(html, "<td>");
	escape_html(html, text);
	buf_puts(html, "</td>");
	buf_putc(&sm->csv, ',');
	escape_csv(&sm->csv, text);
}

static void count_cell(struct summary *sm, struct buf *html, int n, int hidden)
{
	char text[16];

	snprintf(text, sizeof(text), "%d", n);
	cell(sm, html, hidden ? "*" : text);
}

/* The row's first cells: school (overview only), year, assessment. */
static void row_start(struct summary *sm, struct buf *html,
		      const struct dataset *ds, const struct ds_slice *sl)
{
	char year[16];

	buf_puts(html, "<tr>");
	if (sm->school_column) {
		buf_puts(html, "<td>");
		escape_html(html, ds->school->name ? ds->school->name
						   : ds->school->natural_id);
		buf_puts(html, "</td>");
	}
	escape_csv(&sm->csv, ds->school->natural_id);
	snprintf(year, sizeof(year), "%d-%02d", sl->year - 1, sl->year % 100);
	cell(sm, html, year);
	cell(sm, html, label_assessment(sl->asmt));
}

static void level_cells(struct summary *sm, struct buf *html, const int *counts,
			int n, const int *hidden)
{
	int i;

	for (i = 0; i < LEVELS; i++) {
		if (i < n) {
			count_cell(sm, html, counts[i], hidden[i]);
			continue;
		}
		buf_puts(html, "<td></td>");
		buf_putc(&sm->csv, ',');
	}
}

static void result_row(struct summary *sm, const struct dataset *ds,
		       const struct ds_slice *sl, const struct aggregate *agg)
{
	int n = sl->asmt->levels > 0 && sl->asmt->levels <= LEVELS
		    ? sl->asmt->levels
		    : LEVELS;
	int hidden[LEVELS], all;
	char mean[16];

	all = suppress_row(agg->levels + 1, n, agg->leveled,
			   STATS_MIN_AGGREGATE, hidden);
	row_start(sm, &sm->results, ds, sl);
	buf_putc(&sm->csv, ',');
	count_cell(sm, &sm->results, agg->leveled, all);
	snprintf(mean, sizeof(mean), "%ld", stats_round(agg->scores.mean));
	cell(sm, &sm->results,
	     all || agg->scores.n < STATS_MIN_AGGREGATE ? "*" : mean);
	level_cells(sm, &sm->results, agg->levels + 1, n, hidden);
	buf_puts(&sm->results, "</tr>\n");
	buf_puts(&sm->csv, "\r\n");
}

/* Claim rows use the stricter minimum of claim results. */
static void claim_row(struct summary *sm, const struct dataset *ds,
		      const struct ds_slice *sl,
		      const struct aggregate_claim *c)
{
	int hidden[LEVELS], all;

	all = suppress_row(c->counts + 1, 3, c->total, STATS_MIN_CLAIM, hidden);
	row_start(sm, &sm->claims, ds, sl);
	cell(sm, &sm->claims,
	     words_claim(sm->words, sl->asmt->subject, c->code));
	count_cell(sm, &sm->claims, c->total, all);
	buf_putc(&sm->csv, ',');
	level_cells(sm, &sm->claims, c->counts + 1, 3, hidden);
	buf_puts(&sm->claims, "</tr>\n");
	buf_puts(&sm->csv, "\r\n");
}

void summary_add(struct summary *sm, const struct dataset *ds)
{
	struct cohort c = { "reports", "index.html", "", NULL };
	int i, k;

	for (i = 0; i < ds->slice_count; i++) {
		struct aggregate agg;
		struct view v;

		view_init(&v, &c, &ds->slices[i]);
		aggregate_view(&agg, &v);
		result_row(sm, ds, &ds->slices[i], &agg);
		for (k = 0; k < agg.claim_count; k++)
			claim_row(sm, ds, &ds->slices[i], &agg.claims[k]);
		view_release(&v);
	}
}

/* A column header with the catalog's words of key. */
static void header(struct buf *body, const struct summary *sm, const char *key)
{
	buf_puts(body, "<th scope=\"col\">");
	escape_html(body, i18n_text(sm->words, key));
	buf_puts(body, "</th>");
}

/* The header cells after year and assessment: the columns' keys. */
static void table(struct buf *body, const struct summary *sm,
		  const char *caption_key, const char *first_key,
		  const char *second_key, const struct buf *rows)
{
	char level[16];
	int i;

	buf_puts(body, "<table class=\"summary\">\n<caption>");
	escape_html(body, i18n_text(sm->words, caption_key));
	buf_puts(body, "</caption>\n<thead><tr>");
	if (sm->school_column)
		header(body, sm, "column.school");
	header(body, sm, "column.year");
	header(body, sm, "column.assessment");
	header(body, sm, first_key);
	header(body, sm, second_key);
	for (i = 1; i <= LEVELS; i++) {
		struct buf text = BUF_INIT;

		snprintf(level, sizeof(level), "%d", i);
		i18n_format(&text, sm->words, "column.level_n", level,
			    (char *)NULL);
		buf_puts(body, "<th scope=\"col\">");
		escape_html(body, buf_cstr(&text));
		buf_puts(body, "</th>");
		buf_release(&text);
	}
	buf_printf(body, "</tr></thead>\n<tbody>\n%s</tbody>\n</table>\n",
		   buf_cstr(rows));
}

static void body_of(struct buf *body, const struct summary *sm,
		    const char *lead_key)
{
	struct buf note = BUF_INIT;
	char fewest[16], fewest_claims[16];

	snprintf(fewest, sizeof(fewest), "%d", STATS_MIN_AGGREGATE);
	snprintf(fewest_claims, sizeof(fewest_claims), "%d", STATS_MIN_CLAIM);
	i18n_format(&note, sm->words, "summary.hidden", fewest, fewest_claims,
		    (char *)NULL);
	buf_puts(body, "<p class=\"lead\">");
	escape_html(body, i18n_text(sm->words, lead_key));
	buf_putc(body, ' ');
	escape_html(body, buf_cstr(&note));
	buf_puts(body, "</p>\n");
	buf_release(&note);
	table(body, sm, "summary.results", "column.tested_count",
	      "column.average_scale_score", &sm->results);
	if (sm->claims.len)
		table(body, sm, "summary.claims", "column.claim",
		      "column.tested_count", &sm->claims);
}

/* Only what this bundle has: its home page and the summary CSV. */
static void summary_nav(struct page *p)
{
	struct tvalue *nav = tv_set_list(p->doc, p->data, "nav");
	struct tvalue *home = tv_push_map(p->doc, nav);
	struct tvalue *csv = tv_push_map(p->doc, nav);

	tv_set_str(p->doc, home, "label", page_text(p, "nav.home"));
	page_set_link(p, home, "link", "index.html");
	tv_set_bool(p->doc, home, "current", 1);
	tv_set_str(p->doc, csv, "label", page_text(p, "summary.csv"));
	page_set_link(p, csv, "link", SUMMARY_CSV_PATH);
}

int summary_pages(struct summary *sm, struct site *s, const char *lead_key)
{
	struct buf body = BUF_INIT;
	struct page p;
	int rc;

	page_begin(&p, s, "index.html", i18n_text(s->lang, "summary.title"));
	summary_nav(&p);
	body_of(&body, sm, lead_key);
	page_set_fragment(&p, p.data, "body", &body);
	tv_set_list(p.doc, p.data, "guides");
	rc = page_end(&p, "guide");
	buf_release(&body);
	bundle_take(s->bundle, SUMMARY_CSV_PATH, &sm->csv);
	return rc;
}
