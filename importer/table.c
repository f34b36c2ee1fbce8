#include "table.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* How much a field grows at a time while libcsv reads it. */
#define TABLE_FIELD_BLOCK ((size_t)1 << 20)

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void on_field(void *field, size_t len, void *ctx)
{
	struct table *t = ctx;
	const char *p = field ? field : "";

	if (t->only_column >= 0 && t->count != t->only_column)
		len = 0;
	while (len && (*p == ' ' || *p == '\t')) {
		p++;
		len--;
	}
	while (len && is_blank(p[len - 1]))
		len--;
	if ((t->flags & TABLE_NO_DATA) && len == 7 && !memcmp(p, "No Data", 7))
		len = 0;
	if (t->count == t->alloc) {
		t->alloc = t->alloc ? t->alloc * 2 : 64;
		t->offsets = xrealloc(t->offsets,
				      (size_t)t->alloc * sizeof(*t->offsets));
	}
	/*
	 * Empty cells, most of a wide row, share the empty string at offset
	 * 0; buf_add ends the text with a NUL, kept as the cell's end.
	 */
	t->offsets[t->count++] = len ? t->cells.len : 0;
	if (!len)
		return;
	buf_add(&t->cells, p, len);
	if (!t->cells.overflowed)
		t->cells.len++;
}

static void on_row(int terminator, void *ctx)
{
	struct table *t = ctx;

	(void)terminator;
	t->row_ready = 1;
	t->between_rows = 1;
}

/*
 * The next physical line, terminator included.  A lone CR ends a line
 * too, so that one chunk never holds the ends of two rows.
 */
static size_t line_length(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	const char *stop = nl ? nl + 1 : end;
	const char *cr = memchr(p, '\r', (size_t)(stop - p));

	if (cr && cr + 1 < stop && cr[1] != '\n')
		return (size_t)(cr + 1 - p);
	return (size_t)(stop - p);
}

static int chunk_blank(const char *p, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_blank(p[i]))
			return 0;
	return 1;
}

/*
 * Between rows, a line may be skipped: blank lines always, comments
 * where the format has them, and anything before the header that
 * starts with '#'.
 */
static int skip_line(const struct table *t, const char *p, size_t len)
{
	if (chunk_blank(p, len))
		return 1;
	return *p == '#' && ((t->flags & TABLE_COMMENTS) || !t->names);
}

/* Feed lines until a row is complete or the text ends. */
static int fill_row(struct table *t)
{
	t->count = 0;
	buf_reset(&t->cells);
	buf_putc(&t->cells, '\0');
	t->row_ready = 0;
	while (!t->row_ready && t->pos < t->end) {
		size_t len = line_length(t->pos, t->end);
		const char *p = t->pos;

		t->pos += len;
		t->line++;
		if (t->between_rows) {
			if (skip_line(t, p, len))
				continue;
			t->between_rows = 0;
			t->row_line = t->line;
		}
		if (csv_parse(&t->parser, p, len, on_field, on_row, t) != len)
			return -1;
	}
	if (!t->row_ready && !t->between_rows) {
		/* The last row has no line end: let libcsv close it. */
		if (csv_fini(&t->parser, on_field, on_row, t) != 0)
			return -1;
		t->between_rows = 1;
	}
	return t->row_ready;
}

/* Lowercase letters and digits only: "DISTRICT_ID" and "DistrictId". */
static char *match_key(const char *name)
{
	char *key = xmalloc(strlen(name) + 1);
	char *k = key;

	for (; *name; name++)
		if (isalnum((unsigned char)*name))
			*k++ = (char)tolower((unsigned char)*name);
	*k = '\0';
	return key;
}

/* The delimiter the header line uses most: caret, tab or comma. */
static unsigned char detect_delimiter(const char *p, const char *end)
{
	static const char candidates[] = { '^', '\t', ',' };
	size_t len, i, best_count = 0;
	unsigned char best = ',';

	while (p < end) {
		len = line_length(p, end);
		if (!chunk_blank(p, len) && *p != '#')
			break;
		p += len;
	}
	len = p < end ? line_length(p, end) : 0;
	for (i = 0; i < sizeof(candidates); i++) {
		size_t n = 0, j;

		for (j = 0; j < len; j++)
			n += p[j] == candidates[i];
		if (n > best_count) {
			best_count = n;
			best = (unsigned char)candidates[i];
		}
	}
	return best;
}

static void keep_header(struct table *t)
{
	int i;

	t->width = t->count;
	t->names = xcalloc((size_t)t->width + 1, sizeof(*t->names));
	t->keys = xcalloc((size_t)t->width + 1, sizeof(*t->keys));
	for (i = 0; i < t->width; i++) {
		t->names[i] = xstrdup(table_cell(t, i));
		t->keys[i] = match_key(t->names[i]);
	}
	t->header_line = t->row_line;
	t->data_pos = t->pos;
	t->data_line = t->line;
}

static void start_parser(struct table *t)
{
	csv_init(&t->parser, 0);
	csv_set_delim(&t->parser, t->delimiter);
	/*
	 * libcsv grows a field 128 bytes at a time by default: a field of
	 * 100 MB would take most of a million reallocations.
	 */
	csv_set_blk_size(&t->parser, TABLE_FIELD_BLOCK);
	t->between_rows = 1;
}

int table_open(struct table *t, const char *text, size_t len)
{
	memset(t, 0, sizeof(*t));
	buf_init(&t->cells, 0);
	t->only_column = -1;
	t->pos = text;
	t->end = text + len;
	t->delimiter = detect_delimiter(t->pos, t->end);
	start_parser(t);
	if (fill_row(t) != 1 || table_row_blank(t))
		return -1;
	keep_header(t);
	return 0;
}

void table_close(struct table *t)
{
	int i;

	csv_free(&t->parser);
	for (i = 0; i < t->width; i++) {
		free(t->names[i]);
		free(t->keys[i]);
	}
	free(t->names);
	free(t->keys);
	free(t->offsets);
	buf_release(&t->cells);
	memset(t, 0, sizeof(*t));
}

void table_set_flags(struct table *t, int flags)
{
	t->flags = flags;
}

void table_only_column(struct table *t, int column)
{
	t->only_column = column;
}

int table_next(struct table *t)
{
	int rc;

	if (t->failed)
		return -1;
	rc = fill_row(t);
	if (rc < 0)
		t->failed = 1;
	return rc;
}

void table_rewind(struct table *t)
{
	csv_free(&t->parser);
	start_parser(t);
	t->pos = t->data_pos;
	t->line = t->data_line;
	t->count = 0;
	t->failed = 0;
}

int table_column(const struct table *t, const char *name)
{
	char *key = match_key(name);
	int i;

	for (i = 0; i < t->width; i++)
		if (!strcmp(t->keys[i], key))
			break;
	free(key);
	return i < t->width ? i : -1;
}

const char *table_name(const struct table *t, int column)
{
	return column >= 0 && column < t->width ? t->names[column] : "";
}

const char *table_cell(const struct table *t, int column)
{
	if (column < 0 || column >= t->count)
		return "";
	return t->cells.data + t->offsets[column];
}

int table_row_blank(const struct table *t)
{
	int i;

	for (i = 0; i < t->count; i++)
		if (*table_cell(t, i))
			return 0;
	return 1;
}

long table_line(const struct table *t)
{
	return t->row_line;
}

unsigned char table_delimiter(const struct table *t)
{
	return t->delimiter;
}
