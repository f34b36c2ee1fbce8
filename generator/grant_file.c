/*
 * Reading the grants file with libcsv: fields are collected per row,
 * each row is checked when it ends, and errors are counted so that one
 * bad row fails the file but every bad row is reported.
 */
#include "grant_file.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "xalloc.h"

#define FIELDS 3

static const char *const field_names[FIELDS] = { "login", "role", "org" };
static const char *const role_names[] = { "aggregate", "teacher", "school",
					  "district", "state" };

struct reader {
	struct grant_file *g;
	const char *path;
	long line;
	char *cells[FIELDS];
	int cell_count, extra, errors;
};

int grant_file_safe_login(const char *login)
{
	const unsigned char *p;

	if (!login[0] || login[0] == '.' || strlen(login) > 200)
		return 0;
	for (p = (const unsigned char *)login; *p; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '/' || *p == '\\')
			return 0;
	return 1;
}

static void bad(struct reader *r, int field, const char *msg)
{
	log_error("%s:%ld: %s: %s", r->path, r->line, field_names[field], msg);
	r->errors++;
}

static void on_field(void *data, size_t len, void *ctx)
{
	struct reader *r = ctx;

	if (r->cell_count >= FIELDS) {
		r->extra = 1;
		return;
	}
	r->cells[r->cell_count++] = xstrndup(data ? data : "", len);
}

static int parse_role(const char *text, enum grant_role *role)
{
	size_t i;

	for (i = 0; i < sizeof(role_names) / sizeof(role_names[0]); i++)
		if (!strcasecmp(text, role_names[i])) {
			*role = (enum grant_role)i;
			return 0;
		}
	return -1;
}

static int header_ok(struct reader *r)
{
	int i;

	for (i = 0; i < FIELDS; i++)
		if (strcasecmp(r->cells[i], field_names[i]))
			return 0;
	return !r->extra;
}

static void check_row(struct reader *r, struct grant *gr)
{
	if (!grant_file_safe_login(gr->login))
		bad(r, 0, "empty, or not usable as a folder name");
	if (parse_role(r->cells[1], &gr->role) < 0)
		bad(r, 1,
		    "not one of state, district, school, teacher, "
		    "aggregate");
	else if (gr->role == GRANT_STATE && *gr->org)
		bad(r, 2, "the state role takes no org");
	else if (gr->role != GRANT_STATE && !*gr->org)
		bad(r, 2, "missing");
}

static void add_row(struct reader *r)
{
	struct grant_file *g = r->g;
	struct grant *gr;

	if (g->count == g->alloc) {
		g->alloc = g->alloc ? 2 * g->alloc : 32;
		g->rows =
		    xrealloc(g->rows, (size_t)g->alloc * sizeof(*g->rows));
	}
	gr = &g->rows[g->count++];
	gr->login = r->cells[0];
	gr->org = r->cells[2];
	gr->line = r->line;
	r->cells[0] = r->cells[2] = NULL;
	check_row(r, gr);
}

static void on_row(int c, void *ctx)
{
	struct reader *r = ctx;
	int i;

	(void)c;
	r->line++;
	if (r->cell_count == 1 && !r->cells[0][0])
		; /* a blank line */
	else if (r->cell_count < FIELDS || r->extra)
		bad(r, r->cell_count < FIELDS ? r->cell_count : 2,
		    "a row needs exactly 3 fields");
	else if (r->line == 1 && !header_ok(r))
		bad(r, 0, "the header must be login,role,org");
	else if (r->line > 1)
		add_row(r);
	for (i = 0; i < FIELDS; i++) {
		free(r->cells[i]);
		r->cells[i] = NULL;
	}
	r->cell_count = r->extra = 0;
}

static int by_login(const void *x, const void *y)
{
	const struct grant *a = x, *b = y;
	int c = strcmp(a->login, b->login);

	return c ? c : (a->line > b->line) - (a->line < b->line);
}

static int parse(struct reader *r, FILE *f)
{
	struct csv_parser p;
	char chunk[8192];
	size_t n;

	csv_init(&p, CSV_APPEND_NULL);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (csv_parse(&p, chunk, n, on_field, on_row, r) != n) {
			log_error("%s:%ld: %s", r->path, r->line + 1,
				  csv_strerror(csv_error(&p)));
			csv_free(&p);
			return -1;
		}
	csv_fini(&p, on_field, on_row, r);
	csv_free(&p);
	return 0;
}

int grant_file_load(struct grant_file *g, const char *path)
{
	struct reader r;
	FILE *f = fopen(path, "rb");
	int rc;

	memset(g, 0, sizeof(*g));
	memset(&r, 0, sizeof(r));
	if (!f) {
		log_error("%s: cannot open", path);
		return -1;
	}
	g->path = path;
	r.g = g;
	r.path = path;
	rc = parse(&r, f);
	fclose(f);
	if (rc == 0 && r.line == 0) {
		log_error("%s:1: login: no header", path);
		rc = -1;
	}
	if (rc < 0 || r.errors)
		return -1;
	/* A file with a header alone has no rows to sort (rows is NULL). */
	if (g->count > 1)
		qsort(g->rows, (size_t)g->count, sizeof(*g->rows), by_login);
	return 0;
}

void grant_file_release(struct grant_file *g)
{
	int i;

	for (i = 0; i < g->count; i++) {
		free(g->rows[i].login);
		free(g->rows[i].org);
	}
	free(g->rows);
	memset(g, 0, sizeof(*g));
}
