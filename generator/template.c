#include "template.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "escape.h"
#include "xalloc.h"

/* Sections and partials nested deeper than this are refused. */
#define TEMPLATE_MAX_DEPTH 64
#define TEMPLATE_MAX_FILE  ((long)4 << 20)

enum tok {
	T_TEXT,
	T_VAR,
	T_RAW,
	T_SECTION,
	T_INVERTED,
	T_CLOSE,
	T_PARTIAL,
	T_COMMENT
};

struct token {
	enum tok type;
	size_t start, end;     /* the text, or the whole tag with braces */
	size_t name, name_len; /* the tag's name inside the source */
	int line;
};

struct template;

struct node {
	enum tok type;
	const char *text; /* the text, or the name as written */
	size_t len;
	const char **path; /* the name split at dots; none for "." */
	unsigned *hashes;  /* tv_hash() of each part */
	int path_len;
	struct node *kids, *next;
	struct template *partial;
	const char *file;
	int line;
};

struct template
{
	const char *key, *file;
	struct node *root;
	struct template *next;
};

struct template_set {
	char *dir;
	struct arena arena;
	struct template *list;
	char error[512];
};

struct parser {
	struct template_set *set;
	const char *file, *src;
	size_t len;
	struct token *toks;
	int count, alloc;
};

struct render {
	struct template_set *set;
	struct buf *out;
	const struct tvalue *stack[TEMPLATE_MAX_DEPTH];
	int depth, nesting;
};

static int set_error(struct template_set *set, const char *file, int line,
		     const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int set_error(struct template_set *set, const char *file, int line,
		     const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(set->error, sizeof(set->error), "%s:%d: ", file, line);

	va_start(ap, fmt);
	vsnprintf(set->error + n, sizeof(set->error) - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

struct template_set *template_set_new(const char *dir)
{
	struct template_set *set = xcalloc(1, sizeof(*set));

	set->dir = dir ? xstrdup(dir) : NULL;
	return set;
}

void template_set_free(struct template_set *set)
{
	if (!set)
		return;
	arena_release(&set->arena);
	free(set->dir);
	free(set);
}

const char *template_set_error(const struct template_set *set)
{
	return set->error;
}

static struct template *find(struct template_set *set, const char *key)
{
	struct template *t;

	for (t = set->list; t; t = t->next)
		if (!strcmp(t->key, key))
			return t;
	return NULL;
}

/* ---- tokens ---- */

static struct token *add_token(struct parser *p, enum tok type, size_t start,
			       size_t end, int line)
{
	struct token *t;

	if (p->count == p->alloc) {
		p->alloc = p->alloc ? p->alloc * 2 : 64;
		p->toks = xrealloc(p->toks, (size_t)p->alloc * sizeof(*t));
	}
	t = &p->toks[p->count++];
	memset(t, 0, sizeof(*t));
	t->type = type;
	t->start = start;
	t->end = end;
	t->line = line;
	return t;
}

static int count_lines(const char *s, size_t len)
{
	int n = 0;
	size_t i;

	for (i = 0; i < len; i++)
		n += s[i] == '\n';
	return n;
}

static int is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* "." alone, or name characters in parts joined by single dots. */
static int valid_name(const char *s, size_t len, int dots)
{
	size_t i;

	if (len == 1 && s[0] == '.' && dots)
		return 1;
	if (!len || s[0] == '.' || s[len - 1] == '.')
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '.' && dots && s[i - 1] != '.')
			continue;
		if (!is_name_char(s[i]))
			return 0;
	}
	return 1;
}

static enum tok sigil_type(char c, int *consumed)
{
	static const char sigils[] = "#^/>!";
	static const enum tok types[] = { T_SECTION, T_INVERTED, T_CLOSE,
					  T_PARTIAL, T_COMMENT };
	const char *hit = c ? strchr(sigils, c) : NULL;

	*consumed = hit != NULL;
	return hit ? types[hit - sigils] : T_VAR;
}

static void trim_name(const char *s, size_t *start, size_t *end)
{
	while (*start < *end && (s[*start] == ' ' || s[*start] == '\t'))
		(*start)++;
	while (*end > *start && (s[*end - 1] == ' ' || s[*end - 1] == '\t'))
		(*end)--;
}

static int check_name(struct parser *p, const struct token *t)
{
	const char *name = p->src + t->name;

	if (t->type == T_COMMENT)
		return 0;
	if (t->name_len && strchr("=&{", name[0]))
		return set_error(p->set, p->file, t->line,
				 "unsupported tag '%.*s'", (int)t->name_len,
				 name);
	if (!valid_name(name, t->name_len, t->type != T_PARTIAL))
		return set_error(p->set, p->file, t->line,
				 "bad name '%.*s' in tag", (int)t->name_len,
				 name);
	return 0;
}

/* Read the tag opening at `at`; sets *after to the first byte past it. */
static int read_tag(struct parser *p, size_t at, int line, size_t *after)
{
	const char *s = p->src, *close;
	size_t i = at + 2, name_end;
	int raw = i < p->len && s[i] == '{', consumed;
	const char *closer = raw ? "}}}" : "}}";
	struct token *t;
	enum tok type = raw ? T_RAW : sigil_type(s[i], &consumed);

	i += raw ? 1 : (size_t)consumed;
	close = memmem(s + i, p->len - i, closer, strlen(closer));
	if (!close)
		return set_error(p->set, p->file, line, "unterminated tag");
	name_end = (size_t)(close - s);
	t = add_token(p, type, at, name_end + strlen(closer), line);
	trim_name(s, &i, &name_end);
	t->name = i;
	t->name_len = name_end - i;
	*after = t->end;
	return check_name(p, t);
}

static int tokenize(struct parser *p)
{
	size_t pos = 0;
	int line = 1;

	while (pos < p->len) {
		const char *open = memmem(p->src + pos, p->len - pos, "{{", 2);
		size_t at = open ? (size_t)(open - p->src) : p->len;

		if (at > pos)
			add_token(p, T_TEXT, pos, at, line);
		line += count_lines(p->src + pos, at - pos);
		if (!open)
			break;
		if (read_tag(p, at, line, &pos) < 0)
			return -1;
		line += count_lines(p->src + at, pos - at);
	}
	return 0;
}

/* ---- standalone lines ---- */

static int blank(const char *s, size_t from, size_t to)
{
	for (; from < to; from++)
		if (s[from] != ' ' && s[from] != '\t' && s[from] != '\r')
			return 0;
	return 1;
}

static int can_stand_alone(enum tok type)
{
	return type == T_SECTION || type == T_INVERTED || type == T_CLOSE ||
	       type == T_PARTIAL || type == T_COMMENT;
}

/* A block tag alone on its line takes the line's indent and end too. */
static void strip_standalone(struct parser *p, int k)
{
	struct token *t = &p->toks[k];
	size_t ls = t->start, eol = t->end;

	while (ls > 0 && p->src[ls - 1] != '\n')
		ls--;
	while (eol < p->len && p->src[eol] != '\n')
		eol++;
	if (!blank(p->src, ls, t->start) || !blank(p->src, t->end, eol))
		return;
	if (eol < p->len)
		eol++;
	if (k > 0 && p->toks[k - 1].type == T_TEXT &&
	    p->toks[k - 1].end == t->start)
		p->toks[k - 1].end = ls;
	if (k + 1 < p->count && p->toks[k + 1].type == T_TEXT &&
	    p->toks[k + 1].start == t->end)
		p->toks[k + 1].start = eol;
}

/* ---- tree ---- */

static void split_path(struct parser *p, struct node *n)
{
	const char *s = n->text;
	size_t i, start = 0;
	int k = 0;

	if (n->len == 1 && s[0] == '.')
		return;
	n->path_len = 1;
	for (i = 0; i < n->len; i++)
		n->path_len += s[i] == '.';
	n->path =
	    arena_alloc(&p->set->arena, (size_t)n->path_len * sizeof(*n->path));
	n->hashes = arena_alloc(&p->set->arena,
				(size_t)n->path_len * sizeof(*n->hashes));
	for (i = 0; i <= n->len; i++) {
		if (i < n->len && s[i] != '.')
			continue;
		n->path[k] =
		    arena_strndup(&p->set->arena, s + start, i - start);
		n->hashes[k] = tv_hash(n->path[k]);
		k++;
		start = i + 1;
	}
}

static struct node *make_node(struct parser *p, const struct token *t)
{
	struct node *n = arena_alloc(&p->set->arena, sizeof(*n));
	int text = t->type == T_TEXT;

	memset(n, 0, sizeof(*n));
	n->type = t->type;
	n->line = t->line;
	n->file = p->file;
	n->len = text ? t->end - t->start : t->name_len;
	n->text = arena_strndup(&p->set->arena,
				p->src + (text ? t->start : t->name), n->len);
	if (!text && t->type != T_PARTIAL)
		split_path(p, n);
	return n;
}

struct frame {
	struct node *owner;
	struct node **tail;
};

static int close_section(struct parser *p, struct frame *stack, int *depth,
			 const struct token *t)
{
	struct node *open = stack[*depth].owner;
	const char *name = p->src + t->name;

	if (*depth == 0)
		return set_error(p->set, p->file, t->line,
				 "closing '%.*s' but no section is open",
				 (int)t->name_len, name);
	if (open->len != t->name_len ||
	    memcmp(open->text, name, open->len) != 0)
		return set_error(p->set, p->file, t->line,
				 "closing '%.*s' but '%s' (line %d) is open",
				 (int)t->name_len, name, open->text,
				 open->line);
	(*depth)--;
	return 0;
}

static int build_tree(struct parser *p, struct node **root)
{
	struct frame stack[TEMPLATE_MAX_DEPTH + 1];
	int depth = 0, k;

	*root = NULL;
	stack[0].owner = NULL;
	stack[0].tail = root;
	for (k = 0; k < p->count; k++) {
		const struct token *t = &p->toks[k];
		struct node *n;

		if (t->type == T_CLOSE) {
			if (close_section(p, stack, &depth, t) < 0)
				return -1;
			continue;
		}
		if (t->type == T_COMMENT ||
		    (t->type == T_TEXT && t->end <= t->start))
			continue;
		n = make_node(p, t);
		*stack[depth].tail = n;
		stack[depth].tail = &n->next;
		if (t->type != T_SECTION && t->type != T_INVERTED)
			continue;
		if (depth == TEMPLATE_MAX_DEPTH)
			return set_error(p->set, p->file, t->line,
					 "sections nested deeper than %d",
					 TEMPLATE_MAX_DEPTH);
		depth++;
		stack[depth].owner = n;
		stack[depth].tail = &n->kids;
	}
	if (depth > 0)
		return set_error(p->set, p->file, stack[depth].owner->line,
				 "section '%s' is never closed",
				 stack[depth].owner->text);
	return 0;
}

/* ---- loading ---- */

static int resolve_partials(struct template_set *set, struct node *n);

static int resolve_one(struct template_set *set, struct node *n)
{
	char key[300];

	snprintf(key, sizeof(key), "partials/%s", n->text);
	n->partial = find(set, key);
	if (!n->partial && set->dir && template_load(set, key) < 0)
		return -1;
	if (!n->partial)
		n->partial = find(set, key);
	if (!n->partial)
		return set_error(set, n->file, n->line, "no partial '%s'",
				 n->text);
	return 0;
}

static int resolve_partials(struct template_set *set, struct node *n)
{
	for (; n; n = n->next) {
		if (n->type == T_PARTIAL && resolve_one(set, n) < 0)
			return -1;
		if (n->kids && resolve_partials(set, n->kids) < 0)
			return -1;
	}
	return 0;
}

static int parse(struct template_set *set, const char *file, const char *text,
		 size_t len, struct node **root)
{
	struct parser p;
	int k, rc;

	memset(&p, 0, sizeof(p));
	p.set = set;
	p.file = file;
	p.src = text;
	p.len = len;
	rc = tokenize(&p);
	for (k = 0; rc == 0 && k < p.count; k++)
		if (can_stand_alone(p.toks[k].type))
			strip_standalone(&p, k);
	if (rc == 0)
		rc = build_tree(&p, root);
	free(p.toks);
	return rc;
}

static int add_named(struct template_set *set, const char *name,
		     const char *file, const char *text, size_t len)
{
	struct template *t = arena_alloc(&set->arena, sizeof(*t));
	const char *kept = arena_strndup(&set->arena, text, len);

	memset(t, 0, sizeof(*t));
	t->key = arena_strdup(&set->arena, name);
	t->file = arena_strdup(&set->arena, file);
	if (parse(set, t->file, kept, len, &t->root) < 0)
		return -1;
	/* Listed before its partials resolve, so a cycle finds it. */
	t->next = set->list;
	set->list = t;
	return resolve_partials(set, t->root);
}

int template_add(struct template_set *set, const char *name, const char *text,
		 size_t len)
{
	if (find(set, name))
		return 0;
	return add_named(set, name, name, text, len);
}

static char *read_file(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (*len = ftell(f)) >= 0 &&
	    *len <= TEMPLATE_MAX_FILE && fseek(f, 0, SEEK_SET) == 0) {
		data = xmalloc((size_t)*len + 1);
		if (fread(data, 1, (size_t)*len, f) != (size_t)*len) {
			free(data);
			data = NULL;
		}
	}
	fclose(f);
	return data;
}

int template_load(struct template_set *set, const char *name)
{
	char path[4096];
	char *text;
	long len = 0;
	int rc;

	if (find(set, name))
		return 0;
	snprintf(path, sizeof(path), "%s/%s.html", set->dir ? set->dir : ".",
		 name);
	errno = 0;
	text = read_file(path, &len);
	if (!text)
		return set_error(set, path, 0, "cannot read: %s",
				 errno ? strerror(errno) : "too large");
	rc = add_named(set, name, path, text, (size_t)len);
	free(text);
	return rc;
}

/* ---- rendering ---- */

static int render_nodes(struct render *r, const struct node *n);

static const struct tvalue *lookup(const struct render *r, const struct node *n)
{
	const struct tvalue *v = NULL;
	int i, k;

	if (n->path_len == 0)
		return r->depth ? r->stack[r->depth - 1] : NULL;
	for (i = r->depth - 1; i >= 0 && !v; i--)
		v = tv_get_hashed(r->stack[i], n->path[0], n->hashes[0]);
	for (k = 1; v && k < n->path_len; k++)
		v = tv_get_hashed(v, n->path[k], n->hashes[k]);
	return v;
}

static void put_number(struct buf *out, double v)
{
	if (v > -1e15 && v < 1e15 && (double)(long long)v == v)
		buf_printf(out, "%lld", (long long)v);
	else
		buf_printf(out, "%.6g", v);
}

static void put_value(struct buf *out, const struct tvalue *v, int raw)
{
	if (!v)
		return;
	if (v->type == TV_STRING && raw)
		buf_add(out, v->u.str.s, v->u.str.len);
	else if (v->type == TV_STRING)
		escape_html_n(out, v->u.str.s, v->u.str.len);
	else if (v->type == TV_NUMBER)
		put_number(out, v->u.num);
	else if (v->type == TV_BOOL)
		buf_puts(out, v->u.flag ? "true" : "false");
}

static int render_with(struct render *r, const struct node *n,
		       const struct tvalue *v)
{
	int rc;

	if (r->depth == TEMPLATE_MAX_DEPTH)
		return set_error(r->set, n->file, n->line,
				 "sections nested deeper than %d",
				 TEMPLATE_MAX_DEPTH);
	r->stack[r->depth++] = v;
	rc = render_nodes(r, n->kids);
	r->depth--;
	return rc;
}

static int render_section(struct render *r, const struct node *n)
{
	const struct tvalue *v = lookup(r, n), *item;

	if (n->type == T_INVERTED)
		return tv_truthy(v) ? 0 : render_nodes(r, n->kids);
	if (!tv_truthy(v))
		return 0;
	if (v->type != TV_LIST)
		return render_with(r, n, v);
	for (item = v->u.kids.head; item; item = item->next)
		if (render_with(r, n, item) < 0)
			return -1;
	return 0;
}

static int render_partial(struct render *r, const struct node *n)
{
	int rc;

	if (!n->partial)
		return set_error(r->set, n->file, n->line, "no partial '%s'",
				 n->text);
	if (r->nesting == TEMPLATE_MAX_DEPTH)
		return set_error(r->set, n->file, n->line,
				 "partials nested deeper than %d",
				 TEMPLATE_MAX_DEPTH);
	r->nesting++;
	rc = render_nodes(r, n->partial->root);
	r->nesting--;
	return rc;
}

static int render_nodes(struct render *r, const struct node *n)
{
	for (; n; n = n->next) {
		int rc = 0;

		switch (n->type) {
		case T_TEXT:
			buf_add(r->out, n->text, n->len);
			break;
		case T_VAR:
		case T_RAW:
			put_value(r->out, lookup(r, n), n->type == T_RAW);
			break;
		case T_SECTION:
		case T_INVERTED:
			rc = render_section(r, n);
			break;
		case T_PARTIAL:
			rc = render_partial(r, n);
			break;
		default:
			break;
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

int template_render(struct template_set *set, const char *name,
		    const struct tvalue *data, struct buf *out)
{
	struct template *t = find(set, name);
	struct render r;

	if (!t)
		return set_error(set, name, 0, "template not loaded");
	memset(&r, 0, sizeof(r));
	r.set = set;
	r.out = out;
	r.stack[r.depth++] = data;
	return render_nodes(&r, t->root);
}
