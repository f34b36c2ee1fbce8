/*
 * The template engine: escaping, sections, loops, inverted sections,
 * partials, comments, standalone lines, errors with their line, and
 * that nothing in a template or a value is ever executed.
 */
#include <stdlib.h>
#include <string.h>

#include "template.h"
#include "tvalue.h"
#include "unit.h"

static struct template_set *set;
static struct tv_doc *doc;
static struct buf out;

/* Render text as a fresh template named name; NULL on any error. */
static const char *render_as(const char *name, const char *text,
			     const struct tvalue *data)
{
	buf_reset(&out);
	if (template_add(set, name, text, strlen(text)) < 0 ||
	    template_render(set, name, data, &out) < 0)
		return NULL;
	return buf_cstr(&out);
}

static const char *parse_error(const char *name, const char *text)
{
	if (template_add(set, name, text, strlen(text)) == 0)
		return "(parsed)";
	return template_set_error(set);
}

static struct tvalue *sample(void)
{
	struct tvalue *root = tv_map(doc), *list, *item;

	tv_set_str(doc, root, "name",
		   "<script>alert('x')</script> & \"q\" `b`");
	tv_set_str(doc, root, "plain", "Zoë");
	tv_set_num(doc, root, "count", 3);
	tv_set_num(doc, root, "mean", 2512.5);
	tv_set_num(doc, root, "zero", 0);
	tv_set_bool(doc, root, "yes", 1);
	tv_set_bool(doc, root, "no", 0);
	tv_set_str(doc, root, "empty", "");
	tv_set_str(doc, root, "mustache", "{{name}} {{>evil}}");
	tv_set_list(doc, root, "none");
	list = tv_set_list(doc, root, "rows");
	item = tv_push_map(doc, list);
	tv_set_str(doc, item, "n", "a");
	item = tv_push_map(doc, list);
	tv_set_str(doc, item, "n", "b");
	tv_set_str(doc, item, "plain", "inner");
	item = tv_set_map(doc, root, "school");
	tv_set_str(doc, item, "name", "Bayside");
	tv_set_map(doc, item, "district");
	list = tv_set_list(doc, root, "words");
	tv_push(list, tv_str(doc, "x<y"));
	tv_push(list, tv_str(doc, "z"));
	return root;
}

static void test_values(const struct tvalue *d)
{
	CHECK_STR(render_as("v1", "{{name}}", d),
		  "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
		  "&quot;q&quot; &#96;b&#96;",
		  "{{x}} escapes & < > \" ' and backtick");
	CHECK_STR(render_as("v2", "{{{name}}}", d),
		  "<script>alert('x')</script> & \"q\" `b`", "{{{x}}} is raw");
	CHECK_STR(render_as("v3", "{{ plain }}|{{missing}}|", d), "Zoë||",
		  "spaces in tags, missing names render nothing");
	CHECK_STR(render_as("v4", "{{count}} {{mean}} {{yes}}", d),
		  "3 2512.5 true", "numbers and booleans");
	CHECK_STR(render_as("v5", "{{school.name}}/{{school.nope.x}}", d),
		  "Bayside/", "dotted names");
	CHECK_STR(render_as("v6", "{{mustache}}", d), "{{name}} {{&gt;evil}}",
		  "a value holding tags is text, never a template");
}

static void test_sections(const struct tvalue *d)
{
	CHECK_STR(render_as("s1", "{{#rows}}[{{n}}]{{/rows}}", d), "[a][b]",
		  "a section loops over a list");
	CHECK_STR(render_as("s2", "{{#rows}}{{plain}},{{/rows}}", d),
		  "Zoë,inner,", "lookups fall back to outer contexts");
	CHECK_STR(render_as("s3", "{{#words}}<{{.}}>{{/words}}", d),
		  "<x&lt;y><z>", "{{.}} is the current item, escaped");
	CHECK_STR(render_as("s4", "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}", d), "Y",
		  "a boolean section renders once or not at all");
	CHECK_STR(render_as("s5",
			    "{{#none}}x{{/none}}{{#empty}}x{{/empty}}"
			    "{{#zero}}x{{/zero}}{{#missing}}x{{/missing}}.",
			    d),
		  ".", "empty list, empty string, zero and missing are false");
	CHECK_STR(render_as("s6", "{{#school}}{{name}}{{/school}}", d),
		  "Bayside", "a map section pushes the map");
	CHECK_STR(render_as("s7",
			    "{{^none}}no rows{{/none}}{{^rows}}x{{/rows}}"
			    "{{^missing}}!{{/missing}}",
			    d),
		  "no rows!", "inverted sections");
	CHECK_STR(render_as("s8", "{{#rows}}{{#yes}}{{n}}{{/yes}}{{/rows}}", d),
		  "ab", "nested sections");
}

static void test_layout(const struct tvalue *d)
{
	CHECK_STR(render_as("l1",
			    "<ul>\n  {{#rows}}\n  <li>{{n}}</li>\n"
			    "  {{/rows}}\n</ul>\n",
			    d),
		  "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n",
		  "a section tag alone on its line takes the line");
	CHECK_STR(render_as("l2", "a {{! a note }}b\n{{! alone }}\nc", d),
		  "a b\nc", "comments render nothing");
	CHECK(template_add(set, "partials/row", "<{{n}}>", 7) == 0,
	      "a partial is added");
	CHECK_STR(render_as("l3", "{{#rows}}{{>row}}{{/rows}}", d), "<a><b>",
		  "partials see the current context");
	CHECK_STR(render_as("l4", "{{#rows}}{{n}}{{/rows}}\n", d), "ab\n",
		  "a tag sharing its line keeps the line");
}

static void test_errors(void)
{
	const char *e;

	e = parse_error("e1", "ok\n\n{{#a}}\n{{/b}}\n");
	CHECK(strstr(e, "e1:4:") && strstr(e, "'b'") && strstr(e, "line 3"),
	      "a mismatched close names file, line and the open section");
	e = parse_error("e2", "x\n{{#list}}\nnever closed\n");
	CHECK(strstr(e, "e2:2:") && strstr(e, "never closed"),
	      "an unclosed section names where it opened");
	e = parse_error("e3", "one\ntwo {{name\n");
	CHECK(strstr(e, "e3:2:") && strstr(e, "unterminated"),
	      "an unterminated tag");
	e = parse_error("e4", "{{/a}}");
	CHECK(strstr(e, "e4:1:") != NULL, "a close without an open");
	e = parse_error("e5", "\n\n{{=<% %>=}}");
	CHECK(strstr(e, "e5:3:") && strstr(e, "unsupported"),
	      "no delimiter changes");
	e = parse_error("e6", "{{system(\"rm -rf /\")}}");
	CHECK(strstr(e, "bad name") != NULL, "no calls: a call is a bad name");
	e = parse_error("e7", "{{a + b}}");
	CHECK(strstr(e, "bad name") != NULL, "no expressions");
	e = parse_error("e8", "{{>../../etc/passwd}}");
	CHECK(strstr(e, "bad name") != NULL, "partial names cannot be paths");
	e = parse_error("e9", "{{&name}}");
	CHECK(strstr(e, "unsupported") != NULL, "no & tags");
	e = parse_error("e10", "{{>nowhere}}");
	CHECK(strstr(e, "e10:1:") && strstr(e, "no partial 'nowhere'"),
	      "a missing partial");
	e = parse_error("e11", "{{a..b}}");
	CHECK(strstr(e, "bad name") != NULL, "empty path parts");
	buf_reset(&out);
	CHECK(template_render(set, "never-added", NULL, &out) < 0,
	      "rendering an unknown template fails");
}

static void test_recursion(const struct tvalue *d)
{
	const char *self = "{{>loop}}";

	CHECK(template_add(set, "partials/loop", self, strlen(self)) == 0,
	      "a partial may include itself");
	buf_reset(&out);
	CHECK(template_add(set, "r1", "{{>loop}}", 9) == 0 &&
		  template_render(set, "r1", d, &out) < 0 &&
		  strstr(template_set_error(set), "deeper"),
	      "endless partial recursion stops with an error");
}

int main(void)
{
	struct tvalue *d;

	set = template_set_new(NULL);
	doc = tv_doc_new();
	d = sample();
	test_values(d);
	test_sections(d);
	test_layout(d);
	test_errors();
	test_recursion(d);
	buf_release(&out);
	tv_doc_free(doc);
	template_set_free(set);
	return unit_done();
}
