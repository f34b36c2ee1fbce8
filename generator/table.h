/*
 * A data table built once and written twice: as the value tree of the
 * "table" partial (caption, column headers with scope, sort buttons,
 * filters) and as a CSV file beside the page.  Cells go in column
 * order, row by row.  The table's values belong to the page's document;
 * its CSV, once written, belongs to the bundle.
 */
#ifndef SCOREBOOK_TABLE_H
#define SCOREBOOK_TABLE_H

#include "buf.h"
#include "page.h"

#define TABLE_MAX_COLUMNS 400

enum table_flag {
	TABLE_NUM = 1,	     /* numbers: sorted as numbers, right-aligned */
	TABLE_FILTER = 2,    /* offer a select filter of its values */
	TABLE_SORTED = 4,    /* the rows come sorted by this column */
	TABLE_ROWHEAD = 8,   /* the cell names its row: th scope="row" */
	TABLE_CSV_ONLY = 16, /* only in the CSV file */
	TABLE_HTML_ONLY = 32 /* only on the page */
};

struct table {
	struct page *page;
	struct tvalue *map, *columns, *rows, *cells;
	struct tvalue *options[TABLE_MAX_COLUMNS];
	unsigned flags[TABLE_MAX_COLUMNS];
	const char *labels[TABLE_MAX_COLUMNS];
	int ncols, col, nrows, csv_started;
	char id[48];
	struct buf csv;
	char *csv_path;
};

/*
 * Start a table set as parent.key; id is unique on the page; csv_path,
 * when not NULL, is where the CSV file goes in the bundle.
 */
void table_begin(struct table *t, struct page *p, struct tvalue *parent,
		 const char *key, const char *id, const char *caption,
		 const char *csv_path);
void table_column(struct table *t, const char *label, unsigned flags);
void table_row(struct table *t);
void table_cell(struct table *t, const char *text);
void table_cellf(struct table *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A cell with the value it sorts by; has_key 0 sorts it last. */
void table_cell_sort(struct table *t, const char *text, int has_key,
		     double key);
void table_cell_link(struct table *t, const char *text, const char *target);
/* Finish: filters, the empty-table note, and the CSV into the bundle. */
void table_end(struct table *t);

#endif
