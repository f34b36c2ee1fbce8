#include "chart.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/*
 * Geometry is in viewBox units: the svg is 640 wide and scales to its
 * container, so these are proportions, not pixels.
 */
#define VIEW_W	   640
#define MARGIN	   10
#define BAR_X	   MARGIN
#define BAR_W	   (VIEW_W - 2 * MARGIN)
#define BAR_H	   28
#define FONT	   12
#define FONT_SMALL 11
#define SWATCH	   14
#define ROW	   20

/* Text colours: 17:1 and 8.5:1 against the white background. */
#define INK	 "#1a1a1a"
#define INK_SOFT "#4d4d4d"

#define PLUS_MINUS "\xc2\xb1"
#define MIDDOT	   "\xc2\xb7"

enum align { ALIGN_START, ALIGN_MIDDLE, ALIGN_END };
enum mark { MARK_NONE, MARK_STRIPES, MARK_DOTS, MARK_LINES };

struct swatch {
	const char *fill;
	enum mark mark;
	const char *mark_colour;
};

/*
 * Okabe-Ito hues, told apart with the common colour-vision deficiencies,
 * running from orange (below the standard) to blue (above it).  Each
 * level also has its own pattern, so levels stay apart in greyscale print.
 */
static const struct swatch four_levels[4] = {
	{ "#D55E00", MARK_STRIPES, "#ffffff" },
	{ "#E69F00", MARK_DOTS, INK },
	{ "#56B4E9", MARK_LINES, INK },
	{ "#0072B2", MARK_NONE, NULL },
};

static const struct swatch three_levels[3] = {
	{ "#D55E00", MARK_STRIPES, "#ffffff" },
	{ "#F0E442", MARK_DOTS, INK },
	{ "#0072B2", MARK_NONE, NULL },
};

#define CHART_NUMBERS 6

/* Drawing goes to body first, so that the height is known at the end. */
struct chart {
	struct buf body;
	struct buf desc;
	struct buf tmp; /* text built from numbers, one use at a time */
	/* Numbers in the catalog's way, each valid for CHART_NUMBERS more. */
	struct buf numbers[CHART_NUMBERS];
	int next_number;
	const struct i18n *words;
	char id[64];
	const struct swatch *palette;
	int levels;
};

/* Legend entries: a swatch (a level, or the dashed cut line) and text. */
#define LEGEND_DASH (-1)
#define LEGEND_MAX  (CHART_MAX_LEVELS + 1)

struct legend {
	struct buf text[LEGEND_MAX];
	int swatch[LEGEND_MAX];
	int bold; /* the entry in bold, or -1 */
	int n;
};

/* The interim categories, long for legends and short for labels. */
static const char *const category_keys[3] = {
	"chart.category.1",
	"chart.category.2",
	"chart.category.3",
};
static const char *const category_short_keys[3] = {
	"chart.category_short.1",
	"chart.category_short.2",
	"chart.category_short.3",
};

/*
 * The length of the UTF-8 sequence at p, or 0 when it is not valid or
 * encodes a character XML cannot hold.
 */
static int utf8_length(const unsigned char *p)
{
	static const unsigned smallest[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	unsigned cp;
	int n, i;

	if (p[0] < 0x80)
		return 1;
	if ((p[0] & 0xe0) == 0xc0)
		n = 2, cp = p[0] & 0x1fu;
	else if ((p[0] & 0xf0) == 0xe0)
		n = 3, cp = p[0] & 0x0fu;
	else if ((p[0] & 0xf8) == 0xf0)
		n = 4, cp = p[0] & 0x07u;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3fu);
	}
	if (cp < smallest[n] || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
		return 0;
	return n;
}

static void put_escaped_ascii(struct buf *out, unsigned char ch)
{
	switch (ch) {
	case '&':
		buf_puts(out, "&amp;");
		break;
	case '<':
		buf_puts(out, "&lt;");
		break;
	case '>':
		buf_puts(out, "&gt;");
		break;
	case '"':
		buf_puts(out, "&quot;");
		break;
	case '\'':
		buf_puts(out, "&#39;");
		break;
	case '\t':
	case '\n':
	case '\r':
		buf_putc(out, ' ');
		break;
	default:
		/* Other control characters are not allowed in XML at all. */
		if (ch >= 0x20 && ch != 0x7f)
			buf_putc(out, (char)ch);
	}
}

/*
 * Text for XML content and attribute values.  Bytes that are not UTF-8
 * become U+FFFD, so that whatever the data holds the svg stays
 * well-formed.
 */
static void put_escaped(struct buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	while (*p) {
		int n = utf8_length(p);

		if (n == 0) {
			buf_puts(out, "\xef\xbf\xbd");
			p++;
		} else if (n > 1) {
			buf_add(out, p, (size_t)n);
			p += n;
		} else {
			put_escaped_ascii(out, *p++);
		}
	}
}

/* Whether a character starting with these bytes is drawn a full em
 * wide: Hangul, CJK ideographs and syllables, full-width forms. */
static int wide_char(const unsigned char *p)
{
	unsigned cp;

	if ((p[0] & 0xf0) != 0xe0 || !p[1] || !p[2])
		return (p[0] & 0xf8) == 0xf0;
	cp = (p[0] & 0x0fu) << 12 | (p[1] & 0x3fu) << 6 | (p[2] & 0x3fu);
	return (cp >= 0x1100 && cp <= 0x115f) ||
	       (cp >= 0x2e80 && cp <= 0xa4cf) ||
	       (cp >= 0xac00 && cp <= 0xd7a3) ||
	       (cp >= 0xf900 && cp <= 0xfaff) ||
	       (cp >= 0xfe30 && cp <= 0xfe4f) ||
	       (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
}

/* A rough width of text, for layout: 0.6 em a character, a full em for
 * the wide characters of Chinese. */
static double text_width(const char *s, int size)
{
	const unsigned char *p = (const unsigned char *)s;
	int narrow = 0, wide = 0;

	for (; *p; p++)
		if ((*p & 0xc0) != 0x80)
			*(wide_char(p) ? &wide : &narrow) += 1;
	return narrow * size * 0.6 + wide * size;
}

static const char *nz(const char *s)
{
	return s ? s : "";
}

static double finite_or(double v, double fallback)
{
	return isfinite(v) ? v : fallback;
}

static double clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* A finite range with high above low, whatever the caller passed. */
static void sane_range(double *low, double *high)
{
	*low = finite_or(*low, 0);
	*high = finite_or(*high, *low + 1);
	if (*high <= *low)
		*high = *low + 1;
}

/*
 * A coordinate with at most one decimal.  Integer arithmetic keeps the
 * bytes the same in every locale, and nothing ever prints as "nan".
 */
static void put_num(struct buf *out, double v)
{
	long t = lround(clamp(finite_or(v, 0), -1e6, 1e6) * 10);

	if (t < 0) {
		buf_putc(out, '-');
		t = -t;
	}
	buf_printf(out, "%ld", t / 10);
	if (t % 10)
		buf_printf(out, ".%ld", t % 10);
}

/* Scores are shown as whole numbers, as the state reports show them. */
static long whole(double v)
{
	return lround(clamp(finite_or(v, 0), -1e9, 1e9));
}

/*
 * Whole percents that add up to 100: each share rounded down, then the
 * points left over to the largest remainders, the lower level first on a
 * tie.  Rounding each on its own could show 99 or 101 in all.
 */
static void percents(long *pct, const long *counts, int n, long total)
{
	long long rest[CHART_MAX_LEVELS];
	long left = 100;
	int i, top;

	for (i = 0; i < n; i++) {
		pct[i] = (long)(100LL * counts[i] / total);
		rest[i] = 100LL * counts[i] % total;
		left -= pct[i];
	}
	for (; left > 0; left--) {
		for (top = 0, i = 1; i < n; i++)
			if (rest[i] > rest[top])
				top = i;
		pct[top]++;
		rest[top] = -1;
	}
}

/* The catalog's words of key, with {1}, {2}... the strings that follow
 * up to a NULL, appended to a buffer. */
static void say(struct buf *to, const struct chart *c, const char *key, ...)
    __attribute__((sentinel));

static void say(struct buf *to, const struct chart *c, const char *key, ...)
{
	va_list ap;

	va_start(ap, key);
	i18n_vformat(to, c->words, key, ap);
	va_end(ap);
}

/* Like say(), into the scratch buffer; lasts until the next fmt or tell. */
static const char *tell(struct chart *c, const char *key, ...)
    __attribute__((sentinel));

static const char *tell(struct chart *c, const char *key, ...)
{
	va_list ap;

	buf_reset(&c->tmp);
	va_start(ap, key);
	i18n_vformat(&c->tmp, c->words, key, ap);
	va_end(ap);
	return buf_cstr(&c->tmp);
}

/* One more sentence of the desc, joined to those before it the
 * catalog's way (format.sentences): after a space, or in Chinese
 * without one. */
static void sentence(struct chart *c, const char *key, ...)
    __attribute__((sentinel));

static void sentence(struct chart *c, const char *key, ...)
{
	struct buf one = BUF_INIT, all = BUF_INIT;
	va_list ap;

	va_start(ap, key);
	i18n_vformat(&one, c->words, key, ap);
	va_end(ap);
	if (c->desc.len) {
		i18n_format(&all, c->words, "format.sentences",
			    buf_cstr(&c->desc), buf_cstr(&one), (char *)NULL);
		buf_reset(&c->desc);
		buf_puts(&c->desc, buf_cstr(&all));
	} else {
		buf_puts(&c->desc, buf_cstr(&one));
	}
	buf_release(&one);
	buf_release(&all);
}

static const char *words_of(const struct chart *c, const char *key)
{
	return i18n_text(c->words, key);
}

static struct buf *next_number(struct chart *c)
{
	struct buf *b = &c->numbers[c->next_number++ % CHART_NUMBERS];

	buf_reset(b);
	return b;
}

/* A whole number written the catalog's way. */
static const char *number(struct chart *c, long v)
{
	struct buf *b = next_number(c);

	i18n_number(b, c->words, (double)v, 0);
	return buf_cstr(b);
}

static const char *percent(struct chart *c, long pct)
{
	struct buf *b = next_number(c);

	i18n_percent(b, c->words, pct);
	return buf_cstr(b);
}

/* "1 student", "30 students" */
static const char *students(struct chart *c, long n)
{
	struct buf *b = next_number(c);

	i18n_count(b, c->words, "chart.students", n);
	return buf_cstr(b);
}

static void put_attr(struct buf *out, const char *name, double v)
{
	buf_printf(out, " %s=\"", name);
	put_num(out, v);
	buf_putc(out, '"');
}

static void put_xywh(struct buf *out, double x, double y, double w, double h)
{
	put_attr(out, "x", x);
	put_attr(out, "y", y);
	put_attr(out, "width", w > 0 ? w : 0);
	put_attr(out, "height", h > 0 ? h : 0);
}

static const char *fmt(struct chart *c, const char *f, ...)
    __attribute__((format(printf, 2, 3)));

/* Format into the scratch buffer; the result lasts until the next call. */
static const char *fmt(struct chart *c, const char *f, ...)
{
	va_list ap;

	buf_reset(&c->tmp);
	va_start(ap, f);
	buf_vprintf(&c->tmp, f, ap);
	va_end(ap);
	return buf_cstr(&c->tmp);
}

static int id_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
}

static void chart_init(struct chart *c, const struct i18n *words,
		       const char *id, int levels)
{
	size_t i;

	memset(c, 0, sizeof(*c));
	c->words = words;
	if (!id || !*id)
		id = "chart";
	for (i = 0; id[i] && i < sizeof(c->id) - 1; i++)
		c->id[i] = id_char(id[i]) ? id[i] : '_';
	c->levels = levels;
	c->palette = levels == 4   ? four_levels
		     : levels == 3 ? three_levels
				   : NULL;
}

static void put_text_style(struct chart *c, double x, double y, enum align a,
			   int size, int bold, const char *s)
{
	static const char *const anchors[] = { "start", "middle", "end" };
	struct buf *b = &c->body;

	buf_puts(b, "<text");
	put_attr(b, "x", x);
	put_attr(b, "y", y);
	if (a != ALIGN_START)
		buf_printf(b, " text-anchor=\"%s\"", anchors[a]);
	if (size != FONT)
		buf_printf(b, " font-size=\"%d\"", size);
	if (bold)
		buf_puts(b, " font-weight=\"bold\"");
	buf_putc(b, '>');
	put_escaped(b, s);
	buf_puts(b, "</text>\n");
}

static void put_text(struct chart *c, double x, double y, enum align a,
		     const char *s)
{
	put_text_style(c, x, y, a, FONT, 0, s);
}

/* Text centred on x, but shifted so that it stays inside the chart. */
static void put_text_near(struct chart *c, double x, double y, int size,
			  const char *s)
{
	double half = text_width(s, size) / 2;

	if (x - half < MARGIN)
		put_text_style(c, MARGIN, y, ALIGN_START, size, 0, s);
	else if (x + half > VIEW_W - MARGIN)
		put_text_style(c, VIEW_W - MARGIN, y, ALIGN_END, size, 0, s);
	else
		put_text_style(c, x, y, ALIGN_MIDDLE, size, 0, s);
}

static void put_rect(struct chart *c, double x, double y, double w, double h,
		     const char *paint)
{
	buf_puts(&c->body, "<rect");
	put_xywh(&c->body, x, y, w, h);
	buf_printf(&c->body, " %s/>\n", paint);
}

static void put_line(struct chart *c, double x1, double y1, double x2,
		     double y2, const char *paint)
{
	buf_puts(&c->body, "<line");
	put_attr(&c->body, "x1", x1);
	put_attr(&c->body, "y1", y1);
	put_attr(&c->body, "x2", x2);
	put_attr(&c->body, "y2", y2);
	buf_printf(&c->body, " %s/>\n", paint);
}

/* A level's area: its pattern, with a white edge between neighbours. */
static void put_segment(struct chart *c, double x, double y, double w, double h,
			int level)
{
	put_rect(c, x, y, w, h,
		 fmt(c, "fill=\"url(#%s-fill%d)\" stroke=\"#ffffff\"", c->id,
		     level + 1));
}

static void put_outline(struct chart *c, double x, double y, double w, double h)
{
	put_rect(c, x, y, w, h, "fill=\"none\" stroke=\"" INK "\"");
}

/* A dashed box for a bar that is not drawn, with "*" or a note in it. */
static void put_withheld(struct chart *c, double y, const char *s)
{
	put_rect(c, BAR_X, y, BAR_W, BAR_H,
		 "fill=\"#ffffff\" stroke=\"" INK_SOFT
		 "\" stroke-dasharray=\"4 3\"");
	put_text_style(c, BAR_X + BAR_W / 2.0, y + BAR_H / 2.0 + 5,
		       ALIGN_MIDDLE, FONT + 2, 1, s);
}

/*
 * A label on a white tag, so that its contrast does not depend on the
 * pattern underneath; left out when the segment is too narrow for it.
 */
static void put_tag(struct chart *c, double cx, double cy, double room,
		    const char *s)
{
	double w = text_width(s, FONT_SMALL) + 8;

	if (w + 4 > room)
		return;
	buf_puts(&c->body, "<rect");
	put_xywh(&c->body, cx - w / 2, cy - 8, w, 16);
	buf_puts(&c->body, " rx=\"3\" fill=\"#ffffff\" stroke=\"" INK "\""
			   " stroke-width=\"0.5\"/>\n");
	put_text_style(c, cx, cy + 4, ALIGN_MIDDLE, FONT_SMALL, 0, s);
}

static void put_pattern_mark(struct buf *out, const struct swatch *s)
{
	switch (s->mark) {
	case MARK_STRIPES:
		buf_printf(out,
			   "<path d=\"M-2,2 2,-2 M0,8 8,0 M6,10 10,6\""
			   " stroke=\"%s\" stroke-width=\"1.5\"/>",
			   s->mark_colour);
		break;
	case MARK_DOTS:
		buf_printf(out,
			   "<circle cx=\"4\" cy=\"4\" r=\"1.3\" fill=\"%s\"/>",
			   s->mark_colour);
		break;
	case MARK_LINES:
		buf_printf(out, "<path d=\"M0,4 8,4\" stroke=\"%s\"/>",
			   s->mark_colour);
		break;
	case MARK_NONE:
		break;
	}
}

/* One pattern per level, its id made from the chart's id. */
static void put_patterns(const struct chart *c, struct buf *out)
{
	int i;

	if (!c->palette)
		return;
	buf_puts(out, "<defs>\n");
	for (i = 0; i < c->levels; i++) {
		buf_printf(out,
			   "<pattern id=\"%s-fill%d\" width=\"8\" height=\"8\""
			   " patternUnits=\"userSpaceOnUse\">"
			   "<rect width=\"8\" height=\"8\" fill=\"%s\"/>",
			   c->id, i + 1, c->palette[i].fill);
		put_pattern_mark(out, &c->palette[i]);
		buf_puts(out, "</pattern>\n");
	}
	buf_puts(out, "</defs>\n");
}

/*
 * Write the whole svg: its opening tag, title and desc (named by
 * aria-labelledby), the patterns, a white ground so that the text keeps
 * its contrast on any page, then what was drawn.
 */
static void chart_finish(struct chart *c, struct buf *out, const char *kind,
			 const char *title, double height)
{
	int i;

	buf_printf(out,
		   "<svg xmlns=\"http://www.w3.org/2000/svg\""
		   " class=\"chart chart-%s\" viewBox=\"0 0 %d ",
		   kind, VIEW_W);
	put_num(out, height);
	buf_printf(out,
		   "\" width=\"100%%\" role=\"img\""
		   " aria-labelledby=\"%s-title %s-desc\" font-size=\"%d\""
		   " fill=\"" INK "\">\n",
		   c->id, c->id, FONT);
	buf_printf(out, "<title id=\"%s-title\">", c->id);
	put_escaped(out, title);
	buf_printf(out, "</title>\n<desc id=\"%s-desc\">", c->id);
	put_escaped(out, buf_cstr(&c->desc));
	buf_puts(out, "</desc>\n");
	put_patterns(c, out);
	buf_printf(out, "<rect width=\"%d\" height=\"", VIEW_W);
	put_num(out, height);
	buf_puts(out, "\" fill=\"#ffffff\"/>\n");
	buf_add(out, c->body.data ? c->body.data : "", c->body.len);
	buf_puts(out, "</svg>\n");
	buf_release(&c->body);
	buf_release(&c->desc);
	buf_release(&c->tmp);
	for (i = 0; i < CHART_NUMBERS; i++)
		buf_release(&c->numbers[i]);
}

static void legend_init(struct legend *lg)
{
	memset(lg, 0, sizeof(*lg));
	lg->bold = -1;
}

static void legend_add(struct legend *lg, int swatch, const char *f, ...)
    __attribute__((format(printf, 3, 4)));

static void legend_add(struct legend *lg, int swatch, const char *f, ...)
{
	va_list ap;

	assert(lg->n < LEGEND_MAX);
	lg->swatch[lg->n] = swatch;
	va_start(ap, f);
	buf_vprintf(&lg->text[lg->n], f, ap);
	va_end(ap);
	lg->n++;
}

static void put_legend_swatch(struct chart *c, double x, double y, int swatch)
{
	if (swatch == LEGEND_DASH) {
		put_line(c, x, y + SWATCH / 2.0, x + SWATCH, y + SWATCH / 2.0,
			 "stroke=\"" INK "\" stroke-width=\"2\""
			 " stroke-dasharray=\"3 2\"");
		return;
	}
	put_segment(c, x, y, SWATCH, SWATCH, swatch);
	put_outline(c, x, y, SWATCH, SWATCH);
}

/*
 * Two columns when the entries pair up and each fits in half the width,
 * else one: with an odd number, the columns would not line up in order.
 */
static int legend_columns(const struct legend *lg)
{
	int i;

	if (lg->n < 4 || lg->n % 2)
		return 1;
	for (i = 0; i < lg->n; i++)
		if (text_width(buf_cstr(&lg->text[i]), FONT) + SWATCH + 8 >
		    BAR_W / 2.0 - 8)
			return 1;
	return 2;
}

/* Draw the legend from y down; returns the y below it. */
static double put_legend(struct chart *c, struct legend *lg, double y)
{
	int cols = legend_columns(lg), rows = (lg->n + cols - 1) / cols, i;

	/* Down the first column, then the second: levels read in order. */
	for (i = 0; i < lg->n; i++) {
		double x = BAR_X + (i / rows) * (BAR_W / 2.0);
		double top = y + (i % rows) * ROW;

		put_legend_swatch(c, x, top, lg->swatch[i]);
		put_text_style(c, x + SWATCH + 6, top + SWATCH - 2, ALIGN_START,
			       FONT, i == lg->bold, buf_cstr(&lg->text[i]));
		buf_release(&lg->text[i]);
	}
	return y + rows * ROW;
}

/* Copy counts, negative ones as zero; returns their total. */
static long copy_counts(long *to, const int *from, int n)
{
	long total = 0;
	int i;

	for (i = 0; i < n; i++) {
		to[i] = from[i] > 0 ? from[i] : 0;
		total += to[i];
	}
	return total;
}

/* x of a share of the bar, rounded so that neighbours meet exactly. */
static double stack_x(long part, long total)
{
	return BAR_X + lround(BAR_W * 10.0 * (double)part / total) / 10.0;
}

/* One bar of counts stacked by level, each tagged with its percent. */
static void put_stack(struct chart *c, double y, const long *counts,
		      const long *pct, int n, long total)
{
	long before = 0;
	int i;

	for (i = 0; i < n; i++) {
		double x0 = stack_x(before, total);
		double x1 = stack_x(before + counts[i], total);

		before += counts[i];
		if (counts[i] == 0)
			continue;
		put_segment(c, x0, y, x1 - x0, BAR_H, i);
		put_tag(c, (x0 + x1) / 2, y + BAR_H / 2.0, x1 - x0,
			percent(c, pct[i]));
	}
	put_outline(c, BAR_X, y, BAR_W, BAR_H);
}

/* A bar that is not drawn: no students, or too few to show. */
static void put_no_bar(struct chart *c, double y, long total)
{
	put_withheld(c, y, total ? "*" : words_of(c, "chart.no_results"));
}

/* Why the bar is not drawn, in the desc. */
static void describe_no_bar(struct chart *c, long total, int suppress)
{
	if (total)
		sentence(c, "chart.desc.withheld", number(c, suppress),
			 (char *)NULL);
	else
		sentence(c, "chart.desc.no_results", (char *)NULL);
}

/* Level bar: the number of students, the bar and a legend with counts. */
static double level_bar_draw(struct chart *c, const struct chart_levels *l,
			     const long *counts, long total)
{
	struct buf shares = BUF_INIT;
	struct legend lg;
	long pct[CHART_MAX_LEVELS];
	int i;

	percents(pct, counts, l->levels, total);
	legend_init(&lg);
	for (i = 0; i < l->levels; i++) {
		const char *name = nz(l->names[i]);
		const char *n = number(c, counts[i]), *p = percent(c, pct[i]);

		if (i)
			buf_puts(&shares, ", ");
		say(&shares, c, "chart.share", name, n, p, (char *)NULL);
		legend_add(
		    &lg, i, "%s",
		    tell(c, "chart.legend_share", name, n, p, (char *)NULL));
	}
	sentence(c, "chart.desc.levels", students(c, total), buf_cstr(&shares),
		 (char *)NULL);
	buf_release(&shares);
	put_text(c, BAR_X, 20, ALIGN_START, students(c, total));
	put_stack(c, 28, counts, pct, l->levels, total);
	return put_legend(c, &lg, 28 + BAR_H + 12) + 4;
}

void chart_level_bar(struct buf *out, const struct i18n *words, const char *id,
		     const char *title, const struct chart_levels *l)
{
	struct chart c;
	long counts[CHART_MAX_LEVELS], total;
	double height = 8 + BAR_H + 8;

	assert(l && l->counts && l->names);
	assert(l->levels == 3 || l->levels == 4);
	chart_init(&c, words, id, l->levels);
	total = copy_counts(counts, l->counts, l->levels);
	if (total == 0 || total < l->suppress_below) {
		put_no_bar(&c, 8, total);
		describe_no_bar(&c, total, l->suppress_below);
	} else
		height = level_bar_draw(&c, l, counts, total);
	chart_finish(&c, out, "levels", title, height);
}

/*
 * A score on a scale cut into segments: the shared drawing of the scale
 * band and the interim block band.  edge[0] is low, edge[n] high, and
 * segment i runs from edge[i] to edge[i + 1].
 */
struct band {
	double low, high, score, se;
	double edge[CHART_MAX_LEVELS + 1];
	int n;
	int current; /* the segment of the score, -1 when not scored */
	double cut3; /* the dashed Level 3 cut of an interim band, or NAN */
	const char *names[CHART_MAX_LEVELS];
	/* Labels under the segments; without them "Level N", or "N". */
	const char *short_names[CHART_MAX_LEVELS];
	int has_short_names;
};

#define BAND_SCORE_Y 16
#define BAND_ERROR_Y 26
#define BAND_BAR_Y   36
#define BAND_TICK_Y  (BAND_BAR_Y + BAR_H + 14)
#define TICK_ROWS    3
#define TICK_STEP    12

static double band_x(const struct band *b, double v)
{
	v = clamp(v, b->low, b->high);
	return BAR_X + (v - b->low) / (b->high - b->low) * BAR_W;
}

/* Segment edges from the cuts, kept in order and inside the range. */
static void band_edges(struct band *b, const double *cuts, int n)
{
	int i;

	b->n = n;
	b->edge[0] = b->low;
	for (i = 1; i < n; i++)
		b->edge[i] = clamp(finite_or(cuts[i - 1], b->edge[i - 1]),
				   b->edge[i - 1], b->high);
	b->edge[n] = b->high;
}

/* A score and its error as given, or "not scored" when it is no number. */
static void band_score(struct band *b, double score, double se)
{
	b->score = score;
	b->se = isfinite(se) && se > 0 ? se : 0;
	b->current = isfinite(score) ? 0 : -1;
}

static int scored(const struct band *b)
{
	return b->current >= 0;
}

/* The lowest whole score at or above an edge. */
static long edge_score(double edge)
{
	return whole(ceil(edge));
}

/* "Level 3 Standard Met", or the category's name. */
static void band_segment_name(struct chart *c, const struct band *b, int i,
			      struct buf *to)
{
	char level[16];

	if (b->has_short_names) {
		buf_puts(to, nz(b->names[i]));
		return;
	}
	snprintf(level, sizeof(level), "%d", i + 1);
	say(to, c, "chart.segment", level, nz(b->names[i]), (char *)NULL);
}

/* "below 2367", "2367 to 2431", "2490 and above" */
static void band_segment_range(struct chart *c, const struct band *b, int i,
			       struct buf *to)
{
	if (i == 0)
		say(to, c, "chart.range.below",
		    number(c, edge_score(b->edge[1])), (char *)NULL);
	else if (i == b->n - 1)
		say(to, c, "chart.range.above",
		    number(c, edge_score(b->edge[i])), (char *)NULL);
	else if (edge_score(b->edge[i + 1]) > edge_score(b->edge[i]))
		say(to, c, "chart.range.between",
		    number(c, edge_score(b->edge[i])),
		    number(c, edge_score(b->edge[i + 1]) - 1), (char *)NULL);
	else
		say(to, c, "chart.range.none", (char *)NULL);
}

static void band_describe_score(struct chart *c, const struct band *b)
{
	struct buf name = BUF_INIT;

	if (!scored(b)) {
		sentence(c, "chart.desc.not_scored", (char *)NULL);
		return;
	}
	band_segment_name(c, b, b->current, &name);
	sentence(c, "chart.desc.score", number(c, whole(b->score)),
		 number(c, whole(b->se)), number(c, whole(b->score - b->se)),
		 number(c, whole(b->score + b->se)), buf_cstr(&name),
		 (char *)NULL);
	buf_release(&name);
	if (b->score < b->low || b->score > b->high) {
		sentence(c,
			 b->score < b->low ? "chart.desc.below_scale"
					   : "chart.desc.above_scale",
			 (char *)NULL);
	}
}

static void band_describe(struct chart *c, const struct band *b)
{
	struct buf name = BUF_INIT, range = BUF_INIT;
	int i;

	sentence(c, "chart.desc.scale", number(c, whole(b->low)),
		 number(c, whole(b->high)), (char *)NULL);
	for (i = 0; i < b->n; i++) {
		buf_reset(&name);
		buf_reset(&range);
		band_segment_name(c, b, i, &name);
		band_segment_range(c, b, i, &range);
		sentence(c, "chart.desc.segment", buf_cstr(&name),
			 buf_cstr(&range), (char *)NULL);
	}
	buf_release(&name);
	buf_release(&range);
	if (isfinite(b->cut3)) {
		sentence(c, "chart.desc.cut3", number(c, whole(b->cut3)),
			 (char *)NULL);
	}
	band_describe_score(c, b);
}

/* A filled marker shape around (x, y), outlined in white. */
static void put_marker(struct chart *c, double x, double y, const char *points)
{
	buf_puts(&c->body, "<polygon transform=\"translate(");
	put_num(&c->body, x);
	buf_putc(&c->body, ' ');
	put_num(&c->body, y);
	buf_printf(&c->body,
		   ")\" points=\"%s\" fill=\"" INK "\" stroke=\"#ffffff\"/>\n",
		   points);
}

/* A horizontal error bar with end caps. */
static void put_error_h(struct chart *c, double lo, double hi, double y)
{
	const char *ink = "stroke=\"" INK "\" stroke-width=\"2\"";

	put_line(c, lo, y, hi, y, ink);
	put_line(c, lo, y - 5, lo, y + 5, ink);
	put_line(c, hi, y - 5, hi, y + 5, ink);
}

/* The score and its band above the bar, the marker through it. */
static void band_put_score(struct chart *c, const struct band *b)
{
	double x = band_x(b, b->score), mid = BAND_BAR_Y + BAR_H / 2.0;
	const char *shape = "0,-8 6,0 0,8 -6,0";

	if (!scored(b)) {
		put_text_near(c, BAR_X + BAR_W / 2.0, BAND_SCORE_Y, FONT,
			      words_of(c, "result.not_scored"));
		return;
	}
	put_text_near(c, x, BAND_SCORE_Y, FONT,
		      fmt(c, "%s " PLUS_MINUS " %s", number(c, whole(b->score)),
			  number(c, whole(b->se))));
	put_error_h(c, band_x(b, b->score - b->se), band_x(b, b->score + b->se),
		    BAND_ERROR_Y);
	put_line(c, x, BAND_BAR_Y - 2, x, BAND_BAR_Y + BAR_H + 2,
		 "stroke=\"#ffffff\" stroke-width=\"5\"");
	put_line(c, x, BAND_BAR_Y - 2, x, BAND_BAR_Y + BAR_H + 2,
		 "stroke=\"" INK "\" stroke-width=\"2.5\"");
	/* Off the scale, the marker becomes an arrow pointing outwards. */
	if (b->score < b->low)
		shape = "-2,0 10,-8 10,8";
	else if (b->score > b->high)
		shape = "2,0 -10,-8 -10,8";
	put_marker(c, x, mid, shape);
}

/*
 * Edge labels left to right, each in the first of three rows where it
 * does not touch its neighbour; one with no room is left to the legend.
 * Returns the number of rows used.
 */
static int band_put_ticks(struct chart *c, const struct band *b)
{
	double row_end[TICK_ROWS] = { -1e9, -1e9, -1e9 };
	int i, row, rows = 1;

	for (i = 0; i <= b->n; i++) {
		const char *s = number(c, edge_score(b->edge[i]));
		double x = band_x(b, b->edge[i]), w = text_width(s, FONT_SMALL);
		double left = i == 0 ? x : i == b->n ? x - w : x - w / 2;

		if (i > 0 && i < b->n)
			put_line(c, x, BAND_BAR_Y + BAR_H, x, BAND_TICK_Y - 10,
				 "stroke=\"" INK "\"");
		row = 0;
		while (row < TICK_ROWS && left < row_end[row] + 4)
			row++;
		if (row == TICK_ROWS)
			continue;
		row_end[row] = left + w;
		rows = row + 1 > rows ? row + 1 : rows;
		put_text_style(c, left, BAND_TICK_Y + row * TICK_STEP,
			       ALIGN_START, FONT_SMALL, 0, s);
	}
	return rows;
}

/* Labels under the segments: the longer one that fits, if any. */
static void band_put_labels(struct chart *c, const struct band *b, double y)
{
	int i;

	for (i = 0; i < b->n; i++) {
		double x0 = band_x(b, b->edge[i]);
		double x1 = band_x(b, b->edge[i + 1]);
		char level[16];
		const char *s;

		snprintf(level, sizeof(level), "%d", i + 1);
		s = b->has_short_names
			? b->short_names[i]
			: tell(c, "chart.level", level, (char *)NULL);
		if (!b->has_short_names &&
		    text_width(s, FONT_SMALL) + 6 > x1 - x0)
			s = fmt(c, "%d", i + 1);
		if (text_width(s, FONT_SMALL) + 6 > x1 - x0)
			continue;
		put_text_style(c, (x0 + x1) / 2, y, ALIGN_MIDDLE, FONT_SMALL,
			       i == b->current, s);
	}
}

static double band_put_legend(struct chart *c, const struct band *b, double y)
{
	struct buf line = BUF_INIT, name = BUF_INIT, range = BUF_INIT;
	struct legend lg;
	int i;

	legend_init(&lg);
	lg.bold = b->current;

	for (i = 0; i < b->n; i++) {
		buf_reset(&line);
		buf_reset(&name);
		buf_reset(&range);
		band_segment_name(c, b, i, &name);
		band_segment_range(c, b, i, &range);
		say(&line, c, "chart.legend_segment", buf_cstr(&name),
		    buf_cstr(&range), (char *)NULL);
		legend_add(&lg, i, "%s", buf_cstr(&line));
	}
	if (isfinite(b->cut3))
		legend_add(&lg, LEGEND_DASH, "%s",
			   tell(c, "chart.cut3", number(c, whole(b->cut3)),
				(char *)NULL));
	buf_release(&line);
	buf_release(&name);
	buf_release(&range);
	return put_legend(c, &lg, y);
}

static void band_put_bar(struct chart *c, const struct band *b)
{
	int i;

	for (i = 0; i < b->n; i++) {
		double x0 = band_x(b, b->edge[i]);
		double x1 = band_x(b, b->edge[i + 1]);

		put_segment(c, x0, BAND_BAR_Y, x1 - x0, BAR_H, i);
	}
	if (isfinite(b->cut3))
		put_line(c, band_x(b, b->cut3), BAND_BAR_Y, band_x(b, b->cut3),
			 BAND_BAR_Y + BAR_H,
			 "stroke=\"" INK "\" stroke-width=\"2\""
			 " stroke-dasharray=\"3 2\"");
	put_outline(c, BAR_X, BAND_BAR_Y, BAR_W, BAR_H);
}

/* Draw a band chart whole: bar, score, labels, legend, title and desc. */
static void band_chart(struct chart *c, struct buf *out, const char *kind,
		       const char *title, const struct band *b)
{
	double y;
	int rows;

	band_describe(c, b);
	band_put_bar(c, b);
	band_put_score(c, b);
	rows = band_put_ticks(c, b);
	y = BAND_TICK_Y + (rows - 1) * TICK_STEP + 15;
	band_put_labels(c, b, y);
	y = band_put_legend(c, b, y + 10);
	chart_finish(c, out, kind, title, y + 2);
}

void chart_scale_band(struct buf *out, const struct i18n *words, const char *id,
		      const char *title, double low, double high,
		      const double *cuts, int levels, const char *const *names,
		      double score, double se)
{
	struct chart c;
	struct band b;
	int i;

	assert(cuts && names && (levels == 3 || levels == 4));
	memset(&b, 0, sizeof(b));
	chart_init(&c, words, id, levels);
	b.low = low;
	b.high = high;
	sane_range(&b.low, &b.high);
	band_edges(&b, cuts, levels);
	band_score(&b, score, se);
	b.cut3 = NAN;
	for (i = 0; i < levels; i++)
		b.names[i] = names[i];
	for (i = 1; scored(&b) && i < levels; i++)
		if (score >= b.edge[i])
			b.current = i;
	band_chart(&c, out, "scale", title, &b);
}

void chart_iab_band(struct buf *out, const struct i18n *words, const char *id,
		    const char *title, double low, double high, double cut3,
		    double score, double se)
{
	struct chart c;
	struct band b;
	double cuts[2];
	int i;

	memset(&b, 0, sizeof(b));
	chart_init(&c, words, id, 3);
	b.low = low;
	b.high = high;
	sane_range(&b.low, &b.high);
	band_score(&b, score, se);
	b.cut3 = clamp(finite_or(cut3, b.low), b.low, b.high);
	cuts[0] = b.cut3 - 1.5 * b.se;
	cuts[1] = b.cut3 + 1.5 * b.se;
	band_edges(&b, cuts, 3);
	for (i = 0; i < 3; i++) {
		b.names[i] = words_of(&c, category_keys[i]);
		b.short_names[i] = words_of(&c, category_short_keys[i]);
	}
	b.has_short_names = 1;
	/* The same test as the category itself, so the two always agree. */
	if (scored(&b))
		b.current = score - 1.5 * b.se >= b.cut3  ? 2
			    : score + 1.5 * b.se < b.cut3 ? 0
							  : 1;
	band_chart(&c, out, "iab", title, &b);
}

/*
 * Score history: a plot with the scale upwards and one slot per result
 * across, the level cuts as dashed lines labelled in the right margin.
 */
struct plot {
	double low, high;
	int n;
};

#define PLOT_X0 56
#define PLOT_X1 536
#define PLOT_Y0 14
#define PLOT_Y1 214

static double plot_y(const struct plot *p, double v)
{
	v = clamp(v, p->low, p->high);
	return PLOT_Y1 -
	       (v - p->low) / (p->high - p->low) * (PLOT_Y1 - PLOT_Y0);
}

static double plot_x(const struct plot *p, int i)
{
	return PLOT_X0 + (i + 0.5) * (PLOT_X1 - PLOT_X0) / p->n;
}

/* The level of a score: one more than the number of cuts at or below. */
static int level_of(double score, const double *cuts, int ncuts)
{
	int i, level = 1;

	for (i = 0; i < ncuts; i++)
		if (isfinite(cuts[i]) && score >= cuts[i])
			level++;
	return level;
}

/* A result's sentence: below, on or above the scale shown, and without
 * a level when the results share no cuts. */
static const char *const point_keys[2][3] = {
	{ "chart.desc.point_plain_below", "chart.desc.point_plain",
	  "chart.desc.point_plain_above" },
	{ "chart.desc.point_below", "chart.desc.point",
	  "chart.desc.point_above" },
};

static void history_describe(struct chart *c, const struct plot *p,
			     const struct chart_point *pt, const double *cuts,
			     int ncuts)
{
	struct buf results = BUF_INIT;
	char level[16];
	int i;

	i18n_count(&results, c->words, "chart.results", p->n);
	sentence(c, "chart.desc.history", buf_cstr(&results),
		 number(c, whole(p->low)), number(c, whole(p->high)),
		 (char *)NULL);
	buf_release(&results);
	for (i = 0; i < ncuts; i++) {
		if (!isfinite(cuts[i]))
			continue;
		snprintf(level, sizeof(level), "%d", i + 2);
		sentence(c, "chart.desc.level_from", level,
			 number(c, whole(cuts[i])), (char *)NULL);
	}
	for (i = 0; i < p->n; i++) {
		double s = pt[i].score, se = finite_or(pt[i].se, 0);

		if (!isfinite(s)) {
			sentence(c, "chart.desc.point_not_scored",
				 nz(pt[i].label), (char *)NULL);
			continue;
		}
		snprintf(level, sizeof(level), "%d", level_of(s, cuts, ncuts));
		sentence(c,
			 point_keys[ncuts > 0][s < p->low    ? 0
					       : s > p->high ? 2
							     : 1],
			 nz(pt[i].label), number(c, whole(s)),
			 number(c, whole(se)), level, (char *)NULL);
	}
}

/* Light tints of the level colours behind the plot, for orientation. */
static void history_put_tints(struct chart *c, const struct plot *p,
			      const double *cuts, int ncuts)
{
	const struct swatch *pal = ncuts == 3	? four_levels
				   : ncuts == 2 ? three_levels
						: NULL;
	double top = p->low;
	int i;

	for (i = 0; pal && i <= ncuts; i++) {
		double bottom = top;

		top = i < ncuts ? finite_or(cuts[i], bottom) : p->high;
		top = clamp(top, bottom, p->high);
		put_rect(
		    c, PLOT_X0, plot_y(p, top), PLOT_X1 - PLOT_X0,
		    plot_y(p, bottom) - plot_y(p, top),
		    fmt(c, "fill=\"%s\" fill-opacity=\"0.16\"", pal[i].fill));
	}
}

/* Cut lines, their labels kept at least a line apart. */
static void history_put_cuts(struct chart *c, const struct plot *p,
			     const double *cuts, int ncuts)
{
	double last = -1e9;
	int i;

	for (i = ncuts - 1; i >= 0; i--) {
		char level[16];
		double y;

		if (!isfinite(cuts[i]) || cuts[i] <= p->low ||
		    cuts[i] >= p->high)
			continue;
		y = plot_y(p, cuts[i]);
		put_line(c, PLOT_X0, y, PLOT_X1, y,
			 "stroke=\"" INK_SOFT "\" stroke-dasharray=\"5 3\"");
		y = y + 4 < last + 12 ? last + 12 : y + 4;
		last = y;
		snprintf(level, sizeof(level), "%d", i + 2);
		put_text_style(c, PLOT_X1 + 6, y, ALIGN_START, FONT_SMALL, 0,
			       tell(c, "chart.cut", level,
				    number(c, whole(cuts[i])), (char *)NULL));
	}
}

static void history_put_axes(struct chart *c, const struct plot *p)
{
	put_line(c, PLOT_X0, PLOT_Y0, PLOT_X0, PLOT_Y1,
		 "stroke=\"" INK_SOFT "\"");
	put_line(c, PLOT_X0, PLOT_Y1, PLOT_X1, PLOT_Y1,
		 "stroke=\"" INK_SOFT "\"");
	put_text_style(c, PLOT_X0 - 6, PLOT_Y0 + 4, ALIGN_END, FONT_SMALL, 0,
		       number(c, whole(p->high)));
	put_text_style(c, PLOT_X0 - 6, PLOT_Y1, ALIGN_END, FONT_SMALL, 0,
		       number(c, whole(p->low)));
}

/* Lines between consecutive scored results, drawn under the markers. */
static void history_put_path(struct chart *c, const struct plot *p,
			     const struct chart_point *pt)
{
	int i, drawn = 0;

	for (i = 0; i < p->n; i++) {
		if (!isfinite(pt[i].score))
			continue;
		buf_puts(&c->body, drawn ? " " : "<polyline points=\"");
		put_num(&c->body, plot_x(p, i));
		buf_putc(&c->body, ',');
		put_num(&c->body, plot_y(p, pt[i].score));
		drawn++;
	}
	if (drawn)
		buf_puts(&c->body, "\" fill=\"none\" stroke=\"" INK_SOFT
				   "\" stroke-width=\"1.5\"/>\n");
}

/* Bold small text with a white outline, readable across lines. */
static void put_halo_text(struct chart *c, double x, double y, const char *s)
{
	buf_puts(&c->body, "<text");
	put_attr(&c->body, "x", x);
	put_attr(&c->body, "y", y);
	buf_printf(&c->body,
		   " text-anchor=\"middle\" font-size=\"%d\""
		   " font-weight=\"bold\" stroke=\"#ffffff\""
		   " stroke-width=\"3\" paint-order=\"stroke\">",
		   FONT_SMALL);
	put_escaped(&c->body, s);
	buf_puts(&c->body, "</text>\n");
}

/* A vertical error bar with caps, the marker, and the score above. */
static void history_put_point(struct chart *c, const struct plot *p, int i,
			      const struct chart_point *pt)
{
	const char *ink = "stroke=\"" INK "\" stroke-width=\"2\"";
	double x = plot_x(p, i), s = pt->score;
	double se = isfinite(pt->se) && pt->se > 0 ? pt->se : 0;
	double top = plot_y(p, s + se), bottom = plot_y(p, s - se);
	const char *shape = "0,-5 5,0 0,5 -5,0";

	if (!isfinite(s)) {
		put_text_style(c, x, PLOT_Y1 - 8, ALIGN_MIDDLE, FONT_SMALL, 0,
			       words_of(c, "result.not_scored"));
		return;
	}
	put_line(c, x, top, x, bottom, ink);
	put_line(c, x - 5, top, x + 5, top, ink);
	put_line(c, x - 5, bottom, x + 5, bottom, ink);
	/* Off the scale, the marker points the way the score lies. */
	if (s > p->high)
		shape = "0,-9 7,3 -7,3";
	else if (s < p->low)
		shape = "0,9 7,-3 -7,-3";
	put_marker(c, x, plot_y(p, s), shape);
	top = top - 7 > PLOT_Y0 + 8 ? top - 7 : bottom + 15;
	put_halo_text(c, x, top, number(c, whole(s)));
}

/* Labels under the slots, on two staggered rows when they are crowded. */
static double history_put_labels(struct chart *c, const struct plot *p,
				 const struct chart_point *pt)
{
	double slot = (double)(PLOT_X1 - PLOT_X0) / p->n;
	int i, stagger = 0;

	for (i = 0; i < p->n; i++)
		if (text_width(nz(pt[i].label), FONT_SMALL) + 4 > slot)
			stagger = 1;
	for (i = 0; i < p->n; i++)
		put_text_style(c, plot_x(p, i),
			       PLOT_Y1 + 16 + (stagger && i % 2) * 13,
			       ALIGN_MIDDLE, FONT_SMALL, 0, nz(pt[i].label));
	return PLOT_Y1 + 22 + stagger * 13;
}

void chart_history(struct buf *out, const struct i18n *words, const char *id,
		   const char *title, const struct chart_point *points, int n,
		   double low, double high, const double *cuts, int ncuts)
{
	struct chart c;
	struct plot p;
	double y;
	int i;

	assert((points || n == 0) && (cuts || ncuts == 0) && n >= 0);
	chart_init(&c, words, id, 0);
	if (n == 0) {
		put_no_bar(&c, 8, 0);
		describe_no_bar(&c, 0, 0);
		chart_finish(&c, out, "history", title, 8 + BAR_H + 8);
		return;
	}
	sane_range(&low, &high);
	p.low = low;
	p.high = high;
	p.n = n;
	history_describe(&c, &p, points, cuts, ncuts);
	history_put_tints(&c, &p, cuts, ncuts);
	history_put_cuts(&c, &p, cuts, ncuts);
	history_put_axes(&c, &p);
	history_put_path(&c, &p, points);
	for (i = 0; i < n; i++)
		history_put_point(&c, &p, i, &points[i]);
	y = history_put_labels(&c, &p, points);
	chart_finish(&c, out, "history", title, y);
}

/*
 * Claims: a legend across the top, then per claim its name, a bar of
 * Below / Near / Above and the same numbers in a line of text.
 */
#define CLAIMS_TOP 34
#define CLAIM_ROW  74

static void claims_put_legend(struct chart *c)
{
	double x = BAR_X;
	int i;

	for (i = 0; i < 3; i++) {
		const char *name = words_of(c, category_keys[i]);

		put_legend_swatch(c, x, 8, i);
		put_text(c, x + SWATCH + 6, 8 + SWATCH - 2, ALIGN_START, name);
		x += SWATCH + 6 + text_width(name, FONT) + 18;
	}
}

static void claims_summary(struct chart *c, struct buf *to, const long *counts,
			   const long *pct, long total, const char *sep)
{
	int i;

	for (i = 0; i < 3; i++) {
		say(to, c, "chart.share", words_of(c, category_short_keys[i]),
		    number(c, counts[i]), percent(c, pct[i]), (char *)NULL);
		buf_puts(to, sep);
	}
	buf_puts(to, students(c, total));
}

/* One claim: its name, then its bar and a line of numbers, or "*". */
static void claims_put_one(struct chart *c, const struct chart_claim *cl,
			   double y, int suppress_below)
{
	int raw[3] = { cl->below, cl->near, cl->above };
	long counts[3], pct[3], total = copy_counts(counts, raw, 3);
	struct buf line = BUF_INIT;

	put_text_style(c, BAR_X, y + 12, ALIGN_START, FONT, 1, nz(cl->name));
	if (total == 0 || total < suppress_below) {
		put_no_bar(c, y + 18, total);
		sentence(c,
			 total ? "chart.desc.claim_withheld"
			       : "chart.desc.claim_no_results",
			 nz(cl->name), number(c, suppress_below), (char *)NULL);
		return;
	}
	percents(pct, counts, 3, total);
	put_stack(c, y + 18, counts, pct, 3, total);
	claims_summary(c, &line, counts, pct, total, " " MIDDOT " ");
	put_text_style(c, BAR_X, y + 18 + BAR_H + 16, ALIGN_START, FONT_SMALL,
		       0, buf_cstr(&line));
	buf_reset(&line);
	claims_summary(c, &line, counts, pct, total, ", ");
	sentence(c, "chart.desc.claim", nz(cl->name), buf_cstr(&line),
		 (char *)NULL);
	buf_release(&line);
}

void chart_claims(struct buf *out, const struct i18n *words, const char *id,
		  const char *title, const struct chart_claim *claims, int n,
		  int suppress_below)
{
	struct chart c;
	int i;

	assert((claims || n == 0) && n >= 0);
	chart_init(&c, words, id, 3);
	if (n == 0) {
		put_no_bar(&c, 8, 0);
		describe_no_bar(&c, 0, 0);
		chart_finish(&c, out, "claims", title, 8 + BAR_H + 8);
		return;
	}
	sentence(&c, "chart.desc.claims", (char *)NULL);
	claims_put_legend(&c);
	for (i = 0; i < n; i++)
		claims_put_one(&c, &claims[i], CLAIMS_TOP + i * CLAIM_ROW,
			       suppress_below);
	chart_finish(&c, out, "claims", title, CLAIMS_TOP + n * CLAIM_ROW - 6);
}
