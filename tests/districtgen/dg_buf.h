/*
 * A growable text buffer with a size cap, used for all text districtgen
 * builds. The buffer owns its bytes; dg_buf_release() frees them. The text
 * is always NUL-terminated. Growing past the cap is a programmer error and
 * aborts with a message.
 */
#ifndef DG_BUF_H
#define DG_BUF_H

#include <stddef.h>

struct dg_buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max;
};

void dg_buf_init(struct dg_buf *b, size_t max);
void dg_buf_release(struct dg_buf *b);
void dg_buf_reset(struct dg_buf *b);

void dg_buf_putn(struct dg_buf *b, const char *s, size_t n);
void dg_buf_puts(struct dg_buf *b, const char *s);
void dg_buf_putc(struct dg_buf *b, char c);
void dg_buf_printf(struct dg_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Decimal integer, optionally zero-padded to width digits (0: no pad). */
void dg_buf_int(struct dg_buf *b, long long v, int width);
/* Fixed-point number with the given count of decimals. */
void dg_buf_fixed(struct dg_buf *b, double v, int decimals);
/* Text escaped for XML attribute values and character data. */
void dg_buf_xml(struct dg_buf *b, const char *s);
/* One CSV field, quoted only when it holds a comma, quote or line end. */
void dg_buf_csv(struct dg_buf *b, const char *s);

#endif
