#include "grid.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "xalloc.h"

void grid_begin(struct grid *t, struct page *p, struct tvalue *parent,
		const char *key, const char *id, const char *caption,
		const char *csv_path)
{
	memset(t, 0, sizeof(*t));
	t->page = p;
	snprintf(t->id, sizeof(t->id), "%s", id);
	t->map = tv_set_map(p->doc, parent, key);
	tv_set_str(p->doc, t->map, "id", id);
	tv_set_str(p->doc, t->map, "caption", caption);
	t->columns = tv_set_list(p->doc, t->map, "columns");
	t->rows = tv_set_list(p->doc, t->map, "rows");
	if (csv_path) {
		t->csv_path = xstrdup(csv_path);
		page_set_link(p, t->map, "csv", csv_path);
	} else {
		tv_set_str(p->doc, t->map, "csv", "");
	}
}

static void csv_sep(struct grid *t, int first)
{
	if (!first)
		buf_putc(&t->csv, ',');
}

void grid_column(struct grid *t, const char *label, unsigned flags)
{
	struct tv_doc *doc = t->page->doc;
	struct tvalue *c;

	if (t->ncols == GRID_MAX_COLUMNS)
		return;
	t->flags[t->ncols] = flags;
	t->labels[t->ncols] = label;
	t->ncols++;
	if (!(flags & GRID_HTML_ONLY) && t->csv_path) {
		csv_sep(t, t->csv.len == 0);
		escape_csv(&t->csv, label);
	}
	if (flags & GRID_CSV_ONLY)
		return;
	c = tv_push_map(doc, t->columns);
	tv_set_str(doc, c, "label", label);
	tv_set_bool(doc, c, "numeric", flags & GRID_NUM);
	tv_set_str(doc, c, "sorted", flags & GRID_SORTED ? "ascending" : "");
}

void grid_row(struct grid *t)
{
	struct tvalue *row = tv_push_map(t->page->doc, t->rows);

	t->cells = tv_set_list(t->page->doc, row, "cells");
	t->col = 0;
	t->csv_started = 0;
	t->nrows++;
	if (t->csv_path)
		buf_puts(&t->csv, "\r\n");
}

/* A plain number needs no formula guard in the CSV: "-0.5", "12". */
static int plain_number(const char *s)
{
	char *end;

	if (!*s)
		return 0;
	strtod(s, &end);
	return *end == '\0';
}

static void csv_cell(struct grid *t, unsigned flags, const char *text)
{
	csv_sep(t, !t->csv_started);
	t->csv_started = 1;
	if ((flags & GRID_NUM) && plain_number(text))
		buf_puts(&t->csv, text);
	else
		escape_csv(&t->csv, text);
}

/* Keep the distinct values of a filter column, sorted. */
static void remember_option(struct grid *t, const char *text)
{
	struct tv_doc *doc = t->page->doc;
	struct tvalue *list = t->options[t->col], *v, *prev = NULL, *n;

	if (!*text)
		return;
	if (!list)
		list = t->options[t->col] = tv_list(doc);
	for (v = list->u.kids.head; v; prev = v, v = v->next) {
		int c = strcmp(v->u.str.s, text);

		if (c == 0)
			return;
		if (c > 0)
			break;
	}
	n = tv_str(doc, text);
	n->next = v;
	if (prev)
		prev->next = n;
	else
		list->u.kids.head = n;
	if (!v)
		list->u.kids.tail = n;
	list->u.kids.count++;
}

static struct tvalue *add_cell(struct grid *t, const char *text)
{
	struct tv_doc *doc = t->page->doc;
	unsigned flags = t->col < t->ncols ? t->flags[t->col] : 0;
	struct tvalue *c = NULL;

	if (!text)
		text = "";
	if (t->csv_path && !(flags & GRID_HTML_ONLY))
		csv_cell(t, flags, text);
	if (!(flags & GRID_CSV_ONLY)) {
		c = tv_push_map(doc, t->cells);
		tv_set_str(doc, c, "text", text);
		tv_set_bool(doc, c, "rowhead", flags & GRID_ROWHEAD);
		tv_set_bool(doc, c, "numeric", flags & GRID_NUM);
	}
	if (flags & GRID_FILTER)
		remember_option(t, text);
	t->col++;
	return c;
}

void grid_cell(struct grid *t, const char *text)
{
	struct tvalue *c = add_cell(t, text);

	if (c) {
		tv_set_str(t->page->doc, c, "link", "");
		tv_set_str(t->page->doc, c, "sortkey", "");
	}
}

void grid_cellf(struct grid *t, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	grid_cell(t, buf_cstr(&b));
	buf_release(&b);
}

/* Whole numbers are most sort keys; they need no floating point. */
static const char *grid_integer(char *out, long long v)
{
	char tmp[24];
	int n = 0, k = 0;
	unsigned long long u =
	    v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		out[k++] = '-';
	while (n)
		out[k++] = tmp[--n];
	out[k] = '\0';
	return out;
}

void grid_cell_sort(struct grid *t, const char *text, int has_key, double key)
{
	struct tvalue *c = add_cell(t, text);
	char text_key[24];

	if (!c)
		return;
	tv_set_str(t->page->doc, c, "link", "");
	if (has_key && key == (double)(long long)key && key > -1e15 &&
	    key < 1e15)
		tv_set_str(t->page->doc, c, "sortkey",
			   grid_integer(text_key, (long long)key));
	else if (has_key)
		tv_set_printf(t->page->doc, c, "sortkey", "%.6g", key);
	else
		tv_set_str(t->page->doc, c, "sortkey", "");
}

void grid_cell_link(struct grid *t, const char *text, const char *target)
{
	struct tvalue *c = add_cell(t, text);

	if (!c)
		return;
	page_set_link(t->page, c, "link", target);
	tv_set_str(t->page->doc, c, "sortkey", "");
}

static void set_filters(struct grid *t)
{
	struct tv_doc *doc = t->page->doc;
	struct tvalue *filters = tv_set_list(doc, t->map, "filters");
	int k, html_col = 0;

	for (k = 0; k < t->ncols; k++) {
		struct tvalue *f;

		if (t->flags[k] & GRID_CSV_ONLY)
			continue;
		if ((t->flags[k] & GRID_FILTER) && t->options[k]) {
			f = tv_push_map(doc, filters);
			tv_set_str(doc, f, "label", t->labels[k]);
			tv_set_num(doc, f, "column", html_col);
			tv_set_printf(doc, f, "fid", "%s-f%d", t->id, html_col);
			tv_set(f, "options", t->options[k]);
		}
		html_col++;
	}
}

void grid_end(struct grid *t)
{
	struct tv_doc *doc = t->page->doc;

	set_filters(t);
	tv_set_bool(doc, t->map, "empty", t->nrows == 0);
	tv_set_bool(doc, t->map, "interactive", t->nrows > 1);
	if (t->csv_path) {
		buf_puts(&t->csv, "\r\n");
		bundle_take(t->page->site->bundle, t->csv_path, &t->csv);
		free(t->csv_path);
	}
	buf_release(&t->csv);
}
