#include "i18n.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "xalloc.h"

struct i18n_entry {
	char *key, *value;
};

struct i18n {
	char lang[16];
	struct i18n_entry *v;
	int n, alloc;
	const struct i18n *fallback;
	struct tv_doc *doc;
	struct tvalue *tree;
	/* Keys with their dots made NULs: the tree's map keys point here. */
	char **paths;
	int path_count;
};

static char *trim(char *s)
{
	char *end = s + strlen(s);

	while (*s == ' ' || *s == '\t')
		s++;
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

static int key_ok(const char *k)
{
	if (!*k)
		return 0;
	for (; *k; k++)
		if (!isalnum((unsigned char)*k) && !strchr("._-", *k))
			return 0;
	return 1;
}

static void add(struct i18n *c, const char *key, const char *value)
{
	if (c->n == c->alloc) {
		c->alloc = c->alloc ? 2 * c->alloc : 256;
		c->v = xrealloc(c->v, (size_t)c->alloc * sizeof(*c->v));
	}
	c->v[c->n].key = xstrdup(key);
	c->v[c->n].value = xstrdup(value);
	c->n++;
}

/* A continued value: the previous one, a newline, this line. */
static void extend(struct i18n *c, const char *more)
{
	struct i18n_entry *e = &c->v[c->n - 1];
	size_t len = strlen(e->value);

	e->value = xrealloc(e->value, len + strlen(more) + 2);
	e->value[len] = '\n';
	strcpy(e->value + len + 1, more);
}

/* One line; 1 when it holds an entry or continues one, 0 if not, -1
 * when it is no "key = value". */
static int parse_line(struct i18n *c, char *line, int continuable)
{
	char *text = trim(line), *eq;

	if (!*text || *text == '#')
		return 0;
	if ((*line == ' ' || *line == '\t') && continuable) {
		extend(c, text);
		return 1;
	}
	eq = strchr(text, '=');
	if (!eq)
		return -1;
	*eq = '\0';
	if (!key_ok(trim(text)))
		return -1;
	add(c, trim(text), trim(eq + 1));
	return 1;
}

static int read_catalog(struct i18n *c, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0, last = 0;

	if (!f) {
		log_error("%s: %s", path, strerror(errno));
		return -1;
	}
	while (rc == 0 && getline(&line, &cap, f) >= 0) {
		lineno++;
		last = parse_line(c, line, last > 0);
		if (last < 0) {
			log_error("%s:%d: not a 'key = value' line", path,
				  lineno);
			rc = -1;
		}
	}
	free(line);
	fclose(f);
	return rc;
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct i18n_entry *)a)->key,
		      ((const struct i18n_entry *)b)->key);
}

static const struct i18n_entry *find(const struct i18n *c, const char *key)
{
	struct i18n_entry probe = { (char *)key, NULL };

	if (!c->n)
		return NULL;
	return bsearch(&probe, c->v, (size_t)c->n, sizeof(*c->v), by_key);
}

static int sort_entries(struct i18n *c, const char *path)
{
	int i;

	if (c->n)
		qsort(c->v, (size_t)c->n, sizeof(*c->v), by_key);
	for (i = 1; i < c->n; i++) {
		if (!strcmp(c->v[i - 1].key, c->v[i].key)) {
			log_error("%s: '%s' is given twice", path, c->v[i].key);
			return -1;
		}
	}
	return 0;
}

/* Put one key into the tree; a key below a plain value is left out. */
static void plant(struct i18n *c, const char *key, const char *value)
{
	struct tvalue *map = c->tree;
	char *path = xstrdup(key), *seg = path, *dot;

	c->paths =
	    xrealloc(c->paths, (size_t)(c->path_count + 1) * sizeof(*c->paths));
	c->paths[c->path_count++] = path;
	while ((dot = strchr(seg, '.')) != NULL) {
		struct tvalue *next;

		*dot = '\0';
		next = (struct tvalue *)tv_get(map, seg);
		if (!next)
			next = tv_set_map(c->doc, map, seg);
		if (next->type != TV_MAP)
			return;
		map = next;
		seg = dot + 1;
	}
	if (!tv_get(map, seg))
		tv_set_str(c->doc, map, seg, value);
}

static void build_tree(struct i18n *c)
{
	const struct i18n *f;
	int i;

	c->doc = tv_doc_new();
	c->tree = tv_map(c->doc);
	for (i = 0; i < c->n; i++)
		plant(c, c->v[i].key, c->v[i].value);
	for (f = c->fallback; f; f = f->fallback)
		for (i = 0; i < f->n; i++)
			if (!find(c, f->v[i].key))
				plant(c, f->v[i].key, f->v[i].value);
}

struct i18n *i18n_load(const char *dir, const char *lang,
		       const struct i18n *fallback)
{
	struct i18n *c = xcalloc(1, sizeof(*c));
	char path[4096];

	snprintf(c->lang, sizeof(c->lang), "%s", lang);
	c->fallback = fallback;
	snprintf(path, sizeof(path), "%s/i18n/%s.txt", dir, lang);
	if (read_catalog(c, path) < 0 || sort_entries(c, path) < 0) {
		i18n_free(c);
		return NULL;
	}
	build_tree(c);
	return c;
}

void i18n_free(struct i18n *c)
{
	int i;

	if (!c)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->v[i].key);
		free(c->v[i].value);
	}
	for (i = 0; i < c->path_count; i++)
		free(c->paths[i]);
	free(c->paths);
	free(c->v);
	tv_doc_free(c->doc);
	free(c);
}

const char *i18n_lang(const struct i18n *c)
{
	return c->lang;
}

const char *i18n_text(const struct i18n *c, const char *key)
{
	for (; c; c = c->fallback) {
		const struct i18n_entry *e = find(c, key);

		if (e)
			return e->value;
	}
	return key;
}

const struct tvalue *i18n_tree(const struct i18n *c)
{
	return c->tree;
}

static void vformat(struct buf *b, const char *text, const char **args, int n)
{
	const char *p;

	for (p = text; *p; p++) {
		if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}' &&
		    p[1] - '1' < n) {
			buf_puts(b, args[p[1] - '1']);
			p += 2;
		} else {
			buf_putc(b, *p);
		}
	}
}

void i18n_vformat(struct buf *b, const struct i18n *c, const char *key,
		  va_list ap)
{
	const char *args[9];
	const char *s;
	int n = 0;

	while (n < 9 && (s = va_arg(ap, const char *)) != NULL)
		args[n++] = s;
	vformat(b, i18n_text(c, key), args, n);
}

void i18n_format(struct buf *b, const struct i18n *c, const char *key, ...)
{
	va_list ap;

	va_start(ap, key);
	i18n_vformat(b, c, key, ap);
	va_end(ap);
}

/* A date's parts as format.date's arguments {1} to {5}. */
struct date_parts {
	char y[16], mm[16], dd[16], m[16], d[16];
	int month;
};

/* 0 when iso does not start with a date "YYYY-MM-DD". */
static int date_split(struct date_parts *p, const char *iso)
{
	int yy, mo, da;

	if (!iso || strlen(iso) < 10 ||
	    sscanf(iso, "%4d-%2d-%2d", &yy, &mo, &da) != 3 || mo < 1 ||
	    mo > 12 || da < 1 || da > 31 || yy < 0)
		return 0;
	snprintf(p->y, sizeof(p->y), "%04d", yy);
	snprintf(p->mm, sizeof(p->mm), "%02d", mo);
	snprintf(p->dd, sizeof(p->dd), "%02d", da);
	snprintf(p->m, sizeof(p->m), "%d", mo);
	snprintf(p->d, sizeof(p->d), "%d", da);
	p->month = mo;
	return 1;
}

void i18n_date(struct buf *b, const struct i18n *c, const char *iso)
{
	struct date_parts p;

	if (!date_split(&p, iso)) {
		if (iso)
			buf_printf(b, "%.10s", iso);
		return;
	}
	i18n_format(b, c, "format.date", p.y, p.mm, p.dd, p.m, p.d,
		    (char *)NULL);
}

void i18n_date_long(struct buf *b, const struct i18n *c, const char *iso)
{
	struct date_parts p;
	char key[24];

	if (!date_split(&p, iso)) {
		i18n_date(b, c, iso);
		return;
	}
	snprintf(key, sizeof(key), "format.month.%d", p.month);
	i18n_format(b, c, "format.date_long", p.y, p.mm, p.dd, p.m, p.d,
		    i18n_text(c, key), (char *)NULL);
}

/* Digits with the thousands mark between groups of three, from five
 * digits up: 2431 stays as scale scores are printed, 12,345 groups. */
static void put_grouped(struct buf *b, const char *digits, const char *mark)
{
	size_t n = strlen(digits), i;

	for (i = 0; i < n; i++) {
		if (n >= 5 && i > 0 && (n - i) % 3 == 0)
			buf_puts(b, mark);
		buf_putc(b, digits[i]);
	}
}

void i18n_number(struct buf *b, const struct i18n *c, double v, int decimals)
{
	char text[64], *dot;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	/* No number, or none a report could hold: no text. */
	if (!isfinite(v) || fabs(v) >= 1e30)
		return;
	/* Digits and a '.' only: printf in the C locale, never %'d. */
	snprintf(text, sizeof(text), "%.*f", decimals, v);
	/* "-0" and "-0.00" read as zero. */
	if (text[0] == '-' && strspn(text + 1, "0.") == strlen(text + 1))
		memmove(text, text + 1, strlen(text));
	dot = strchr(text, '.');
	if (dot)
		*dot = '\0';
	if (text[0] == '-')
		buf_putc(b, '-');
	put_grouped(b, text + (text[0] == '-'),
		    i18n_text(c, "format.thousands"));
	if (dot) {
		buf_puts(b, i18n_text(c, "format.decimal"));
		buf_puts(b, dot + 1);
	}
}

void i18n_percent(struct buf *b, const struct i18n *c, long pct)
{
	struct buf n = BUF_INIT;

	i18n_number(&n, c, (double)pct, 0);
	i18n_format(b, c, "format.percent", buf_cstr(&n), (char *)NULL);
	buf_release(&n);
}

void i18n_count(struct buf *b, const struct i18n *c, const char *key, long n)
{
	struct buf num = BUF_INIT;
	char plural[96];

	snprintf(plural, sizeof(plural), "%s.%s", key,
		 n == 1 ? "one" : "other");
	i18n_number(&num, c, (double)n, 0);
	i18n_format(b, c, plural, buf_cstr(&num), (char *)NULL);
	buf_release(&num);
}

const char *i18n_lang_of_code(const char *code)
{
	static const char *const map[][2] = {
		{ "spa", "es" },      { "es", "es" },
		{ "vie", "vi" },      { "vi", "vi" },
		{ "fil", "fil" },     { "tgl", "fil" },
		{ "tl", "fil" },      { "chi", "zh-Hant" },
		{ "zho", "zh-Hant" }, { "yue", "zh-Hant" },
		{ "cmn", "zh-Hant" }, { "zh", "zh-Hant" },
	};
	size_t i;

	for (i = 0; code && i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcasecmp(code, map[i][0]))
			return map[i][1];
	return NULL;
}

int i18n_lang_known(const char *lang)
{
	static const char *const langs[] = { "en", "es", "vi", "fil",
					     "zh-Hant" };
	size_t i;

	for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
		if (!strcmp(lang, langs[i]))
			return 1;
	return 0;
}
