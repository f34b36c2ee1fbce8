#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text_decode.h"
#include "xalloc.h"

/*
 * Values are cut short in messages: a hostile file can make them huge.
 * Every string is made valid UTF-8, for the JSON summary and for a
 * PostgreSQL store, which refuses anything else: a corrupt file's bytes
 * reach the errors through its values and the XML parser's messages.
 */
#define DIAG_VALUE_MAX 120

static char *text_of(const char *text, size_t max)
{
	return text ? text_decode_repair(text, max) : NULL;
}

void diag_add(struct diag_list *l, long line, const char *field,
	      const char *value, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	struct diag *d;
	va_list ap;

	if (l->count >= DIAG_MAX) {
		l->dropped++;
		return;
	}
	if (l->count == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 16;
		l->items =
		    xrealloc(l->items, (size_t)l->alloc * sizeof(*l->items));
	}
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	d = &l->items[l->count++];
	d->line = line;
	d->field = text_of(field, 0);
	d->value = text_of(value, DIAG_VALUE_MAX);
	d->message = text_of(buf_cstr(&msg), 0);
	buf_release(&msg);
}

void diag_clear(struct diag_list *l)
{
	int i;

	for (i = 0; i < l->count; i++) {
		free(l->items[i].field);
		free(l->items[i].value);
		free(l->items[i].message);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}
