/*
 * The inline SVG charts: every chart must be well-formed XML, an image
 * named by its own title and desc, free of markup from its data, the same
 * bytes on every call and in every locale, and must label its levels in
 * text and hide small groups.
 */
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "catalog.h"
#include "chart.h"
#include "i18n.h"
#include "unit.h"

#define HOSTILE "<script>&\"'"

static const char *const sb_names[4] = {
	"Standard Not Met",
	"Standard Nearly Met",
	"Standard Met",
	"Standard Exceeded",
};

static const char *const caa_names[3] = {
	"Limited",
	"Foundational",
	"Understanding",
};

static const double ela3_cuts[3] = { 2367, 2432, 2490 };

/* The words of the charts: the English catalog of the site templates. */
static struct i18n *en;

static xmlDocPtr parse(const struct buf *b)
{
	return xmlReadMemory(buf_cstr(b), (int)b->len, "chart.svg", "UTF-8",
			     XML_PARSE_NONET | XML_PARSE_NOERROR |
				 XML_PARSE_NOWARNING);
}

static int attr_is(xmlNodePtr n, const char *name, const char *want)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	int same = v && !strcmp((const char *)v, want);

	xmlFree(v);
	return same;
}

static xmlNodePtr find_id(xmlNodePtr n, const char *id)
{
	for (; n; n = n->next) {
		xmlNodePtr hit;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (attr_is(n, "id", id))
			return n;
		if ((hit = find_id(n->children, id)))
			return hit;
	}
	return NULL;
}

/* Whether a number attribute reads like "12", "-3" or "12.5". */
static int plain_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s < '0' || *s > '9')
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	if (*s == '.' && s[1] >= '0' && s[1] <= '9')
		s += 2;
	return *s == '\0';
}

static int is_number_attr(const char *name)
{
	static const char *const names[] = { "x",  "y",	 "width", "height",
					     "x1", "y1", "x2",	  "y2" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i]))
			return 1;
	return 0;
}

/*
 * Walk every element: ids start with the prefix and are unique, numbers
 * are plain, url(#...) references resolve, and nothing reads "nan".
 */
struct walk {
	xmlNodePtr root;
	const char *prefix;
	char seen[64][80];
	int nseen, bad_id, bad_num, bad_ref, nan;
};

static void walk_attr(struct walk *w, xmlAttrPtr a, const char *v)
{
	const char *name = (const char *)a->name;
	const char *ref = strstr(v, "url(#");
	int i;

	if (strstr(v, "nan") || strstr(v, "inf"))
		w->nan = 1;
	/* The svg itself is as wide as its container: width="100%". */
	if (a->parent != w->root && is_number_attr(name) && !plain_number(v))
		w->bad_num = 1;
	if (ref) {
		char id[80];

		snprintf(id, sizeof(id), "%s", ref + 5);
		id[strcspn(id, ")")] = '\0';
		if (!find_id(w->root, id))
			w->bad_ref = 1;
	}
	if (strcmp(name, "id"))
		return;
	if (strncmp(v, w->prefix, strlen(w->prefix)) || w->nseen == 64)
		w->bad_id = 1;
	for (i = 0; i < w->nseen; i++)
		if (!strcmp(w->seen[i], v))
			w->bad_id = 1;
	if (w->nseen < 64)
		snprintf(w->seen[w->nseen++], sizeof(w->seen[0]), "%s", v);
}

static void walk_tree(struct walk *w, xmlNodePtr n)
{
	for (; n; n = n->next) {
		xmlAttrPtr a;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (a = n->properties; a; a = a->next) {
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);

			walk_attr(w, a, (const char *)v);
			xmlFree(v);
		}
		walk_tree(w, n->children);
	}
}

/* All the visible text of the chart, one <text> element a line. */
static void collect_text(xmlNodePtr n, struct buf *to)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)n->name, "text")) {
			xmlChar *v = xmlNodeGetContent(n);

			buf_printf(to, "%s\n", (const char *)v);
			xmlFree(v);
			continue;
		}
		collect_text(n->children, to);
	}
}

static char *node_text(xmlNodePtr n)
{
	xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
	char *copy = strdup(v ? (const char *)v : "");

	xmlFree(v);
	return copy;
}

/* What one chart shows, gathered once for the checks of a test. */
struct parsed {
	int ok;
	char *title, *desc;
	struct buf text;
};

static void parsed_release(struct parsed *p)
{
	free(p->title);
	free(p->desc);
	buf_release(&p->text);
}

static void check_image(xmlNodePtr root, const char *id, struct parsed *p,
			const char *what)
{
	char title_id[80], desc_id[80], both[170];
	xmlNodePtr title, desc;

	snprintf(title_id, sizeof(title_id), "%s-title", id);
	snprintf(desc_id, sizeof(desc_id), "%s-desc", id);
	snprintf(both, sizeof(both), "%s %s", title_id, desc_id);
	title = find_id(root, title_id);
	desc = find_id(root, desc_id);
	printf("# %s\n", what);
	CHECK(!strcmp((const char *)root->name, "svg"), "root is svg");
	CHECK(attr_is(root, "role", "img"), "role is img");
	CHECK(attr_is(root, "aria-labelledby", both),
	      "aria-labelledby names the title and the desc");
	CHECK(title && !strcmp((const char *)title->name, "title") &&
		  title == xmlFirstElementChild(root),
	      "the title comes first");
	CHECK(desc && !strcmp((const char *)desc->name, "desc"),
	      "the desc is there");
	p->title = node_text(title);
	p->desc = node_text(desc);
	CHECK(strlen(p->desc) > 0, "the desc says something");
}

static void check_tree(xmlNodePtr root, const char *id)
{
	struct walk w;

	memset(&w, 0, sizeof(w));
	w.root = root;
	w.prefix = id;
	walk_tree(&w, root);
	CHECK(!w.bad_id, "ids carry the prefix and are unique");
	CHECK(!w.bad_num, "coordinates are plain numbers");
	CHECK(!w.bad_ref, "pattern references resolve inside the chart");
	CHECK(!w.nan, "no nan or inf anywhere");
}

/* Parse a chart and run the checks that every chart must pass. */
static struct parsed check_chart(const struct buf *b, const char *id,
				 const char *what)
{
	struct parsed p;
	xmlDocPtr doc = parse(b);

	memset(&p, 0, sizeof(p));
	CHECK(!b->overflowed, "the buffer did not overflow");
	CHECK(doc != NULL, what);
	if (!doc) {
		p.title = strdup("");
		p.desc = strdup("");
		return p;
	}
	p.ok = 1;
	check_image(xmlDocGetRootElement(doc), id, &p, what);
	check_tree(xmlDocGetRootElement(doc), id);
	collect_text(xmlDocGetRootElement(doc), &p.text);
	xmlFreeDoc(doc);
	return p;
}

static int has_text(const struct parsed *p, const char *s)
{
	return strstr(buf_cstr(&p->text), s) != NULL;
}

static void level_bar(struct buf *b, const char *id, const char *title,
		      const int *counts, int levels, int suppress)
{
	struct chart_levels l;

	l.levels = levels;
	l.counts = counts;
	l.names = levels == 4 ? sb_names : caa_names;
	l.suppress_below = suppress;
	chart_level_bar(b, en, id, title, &l);
}

static void test_level_bar(void)
{
	int counts[4] = { 12, 30, 25, 9 };
	struct buf b = BUF_INIT, again = BUF_INIT;
	struct parsed p;
	int i, all = 1;

	level_bar(&b, "lv", HOSTILE, counts, 4, 11);
	p = check_chart(&b, "lv", "level bar parses");
	CHECK_STR(p.title, HOSTILE, "a hostile title survives as text");
	CHECK(!strstr(buf_cstr(&b), "<script>"), "and is escaped");
	for (i = 0; i < 4; i++)
		all &= has_text(&p, sb_names[i]);
	CHECK(all, "every level is named in text");
	CHECK(has_text(&p, "Standard Nearly Met: 30 (39%)"),
	      "counts and percents are in text");
	CHECK(strstr(p.desc, "76 students") != NULL, "the desc has the total");
	level_bar(&again, "lv", HOSTILE, counts, 4, 11);
	CHECK_STR(buf_cstr(&b), buf_cstr(&again), "the same bytes twice");
	parsed_release(&p);
	buf_release(&b);
	buf_release(&again);
}

static void test_level_bar_edges(void)
{
	int small[4] = { 3, 4, 2, 1 }, none[4] = { 0, 0, 0, 0 };
	int thirds[3] = { 1, 1, 1 };
	struct buf b = BUF_INIT;
	struct parsed p;

	level_bar(&b, "small", "Small group", small, 4, 11);
	p = check_chart(&b, "small", "a suppressed level bar parses");
	CHECK(has_text(&p, "*"), "a group under 11 shows *");
	CHECK(!has_text(&p, sb_names[0]) && !strstr(p.desc, "Not Met"),
	      "and no level or count");
	parsed_release(&p);
	buf_reset(&b);
	level_bar(&b, "none", "Nobody", none, 4, 0);
	p = check_chart(&b, "none", "a level bar of nobody parses");
	CHECK(has_text(&p, "No results"), "and says there are no results");
	parsed_release(&p);
	buf_reset(&b);
	level_bar(&b, "thirds", "Thirds", thirds, 3, 0);
	p = check_chart(&b, "thirds", "a three-level bar parses");
	CHECK(has_text(&p, "Limited: 1 (34%)") &&
		  has_text(&p, "Foundational: 1 (33%)") &&
		  has_text(&p, "Understanding: 1 (33%)"),
	      "percents add up to 100");
	parsed_release(&p);
	buf_release(&b);
}

static void test_scale_band(void)
{
	struct buf b = BUF_INIT, again = BUF_INIT;
	struct parsed p;
	int i, all = 1;

	chart_scale_band(&b, en, "sb", HOSTILE, 2115, 2650, ela3_cuts, 4,
			 sb_names, 2512, 25);
	p = check_chart(&b, "sb", "scale band parses");
	CHECK_STR(p.title, HOSTILE, "a hostile title survives as text");
	for (i = 0; i < 4; i++)
		all &= has_text(&p, sb_names[i]);
	CHECK(all, "every level is named in text");
	CHECK(has_text(&p, "2367") && has_text(&p, "2432") &&
		  has_text(&p, "2490"),
	      "the cuts are labelled");
	CHECK(has_text(&p, "2512 \xc2\xb1 25"), "the score and its error");
	CHECK(strstr(p.desc, "2487 to 2537") &&
		  strstr(p.desc, ": Level 4 Standard Exceeded."),
	      "the desc has the band and the level");
	chart_scale_band(&again, en, "sb", HOSTILE, 2115, 2650, ela3_cuts, 4,
			 sb_names, 2512, 25);
	CHECK_STR(buf_cstr(&b), buf_cstr(&again), "the same bytes twice");
	parsed_release(&p);
	buf_release(&b);
	buf_release(&again);
}

static void test_scale_band_edges(void)
{
	static const double caa_cuts[2] = { 345, 360 };
	struct buf b = BUF_INIT;
	struct parsed p;

	chart_scale_band(&b, en, "hi", "Above", 2115, 2650, ela3_cuts, 4,
			 sb_names, 2700, 30);
	p = check_chart(&b, "hi", "a score above the scale parses");
	CHECK(strstr(p.desc, "above the scale shown") != NULL,
	      "the desc says the marker is clamped");
	parsed_release(&p);
	buf_reset(&b);
	chart_scale_band(&b, en, "ns", "Not scored", 2115, 2650, ela3_cuts, 4,
			 sb_names, NAN, NAN);
	p = check_chart(&b, "ns", "a score that is no number parses");
	CHECK(has_text(&p, "Not scored"), "and reads not scored");
	parsed_release(&p);
	buf_reset(&b);
	chart_scale_band(&b, en, "bad", "Bad range", NAN, -INFINITY, caa_cuts,
			 3, caa_names, 350, 5);
	p = check_chart(&b, "bad", "a range that is no range parses");
	parsed_release(&p);
	buf_reset(&b);
	chart_scale_band(&b, en, "caa", "CAA", 300, 399, caa_cuts, 3, caa_names,
			 352, 6);
	p = check_chart(&b, "caa", "a three-level scale band parses");
	CHECK(has_text(&p, "Foundational") && has_text(&p, "Understanding"),
	      "its levels are named");
	parsed_release(&p);
	buf_release(&b);
}

/* The category named in an interim band's desc, by its last words. */
static int iab_category_of(const char *desc)
{
	if (strstr(desc, "): Below Standard."))
		return 1;
	if (strstr(desc, "): At or Near Standard."))
		return 2;
	if (strstr(desc, "): Above Standard."))
		return 3;
	return 0;
}

static void test_iab_band(void)
{
	struct scale_row row;
	struct buf b = BUF_INIT;
	struct parsed p;
	int score, agree = 1;

	chart_iab_band(&b, en, "iab", HOSTILE, 2115, 2650, 2432, 2450, 30);
	p = check_chart(&b, "iab", "interim band parses");
	CHECK_STR(p.title, HOSTILE, "a hostile title survives as text");
	CHECK(has_text(&p, "Below Standard") &&
		  has_text(&p, "At or Near Standard") &&
		  has_text(&p, "Above Standard"),
	      "every category is named in text");
	CHECK(has_text(&p, "2387") && has_text(&p, "2477"),
	      "the near segment is the cut plus or minus 1.5 SE");
	parsed_release(&p);
	memset(&row, 0, sizeof(row));
	row.cut3 = 2432;
	for (score = 2380; score <= 2490; score++) {
		buf_reset(&b);
		chart_iab_band(&b, en, "iab", "t", 2115, 2650, 2432, score, 20);
		agree &= iab_category_of(buf_cstr(&b)) ==
			 catalog_iab_category(&row, score, 20);
	}
	CHECK(agree, "the band agrees with the catalog's category");
	buf_release(&b);
}

static void test_history(void)
{
	struct chart_point pts[4] = {
		{ "2021-22", 2410, 28 },
		{ HOSTILE, 2470, 25 },
		{ "Fall", NAN, 0 },
		{ "2024-25", 2700, INFINITY },
	};
	struct buf b = BUF_INIT, again = BUF_INIT;
	struct parsed p;

	chart_history(&b, en, "hist", HOSTILE, pts, 4, 2115, 2650, ela3_cuts,
		      3);
	p = check_chart(&b, "hist", "history parses");
	CHECK(has_text(&p, HOSTILE), "a hostile label survives as text");
	CHECK(has_text(&p, "Level 2: 2367") && has_text(&p, "Level 4: 2490"),
	      "the cut lines are labelled");
	CHECK(has_text(&p, "Not scored"), "an unscored result says so");
	CHECK(strstr(p.desc, "above the scale shown") != NULL,
	      "a score off the scale is described");
	chart_history(&again, en, "hist", HOSTILE, pts, 4, 2115, 2650,
		      ela3_cuts, 3);
	CHECK_STR(buf_cstr(&b), buf_cstr(&again), "the same bytes twice");
	parsed_release(&p);
	buf_reset(&b);
	chart_history(&b, en, "one", "One", pts, 1, 2115, 2650, ela3_cuts, 3);
	p = check_chart(&b, "one", "history of one result parses");
	CHECK(has_text(&p, "2410"), "and shows it");
	parsed_release(&p);
	buf_reset(&b);
	chart_history(&b, en, "zero", "None", NULL, 0, 2115, 2650, NULL, 0);
	p = check_chart(&b, "zero", "history of no result parses");
	CHECK(has_text(&p, "No results"), "and says so");
	parsed_release(&p);
	buf_release(&b);
	buf_release(&again);
}

static void test_claims(void)
{
	struct chart_claim claims[3] = {
		{ "Reading", 10, 20, 14 },
		{ "Listening", 5, 20, 4 },
		{ "Problem Solving & <Modeling>", 0, 0, 0 },
	};
	struct buf b = BUF_INIT, again = BUF_INIT;
	struct parsed p;

	chart_claims(&b, en, "cl", HOSTILE, claims, 3, 30);
	p = check_chart(&b, "cl", "claims parse");
	CHECK_STR(p.title, HOSTILE, "a hostile title survives as text");
	CHECK(has_text(&p, "Below Standard") &&
		  has_text(&p, "At or Near Standard") &&
		  has_text(&p, "Above Standard"),
	      "every category is named in text");
	CHECK(has_text(&p, "Below 10 (23%)"), "a claim of 44 is shown");
	CHECK(has_text(&p, "*") && !has_text(&p, "Below 5"),
	      "a claim of 29 is hidden under 30");
	CHECK(has_text(&p, "Problem Solving & <Modeling>") &&
		  has_text(&p, "No results"),
	      "a claim of nobody says so, its name escaped");
	chart_claims(&again, en, "cl", HOSTILE, claims, 3, 30);
	CHECK_STR(buf_cstr(&b), buf_cstr(&again), "the same bytes twice");
	parsed_release(&p);
	buf_reset(&b);
	chart_claims(&b, en, "none", "None", NULL, 0, 30);
	p = check_chart(&b, "none", "claims of nothing parse");
	parsed_release(&p);
	buf_release(&b);
	buf_release(&again);
}

/* Bytes that are not UTF-8, or not allowed in XML, must not break it. */
static void test_hostile_bytes(void)
{
	int counts[4] = { 12, 30, 25, 9 };
	struct buf b = BUF_INIT;
	struct parsed p;

	level_bar(&b, "x\" onload=\"alert(1)",
		  "bad \xff\xfe \x01\x1b[0m \xed\xa0\x80", counts, 4, 0);
	p = check_chart(&b, "x__onload__alert_1_", "odd bytes and ids parse");
	CHECK(strstr(p.title, "\xef\xbf\xbd") != NULL,
	      "bytes that are not UTF-8 become U+FFFD");
	parsed_release(&p);
	buf_release(&b);
}

/* A locale with a decimal comma must not change a single byte. */
static void test_locale(void)
{
	static const char *const locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8",
					       "de_DE", "fr_FR" };
	struct buf c_locale = BUF_INIT, other = BUF_INIT;
	size_t i;

	chart_scale_band(&c_locale, en, "loc", "t", 2115, 2650, ela3_cuts, 4,
			 sb_names, 2512.6, 24.5);
	for (i = 0; i < sizeof(locales) / sizeof(locales[0]); i++)
		if (setlocale(LC_ALL, locales[i]))
			break;
	if (i == sizeof(locales) / sizeof(locales[0])) {
		/* Not counted as passed: there was nothing to compare. */
		printf("# not run: no comma-decimal locale installed\n");
	} else {
		chart_scale_band(&other, en, "loc", "t", 2115, 2650, ela3_cuts,
				 4, sb_names, 2512.6, 24.5);
		CHECK_STR(buf_cstr(&other), buf_cstr(&c_locale),
			  "the same bytes in a comma locale");
		setlocale(LC_ALL, "C");
	}
	buf_release(&c_locale);
	buf_release(&other);
}

int main(void)
{
	const char *src = getenv("SRCDIR");
	char dir[4096];

	LIBXML_TEST_VERSION
	snprintf(dir, sizeof(dir), "%s/site-templates", src ? src : ".");
	en = i18n_load(dir, "en", NULL);
	CHECK(en != NULL, "the English catalog loads");
	if (!en)
		return unit_done();
	test_level_bar();
	test_level_bar_edges();
	test_scale_band();
	test_scale_band_edges();
	test_iab_band();
	test_history();
	test_claims();
	test_hostile_bytes();
	test_locale();
	xmlCleanupParser();
	i18n_free(en);
	return unit_done();
}
