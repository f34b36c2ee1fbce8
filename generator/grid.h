/*
 * A data table built once and written twice: as the value tree of the
 * "table" partial (caption, column headers with scope, sort buttons,
 * filters) and as a CSV file beside the page.  Cells go in column
 * order, row by row.  The table's values belong to the page's document;
 * its CSV, once written, belongs to the bundle.
 */
#ifndef SCOREBOOK_GRID_H
#define SCOREBOOK_GRID_H

#include "buf.h"
#include "page.h"

#define GRID_MAX_COLUMNS 400

enum grid_flag {
	GRID_NUM = 1,	    /* numbers: sorted as numbers, right-aligned */
	GRID_FILTER = 2,    /* offer a select filter of its values */
	GRID_SORTED = 4,    /* the rows come sorted by this column */
	GRID_ROWHEAD = 8,   /* the cell names its row: th scope="row" */
	GRID_CSV_ONLY = 16, /* only in the CSV file */
	GRID_HTML_ONLY = 32 /* only on the page */
};

struct grid {
	struct page *page;
	struct tvalue *map, *columns, *rows, *cells;
	struct tvalue *options[GRID_MAX_COLUMNS];
	unsigned flags[GRID_MAX_COLUMNS];
	const char *labels[GRID_MAX_COLUMNS];
	int ncols, col, nrows, csv_started;
	char id[48];
	struct buf csv;
	char *csv_path;
};

/*
 * Start a table set as parent.key; id is unique on the page; csv_path,
 * when not NULL, is where the CSV file goes in the bundle.
 */
void grid_begin(struct grid *t, struct page *p, struct tvalue *parent,
		const char *key, const char *id, const char *caption,
		const char *csv_path);
void grid_column(struct grid *t, const char *label, unsigned flags);
void grid_row(struct grid *t);
void grid_cell(struct grid *t, const char *text);
void grid_cellf(struct grid *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A cell with the value it sorts by; has_key 0 sorts it last. */
void grid_cell_sort(struct grid *t, const char *text, int has_key, double key);
void grid_cell_link(struct grid *t, const char *text, const char *target);
/* Finish: filters, the empty-table note, and the CSV into the bundle. */
void grid_end(struct grid *t);

#endif
