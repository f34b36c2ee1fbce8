/*
 * Reading a delimited table (comma, caret or tab) with libcsv: a header
 * row of column names, then data rows, each with the physical line it
 * starts on.  Columns are found by name, never by position; names match
 * ignoring case and punctuation, so "DISTRICT_ID" is "DistrictId".
 *
 * Cells are trimmed of stray spaces and tabs.  Every string the table
 * returns belongs to it: header names live until table_close(), cells
 * until the next table_next().
 */
#ifndef SCOREBOOK_TABLE_H
#define SCOREBOOK_TABLE_H

#include <csv.h>
#include <stddef.h>

#include "buf.h"

enum table_flag {
	TABLE_COMMENTS = 1, /* lines starting with '#' are comments */
	TABLE_NO_DATA = 2,  /* a cell "No Data" is an empty cell */
};

struct table {
	const char *pos, *end;
	struct csv_parser parser;
	unsigned char delimiter;
	int flags;
	long line;     /* the last physical line fed to the parser */
	long row_line; /* the line the current row starts on */
	int between_rows, row_ready, failed;
	int only_column; /* keep this column's cells only; -1 keeps all */

	/* The current row: NUL-terminated cells one after another. */
	struct buf cells;
	size_t *offsets;
	int count, alloc;

	/* The header row, as written and as matched. */
	char **names, **keys;
	int width;
	long header_line;

	/* Where the data rows start, for table_rewind(). */
	const char *data_pos;
	long data_line;
};

/*
 * Read the header row of text (which must outlive the table).  Returns
 * 0, or -1 when there is no header row.
 */
int table_open(struct table *t, const char *text, size_t len);
void table_close(struct table *t);
void table_set_flags(struct table *t, int flags);
/*
 * Keep only this column's cells (the others read as empty), for a quick
 * pass over one column; -1 keeps every column again.
 */
void table_only_column(struct table *t, int column);

/* Read the next data row: 1 when there is one, 0 at the end, -1 on error. */
int table_next(struct table *t);
/* Start again from the first data row. */
void table_rewind(struct table *t);

/* The column's index, or -1 when the header has no such column. */
int table_column(const struct table *t, const char *name);
/* The column's name as the header writes it. */
const char *table_name(const struct table *t, int column);
/* The cell of the current row; "" when absent or column is -1. */
const char *table_cell(const struct table *t, int column);
/* Whether every cell of the current row is empty. */
int table_row_blank(const struct table *t);
/* The physical line the current row starts on. */
long table_line(const struct table *t);
unsigned char table_delimiter(const struct table *t);

#endif
