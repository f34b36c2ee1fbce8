#include "store_load.h"

#include <inttypes.h>
#include <stdio.h>

void store_load_init(struct store_load *l)
{
	buf_init(&l->rows, 0);
	l->fields = 0;
	l->count = 0;
}

void store_load_release(struct store_load *l)
{
	buf_release(&l->rows);
}

static void next_field(struct store_load *l)
{
	if (l->fields++)
		buf_putc(&l->rows, '\t');
}

/* COPY's text format: a backslash escapes the separators and itself. */
void store_load_text(struct store_load *l, const char *v)
{
	const char *p;

	next_field(l);
	if (!v) {
		buf_puts(&l->rows, "\\N");
		return;
	}
	for (p = v; *p; p++) {
		switch (*p) {
		case '\\':
			buf_puts(&l->rows, "\\\\");
			break;
		case '\t':
			buf_puts(&l->rows, "\\t");
			break;
		case '\n':
			buf_puts(&l->rows, "\\n");
			break;
		case '\r':
			buf_puts(&l->rows, "\\r");
			break;
		default:
			buf_putc(&l->rows, *p);
		}
	}
}

void store_load_int(struct store_load *l, int64_t v)
{
	next_field(l);
	buf_printf(&l->rows, "%" PRId64, v);
}

void store_load_flag(struct store_load *l, int flag)
{
	if (flag < 0)
		store_load_text(l, NULL);
	else
		store_load_int(l, flag);
}

void store_load_id(struct store_load *l, int64_t id)
{
	if (id > 0)
		store_load_int(l, id);
	else
		store_load_text(l, NULL);
}

/* The digits the engine's bound parameters use, for the same value. */
void store_load_num(struct store_load *l, int has, double v)
{
	if (!has) {
		store_load_text(l, NULL);
		return;
	}
	next_field(l);
	buf_printf(&l->rows, "%.17g", v);
}

void store_load_end_row(struct store_load *l)
{
	buf_putc(&l->rows, '\n');
	l->fields = 0;
	l->count++;
}

int store_load_send(struct store *s, struct store_load *l, const char *copy_sql,
		    const char *context)
{
	int rc = DB_OK, overflowed = l->rows.overflowed;

	if (!overflowed && l->count > 0)
		rc = db_copy(s->db, copy_sql, l->rows.data, l->rows.len);
	buf_reset(&l->rows);
	l->fields = 0;
	l->count = 0;
	if (overflowed) {
		snprintf(s->error, sizeof(s->error),
			 "%s: too many rows at once", context);
		return STORE_ERR;
	}
	return rc < 0 ? store_fail(s, rc, context) : STORE_OK;
}
