#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static const char empty_string[1];

void buf_init(struct buf *b, size_t cap)
{
	memset(b, 0, sizeof(*b));
	b->cap = cap;
}

void buf_release(struct buf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	b->overflowed = 0;
	if (b->data)
		b->data[0] = '\0';
}

char *buf_detach(struct buf *b)
{
	char *data = b->data ? b->data : xstrdup("");

	memset(b, 0, sizeof(*b));
	return data;
}

static size_t buf_limit(const struct buf *b)
{
	return b->cap ? b->cap : BUF_DEFAULT_CAP;
}

/* Make room for extra more bytes plus the terminating NUL. */
void buf_grow(struct buf *b, size_t extra)
{
	size_t want = b->len + extra + 1;
	size_t alloc;

	if (want <= b->alloc)
		return;
	alloc = b->alloc ? b->alloc : 64;
	while (alloc < want)
		alloc *= 2;
	b->data = xrealloc(b->data, alloc);
	b->alloc = alloc;
}

void buf_add(struct buf *b, const void *data, size_t len)
{
	if (b->overflowed || len > buf_limit(b) - b->len) {
		b->overflowed = 1;
		return;
	}
	buf_grow(b, len);
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

/*
 * Format straight into the free space when it is enough, which it
 * nearly always is; only a longer result formats a second time.
 */
void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list again;
	size_t room;
	int n;

	if (b->overflowed)
		return;
	va_copy(again, ap);
	buf_grow(b, 64);
	room = b->alloc - b->len;
	n = vsnprintf(b->data + b->len, room, fmt, ap);
	if (n >= 0 && (size_t)n < room && (size_t)n <= buf_limit(b) - b->len) {
		b->len += (size_t)n;
		va_end(again);
		return;
	}
	b->data[b->len] = '\0';
	if (n < 0 || (size_t)n > buf_limit(b) - b->len) {
		b->overflowed = 1;
		va_end(again);
		return;
	}
	buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
	b->len += (size_t)n;
	va_end(again);
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *buf_cstr(const struct buf *b)
{
	return b->data ? b->data : empty_string;
}
