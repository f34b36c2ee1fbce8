#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xalloc.h"

/* Values are cut short in messages: a hostile file can make them huge. */
#define DIAG_VALUE_MAX 120

static char *clip(const char *value)
{
	size_t len;

	if (!value)
		return NULL;
	len = strlen(value);
	if (len <= DIAG_VALUE_MAX)
		return xstrdup(value);
	return xstrndup(value, DIAG_VALUE_MAX);
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
	d->field = field ? xstrdup(field) : NULL;
	d->value = clip(value);
	d->message = buf_detach(&msg);
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
