/*
 * Message catalogs: reading "key = value" files with continued values,
 * falling back to English key by key, filling in {1}, {2}..., counting
 * with .one and .other, and writing dates and numbers each language's
 * way, from the catalogs of the site templates and from small catalogs
 * written here.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "i18n.h"
#include "unit.h"

static char templates[4096], scratch[4096];

/* A buffer's text, kept until the next call. */
static const char *text(void (*put)(struct buf *, const struct i18n *,
				    const char *),
			const struct i18n *c, const char *arg)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	put(&b, c, arg);
	return buf_cstr(&b);
}

static const char *number(const struct i18n *c, double v, int decimals)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	i18n_number(&b, c, v, decimals);
	return buf_cstr(&b);
}

static const char *count(const struct i18n *c, const char *key, long n)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	i18n_count(&b, c, key, n);
	return buf_cstr(&b);
}

static const char *percent(const struct i18n *c, long pct)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	i18n_percent(&b, c, pct);
	return buf_cstr(&b);
}

static void test_dates(const struct i18n *en, const struct i18n *es,
		       const struct i18n *vi, const struct i18n *zh)
{
	CHECK_STR(text(i18n_date, en, "2026-12-03"), "2026-12-03",
		  "English short dates are ISO");
	CHECK_STR(text(i18n_date_long, en, "2026-12-03T10:00:00"),
		  "December 3, 2026", "English long dates name the month");
	CHECK_STR(text(i18n_date, es, "2026-12-03"), "03/12/2026",
		  "Spanish short dates are day/month/year");
	CHECK_STR(text(i18n_date_long, es, "2026-12-03"),
		  "3 de diciembre de 2026",
		  "Spanish long dates: 3 de diciembre de 2026");
	CHECK_STR(text(i18n_date_long, es, "2025-01-31"), "31 de enero de 2025",
		  "the month's name in lowercase");
	CHECK_STR(text(i18n_date_long, vi, "2026-12-03"),
		  "ngày 3 tháng 12 năm 2026", "Vietnamese long dates");
	CHECK_STR(text(i18n_date_long, zh, "2026-12-03"), "2026年12月3日",
		  "Chinese long dates");
	CHECK_STR(text(i18n_date_long, es, "2026-13-03"), "2026-13-03",
		  "a month that does not exist is shown as it is");
	CHECK_STR(text(i18n_date, es, "soon"), "soon",
		  "text that is no date is shown as it is");
	CHECK_STR(text(i18n_date_long, es, NULL), "", "no date, no text");
}

static void test_numbers(const struct i18n *en, const struct i18n *es,
			 const struct i18n *vi)
{
	CHECK_STR(number(en, 2431, 0), "2431",
		  "four digits are never grouped (scale scores)");
	CHECK_STR(number(es, 2431, 0), "2431", "nor in Spanish");
	CHECK_STR(number(en, 1.75, 2), "1.75", "English decimal point");
	CHECK_STR(number(es, 1.75, 2), "1,75", "Spanish decimal comma");
	CHECK_STR(number(vi, 0.2, 1), "0,2", "Vietnamese decimal comma");
	CHECK_STR(number(en, 12345.5, 1), "12,345.5",
		  "English groups thousands with commas");
	CHECK_STR(number(es, 12345.5, 1),
		  "12\xc2\xa0"
		  "345,5",
		  "Spanish with a no-break space");
	CHECK_STR(number(vi, 1234567, 0), "1.234.567",
		  "Vietnamese with periods");
	CHECK_STR(number(es, -12345, 0),
		  "-12\xc2\xa0"
		  "345",
		  "the sign stays in front");
	CHECK_STR(number(en, -0.001, 2), "0.00", "no negative zero");
	CHECK_STR(number(en, NAN, 0), "", "not a number, no text");
	CHECK_STR(percent(en, 39), "39%", "English percent");
	CHECK_STR(percent(es, 39), "39\xc2\xa0%",
		  "Spanish percent after a no-break space");
}

static void test_counts(const struct i18n *en, const struct i18n *es)
{
	CHECK_STR(count(en, "chart.students", 1), "1 student", "one: .one");
	CHECK_STR(count(en, "chart.students", 0), "0 students", "zero: .other");
	CHECK_STR(count(es, "chart.results", 12), "12 resultados",
		  "Spanish counts");
	CHECK_STR(count(es, "chart.students", 12000),
		  "12\xc2\xa0"
		  "000 estudiantes",
		  "counts are numbers of the language");
}

/* A catalog written here: a continued value, a key Spanish leaves to
 * English, placeholders given and not given. */
static void test_small_catalogs(void)
{
	char dir[4200], path[4300];
	struct i18n *en, *es, *bad;
	struct buf b = BUF_INIT;
	FILE *f;

	snprintf(dir, sizeof(dir), "%s/i18n", scratch);
	mkdir(scratch, 0700);
	mkdir(dir, 0700);
	snprintf(path, sizeof(path), "%s/en.txt", dir);
	f = fopen(path, "w");
	fputs("# a comment\nsay.hello = Hello, {1}!\nsay.long = one\n"
	      "\ttwo\nonly.en = English\n",
	      f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/es.txt", dir);
	f = fopen(path, "w");
	fputs("say.hello = ¡Hola, {1}!\n", f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/vi.txt", dir);
	f = fopen(path, "w");
	fputs("no equals sign here\n", f);
	fclose(f);

	en = i18n_load(scratch, "en", NULL);
	es = en ? i18n_load(scratch, "es", en) : NULL;
	CHECK(en && es, "small catalogs load");
	if (!en || !es) {
		i18n_free(en);
		i18n_free(es);
		return;
	}
	CHECK_STR(i18n_text(en, "say.long"), "one\ntwo",
		  "an indented line continues the value");
	CHECK_STR(i18n_text(es, "only.en"), "English",
		  "a key Spanish lacks falls back to English");
	CHECK_STR(i18n_text(es, "no.such"), "no.such",
		  "a key no catalog has reads as itself");
	i18n_format(&b, es, "say.hello", "Ana", (char *)NULL);
	CHECK_STR(buf_cstr(&b), "¡Hola, Ana!", "{1} is filled in");
	buf_reset(&b);
	i18n_format(&b, en, "say.hello", (char *)NULL);
	CHECK_STR(buf_cstr(&b), "Hello, {1}!",
		  "a placeholder with no argument stays");
	buf_release(&b);
	bad = i18n_load(scratch, "vi", en);
	CHECK(bad == NULL, "a line that is no 'key = value' is an error");
	i18n_free(es);
	i18n_free(en);
}

static void test_codes(void)
{
	CHECK_STR(i18n_lang_of_code("spa"), "es", "spa is Spanish");
	CHECK_STR(i18n_lang_of_code("VIE"), "vi", "codes in any case");
	CHECK_STR(i18n_lang_of_code("tgl"), "fil", "Tagalog reads Filipino");
	CHECK_STR(i18n_lang_of_code("yue"), "zh-Hant",
		  "Cantonese reads Traditional Chinese");
	CHECK(i18n_lang_of_code("eng") == NULL, "English needs no second");
	CHECK(i18n_lang_of_code("kor") == NULL, "no catalog, no report");
}

int main(void)
{
	const char *src = getenv("SRCDIR"), *tmp = getenv("TEST_TMP");
	struct i18n *en, *es, *vi, *zh;

	snprintf(templates, sizeof(templates), "%s/site-templates",
		 src ? src : ".");
	snprintf(scratch, sizeof(scratch), "%s/unit-i18n", tmp ? tmp : "/tmp");
	en = i18n_load(templates, "en", NULL);
	es = en ? i18n_load(templates, "es", en) : NULL;
	vi = en ? i18n_load(templates, "vi", en) : NULL;
	zh = en ? i18n_load(templates, "zh-Hant", en) : NULL;
	CHECK(en && es && vi && zh, "the site templates' catalogs load");
	if (en && es && vi && zh) {
		test_dates(en, es, vi, zh);
		test_numbers(en, es, vi);
		test_counts(en, es);
	}
	test_small_catalogs();
	test_codes();
	i18n_free(zh);
	i18n_free(vi);
	i18n_free(es);
	i18n_free(en);
	return unit_done();
}
