/*
 * A growable byte buffer with a size cap, used for all text building.
 *
 * The buffer owns its memory; buf_release() frees it, buf_detach() hands
 * it to the caller.  Contents are always NUL-terminated.  Appending past
 * the cap sets the overflow flag and drops the bytes, so callers check
 * once at the end instead of after every append.
 */
#ifndef SCOREBOOK_BUF_H
#define SCOREBOOK_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;
	size_t len;
	size_t alloc;
	size_t cap;	/* 0 means the default cap */
	int overflowed; /* set when an append would pass the cap */
};

#define BUF_INIT                                                               \
	{                                                                      \
		NULL, 0, 0, 0, 0                                               \
	}
#define BUF_DEFAULT_CAP ((size_t)1 << 30)

void buf_init(struct buf *b, size_t cap);
void buf_release(struct buf *b);
void buf_reset(struct buf *b);
char *buf_detach(struct buf *b);
void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
const char *buf_cstr(const struct buf *b);

#endif
