#include "svg_basic.h"

#include <stdio.h>
#include <string.h>

#include "escape.h"

#define WIDTH	480.0
#define LABEL_W 170.0
#define BAR_W	220.0
#define ROW_H	26.0

/* Fallback fills matching style.css, for a chart seen without it. */
static const char *fill_of(const char *cls)
{
	static const char *const names[] = { "lv1",  "lv2",  "lv3", "lv4",
					     "cat1", "cat2", "cat3" };
	static const char *const fills[] = { "#e66101", "#fdb863", "#b2abd2",
					     "#5e3c99", "#e66101", "#fdb863",
					     "#5e3c99" };
	size_t i;

	for (i = 0; cls && i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(cls, names[i]))
			return fills[i];
	return "#8c8c8c";
}

/* Dark fills take light text. */
static const char *ink_of(const char *cls)
{
	return cls && (!strcmp(cls, "lv4") || !strcmp(cls, "cat3"))
		   ? "ink-light"
		   : "ink";
}

static void open_svg(struct buf *b, const char *id, const char *title,
		     const char *desc, double height)
{
	buf_printf(b,
		   "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %.0f %.0f\""
		   " aria-labelledby=\"%s-t %s-d\">",
		   WIDTH, height, id, id);
	buf_printf(b, "<title id=\"%s-t\">", id);
	escape_html(b, title);
	buf_printf(b, "</title><desc id=\"%s-d\">", id);
	escape_html(b, desc);
	buf_puts(b, "</desc>");
}

static void text_at(struct buf *b, double x, double y, const char *anchor,
		    const char *cls, const char *text)
{
	buf_printf(b,
		   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\""
		   " class=\"%s\">",
		   x, y, anchor, cls);
	escape_html(b, text);
	buf_puts(b, "</text>");
}

static void rect(struct buf *b, double x, double y, double w, double h,
		 const char *cls)
{
	buf_printf(b,
		   "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
		   " height=\"%.1f\" class=\"%s\" fill=\"%s\""
		   " stroke=\"#333\" stroke-width=\"0.5\"/>",
		   x, y, w, h, cls ? cls : "", fill_of(cls));
}

void svg_basic_bars(struct buf *b, const char *id, const char *title,
		    const char *desc, const struct svg_bar *bars, int count,
		    double max)
{
	int i;

	open_svg(b, id, title, desc, count * ROW_H + 8);
	for (i = 0; i < count; i++) {
		double y = 4 + i * ROW_H;
		double w = max > 0 ? BAR_W * bars[i].value / max : 0;

		text_at(b, LABEL_W - 6, y + 17, "end", "ink", bars[i].label);
		if (w > 0)
			rect(b, LABEL_W, y + 3, w, ROW_H - 8, bars[i].cls);
		text_at(b, LABEL_W + w + 6, y + 17, "start", "ink",
			bars[i].value_text);
	}
	buf_puts(b, "</svg>");
}

static double row_total(const struct svg_stack_row *r)
{
	double t = 0;
	int k;

	for (k = 0; k < r->count; k++)
		t += r->segs[k].value;
	return t;
}

#define STACK_ROW_H 44.0

static void stack_row(struct buf *b, const struct svg_stack_row *r, double y)
{
	double total = row_total(r), x = 4, span = WIDTH - 8;
	int k;

	text_at(b, 4, y + 14, "start", "ink strong", r->label);
	for (k = 0; k < r->count && total > 0; k++) {
		const struct svg_segment *s = &r->segs[k];
		double w = span * s->value / total;

		if (w <= 0)
			continue;
		rect(b, x, y + 20, w, 20, s->cls);
		/* Text goes inside only where it fits; the legend has all. */
		if (w >= 8.0 * (double)strlen(s->label))
			text_at(b, x + w / 2, y + 35, "middle", ink_of(s->cls),
				s->label);
		x += w;
	}
}

/* Swatches with the segment names, in the order the segments run. */
static void legend(struct buf *b, const struct svg_stack_row *r,
		   const char *const *names, double y)
{
	double x = 4;
	int k;

	for (k = 0; k < r->count; k++) {
		rect(b, x, y, 14, 14, r->segs[k].cls);
		text_at(b, x + 20, y + 12, "start", "ink", names[k]);
		x += 28 + 7.5 * (double)strlen(names[k]);
	}
}

void svg_basic_stacks(struct buf *b, const char *id, const char *title,
		      const char *desc, const struct svg_stack_row *rows,
		      int count, const char *const *names)
{
	int i;

	open_svg(b, id, title, desc, count * STACK_ROW_H + 30);
	for (i = 0; i < count; i++)
		stack_row(b, &rows[i], 4 + i * STACK_ROW_H);
	if (count)
		legend(b, &rows[0], names, 10 + count * STACK_ROW_H);
	buf_puts(b, "</svg>");
}

static double scale_x(const struct svg_scale *s, double v)
{
	double span = s->high - s->low;

	if (v < s->low)
		v = s->low;
	if (v > s->high)
		v = s->high;
	return 10 + (WIDTH - 20) * (span > 0 ? (v - s->low) / span : 0);
}

static void scale_bands(struct buf *b, const struct svg_scale *s)
{
	double from = s->low;
	int k;

	for (k = 0; k < s->count; k++) {
		double to = k < s->count - 1 ? s->cuts[k] : s->high;
		double x0 = scale_x(s, from), x1 = scale_x(s, to);
		char cut[32];

		rect(b, x0, 40, x1 - x0, 26, s->classes[k]);
		if (x1 - x0 >= 5.5 * (double)strlen(s->names[k]))
			text_at(b, (x0 + x1) / 2, 57, "middle",
				ink_of(s->classes[k]), s->names[k]);
		if (k < s->count - 1) {
			snprintf(cut, sizeof(cut), "%.0f", to);
			text_at(b, x1, 82, "middle", "ink small", cut);
		}
		from = to;
	}
}

static void scale_marker(struct buf *b, const struct svg_scale *s)
{
	double x = scale_x(s, s->score);
	char text[48];

	if (s->has_se) {
		double lo = scale_x(s, s->score - s->se);
		double hi = scale_x(s, s->score + s->se);

		buf_printf(b,
			   "<path d=\"M%.1f 26 V34 M%.1f 30 H%.1f M%.1f 26"
			   " V34\" class=\"band\" stroke=\"#000\""
			   " stroke-width=\"2\" fill=\"none\"/>",
			   lo, lo, hi, hi);
		snprintf(text, sizeof(text), "%.0f \xc2\xb1 %.0f", s->score,
			 s->se);
	} else {
		snprintf(text, sizeof(text), "%.0f", s->score);
	}
	buf_printf(b,
		   "<path d=\"M%.1f 36 V70\" class=\"marker\""
		   " stroke=\"#000\" stroke-width=\"3\"/>",
		   x);
	text_at(b, x, 18,
		x < 60		 ? "start"
		: x > WIDTH - 60 ? "end"
				 : "middle",
		"ink strong", text);
}

void svg_basic_scale(struct buf *b, const char *id, const char *title,
		     const char *desc, const struct svg_scale *s)
{
	char end[32];

	open_svg(b, id, title, desc, 90);
	scale_bands(b, s);
	snprintf(end, sizeof(end), "%.0f", s->low);
	text_at(b, 10, 82, "start", "ink small", end);
	snprintf(end, sizeof(end), "%.0f", s->high);
	text_at(b, WIDTH - 10, 82, "end", "ink small", end);
	scale_marker(b, s);
	buf_puts(b, "</svg>");
}

static double history_y(double v, double low, double high)
{
	return 100 - 80 * (high > low ? (v - low) / (high - low) : 0.5);
}

void svg_basic_history(struct buf *b, const char *id, const char *title,
		       const char *desc, const struct svg_point *points,
		       int count, double low, double high)
{
	double step = count > 1 ? (WIDTH - 80) / (count - 1) : 0;
	int i;

	open_svg(b, id, title, desc, 140);
	buf_puts(b, "<path class=\"trend\" fill=\"none\" stroke=\"#333\""
		    " stroke-width=\"1.5\" d=\"");
	for (i = 0; i < count; i++)
		buf_printf(b, "%s%.1f %.1f", i ? " L" : "M", 40 + step * i,
			   history_y(points[i].value, low, high));
	buf_puts(b, "\"/>");
	for (i = 0; i < count; i++) {
		double x = 40 + step * i;
		double y = history_y(points[i].value, low, high);
		char v[32];

		buf_printf(b,
			   "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\""
			   " class=\"dot\" fill=\"#000\"/>",
			   x, y);
		snprintf(v, sizeof(v), "%.0f", points[i].value);
		text_at(b, x, y - 8, "middle", "ink small", v);
		text_at(b, x, 130, "middle", "ink small", points[i].label);
	}
	buf_puts(b, "</svg>");
}
