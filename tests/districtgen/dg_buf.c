#include "dg_buf.h"

#include "dg_mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dg_buf_init(struct dg_buf *b, size_t max)
{
	b->cap = 256;
	b->len = 0;
	b->max = max;
	b->data = dg_xmalloc(b->cap);
	b->data[0] = '\0';
}

void dg_buf_release(struct dg_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void dg_buf_reset(struct dg_buf *b)
{
	b->len = 0;
	b->data[0] = '\0';
}

/* Make room for extra more bytes plus the terminating NUL. */
static void dg_buf_reserve(struct dg_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (need > b->max) {
		fprintf(stderr,
			"districtgen: text buffer would exceed %zu bytes\n",
			b->max);
		abort();
	}
	while (b->cap < need)
		b->cap *= 2;
	if (b->cap > b->max)
		b->cap = b->max;
	b->data = dg_xrealloc(b->data, b->cap);
}

void dg_buf_putn(struct dg_buf *b, const char *s, size_t n)
{
	dg_buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void dg_buf_puts(struct dg_buf *b, const char *s)
{
	dg_buf_putn(b, s, strlen(s));
}

void dg_buf_putc(struct dg_buf *b, char c)
{
	dg_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void dg_buf_printf(struct dg_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	dg_buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Hand-rolled because TRT files are mostly numbers and printf is slow. */
void dg_buf_int(struct dg_buf *b, long long v, int width)
{
	char tmp[24];
	int i = (int)sizeof(tmp);
	unsigned long long u =
	    v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		tmp[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while ((int)sizeof(tmp) - i < width && i > 1)
		tmp[--i] = '0';
	if (v < 0)
		tmp[--i] = '-';
	dg_buf_putn(b, tmp + i, sizeof(tmp) - (size_t)i);
}

void dg_buf_fixed(struct dg_buf *b, double v, int decimals)
{
	char tmp[64];
	int n = snprintf(tmp, sizeof(tmp), "%.*f", decimals, v);

	if (n > 0)
		dg_buf_putn(b, tmp, (size_t)n);
}

void dg_buf_xml(struct dg_buf *b, const char *s)
{
	const char *run = s;

	for (; *s; s++) {
		const char *rep = NULL;

		switch (*s) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		default:
			continue;
		}
		dg_buf_putn(b, run, (size_t)(s - run));
		dg_buf_puts(b, rep);
		run = s + 1;
	}
	dg_buf_putn(b, run, (size_t)(s - run));
}

void dg_buf_csv(struct dg_buf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		dg_buf_puts(b, s);
		return;
	}
	dg_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			dg_buf_putc(b, '"');
		dg_buf_putc(b, *s);
	}
	dg_buf_putc(b, '"');
}
