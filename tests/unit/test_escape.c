/*
 * Escaping for each output context, with hostile values: markup,
 * quotes, script URLs and spreadsheet formulas.
 */
#include <string.h>

#include "escape.h"
#include "json.h"
#include "unit.h"

static struct buf b;

static const char *html(const char *s)
{
	buf_reset(&b);
	escape_html(&b, s);
	return buf_cstr(&b);
}

static const char *url(const char *s)
{
	buf_reset(&b);
	escape_url_path(&b, s);
	return buf_cstr(&b);
}

static const char *csv(const char *s)
{
	buf_reset(&b);
	escape_csv(&b, s);
	return buf_cstr(&b);
}

static const char *json(const char *s)
{
	buf_reset(&b);
	json_put_string(&b, s);
	return buf_cstr(&b);
}

static void test_html(void)
{
	CHECK_STR(html("<script>alert(1)</script>"),
		  "&lt;script&gt;alert(1)&lt;/script&gt;", "html: markup");
	CHECK_STR(html("\" onmouseover=\"x' `y`"),
		  "&quot; onmouseover=&quot;x&#39; &#96;y&#96;",
		  "html: attribute breakouts");
	CHECK_STR(html("AT&T &amp;"), "AT&amp;T &amp;amp;",
		  "html: ampersands, even entity-like ones");
	CHECK_STR(html("Nguyễn Zoë"), "Nguyễn Zoë", "html: UTF-8 passes");
	CHECK_STR(html(NULL), "", "html: NULL is empty");
}

static void test_url(void)
{
	CHECK_STR(url("students/s12.html"), "students/s12.html",
		  "url: our own paths are unchanged");
	CHECK_STR(url("javascript:alert(1)"), "javascript%3Aalert%281%29",
		  "url: a scheme becomes a harmless relative path");
	CHECK_STR(url("a b?c#d\"<>"), "a%20b%3Fc%23d%22%3C%3E",
		  "url: spaces, query, fragment, quotes, markup");
	CHECK_STR(url("é"), "%C3%A9", "url: UTF-8 bytes");
}

static void test_csv(void)
{
	CHECK_STR(csv("plain"), "plain", "csv: plain text");
	CHECK_STR(csv("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0",
		  "csv: a formula gets an apostrophe");
	CHECK_STR(csv("+1"), "'+1", "csv: leading +");
	CHECK_STR(csv("-2+3"), "'-2+3", "csv: leading -");
	CHECK_STR(csv("@SUM(A1)"), "'@SUM(A1)", "csv: leading @");
	CHECK_STR(csv("\tx"), "'\tx", "csv: leading tab");
	CHECK_STR(csv("\rx"), "\"'\rx\"", "csv: leading CR, quoted");
	CHECK_STR(csv("a,b"), "\"a,b\"", "csv: comma quoted");
	CHECK_STR(csv("say \"hi\""), "\"say \"\"hi\"\"\"",
		  "csv: quotes doubled");
	CHECK_STR(csv("=1,\"2\""), "\"'=1,\"\"2\"\"\"",
		  "csv: formula and quoting together");
	CHECK_STR(csv("two\nlines"), "\"two\nlines\"", "csv: newline quoted");
}

static void test_json(void)
{
	CHECK_STR(json("</script><!--"), "\"\\u003c/script\\u003e\\u003c!--\"",
		  "json: cannot close a script element");
	CHECK_STR(json("a&b'\"\\"), "\"a\\u0026b\\u0027\\\"\\\\\"",
		  "json: & ' \" and backslash");
}

int main(void)
{
	test_html();
	test_url();
	test_csv();
	test_json();
	buf_release(&b);
	return unit_done();
}
