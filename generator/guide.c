#include "guide.h"

#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "log.h"
#include "paths.h"
#include "xalloc.h"

#define GUIDE_MAX_FILE (1 << 20)

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_markdown(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 3 && !strcmp(name + n - 3, ".md");
}

/* The Markdown files of dir, sorted; NULL-terminated, caller frees. */
static char **list_files(const char *dir, int *count)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	int n = 0;

	*count = 0;
	if (!d)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		if (!is_markdown(de->d_name))
			continue;
		names = xrealloc(names, (size_t)(n + 2) * sizeof(*names));
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, (size_t)n, sizeof(*names), by_name);
	*count = n;
	return names;
}

static char *read_text(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;

	if (!f)
		return NULL;
	buf_init(&b, GUIDE_MAX_FILE);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (b.overflowed) {
		buf_release(&b);
		errno = EFBIG;
		return NULL;
	}
	*len = b.len;
	return buf_detach(&b);
}

/* The text of the first ATX heading ("# Title"), or NULL. */
static char *first_heading(const char *md)
{
	const char *line = md;

	while (line && *line) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);

		if (line[0] == '#') {
			while (len && *line == '#')
				line++, len--;
			while (len && (*line == ' ' || *line == '\t'))
				line++, len--;
			while (len &&
			       (line[len - 1] == '#' || line[len - 1] == ' ' ||
				line[len - 1] == '\r'))
				len--;
			if (len)
				return xstrndup(line, len);
		}
		line = end ? end + 1 : NULL;
	}
	return NULL;
}

/* "guide/reading-this-report.html", "guide/reading-this-report.es.html" */
static char *page_path(const char *stem, const char *lang)
{
	struct buf path = BUF_INIT;

	buf_puts(&path, "guide/");
	paths_slug(&path, stem);
	if (strcmp(lang, "en"))
		buf_printf(&path, ".%s", lang);
	buf_puts(&path, ".html");
	return buf_detach(&path);
}

static int load_one(struct guide *g, const char *dir, const char *name,
		    const char *lang)
{
	struct buf path = BUF_INIT;
	size_t len = 0;
	char *md;

	buf_printf(&path, "%s/%s", dir, name);
	md = read_text(buf_cstr(&path), &len);
	if (!md) {
		log_error("%s: %s", buf_cstr(&path), strerror(errno));
		buf_release(&path);
		return -1;
	}
	buf_release(&path);
	g->name = xstrndup(name, strlen(name) - 3);
	g->html = cmark_markdown_to_html(md, len, CMARK_OPT_SAFE);
	g->title = first_heading(md);
	if (!g->title)
		g->title = xstrdup(g->name);
	g->path = page_path(g->name, lang);
	free(md);
	return 0;
}

static void index_add(struct guide_list *l, const struct guide *g)
{
	struct site_guide *e = &l->index[l->view.count++];

	e->name = g->name;
	e->title = g->title;
	e->path = g->path;
}

static const struct guide *find(const struct guide_list *l, const char *name)
{
	int i;

	for (i = 0; i < l->count; i++)
		if (!strcmp(l->items[i].name, name))
			return &l->items[i];
	return NULL;
}

/* English's pages in its order, each in translation when there is one,
 * then the translated pages English lacks. */
static void build_index(struct guide_list *l, const struct guide_list *en,
			const char *lang)
{
	struct buf path = BUF_INIT;
	int i, n = l->count + (en ? en->count : 0);

	l->index = xcalloc((size_t)n + 1, sizeof(*l->index));
	for (i = 0; en && i < en->count; i++) {
		const struct guide *own = find(l, en->items[i].name);

		index_add(l, own ? own : &en->items[i]);
	}
	for (i = 0; i < l->count; i++)
		if (!en || !find(en, l->items[i].name))
			index_add(l, &l->items[i]);
	l->view.items = l->index;
	/* Without pages of its own a language reads the English guide. */
	buf_puts(&path, "guide/index");
	if (l->count && strcmp(lang, "en"))
		buf_printf(&path, ".%s", lang);
	buf_puts(&path, ".html");
	l->index_path = buf_detach(&path);
	l->view.index = l->index_path;
}

int guide_list_load(struct guide_list *l, const char *templates_dir,
		    const char *lang, const struct guide_list *english)
{
	char dir[4096];
	char **names;
	int i, n, rc = 0;

	memset(l, 0, sizeof(*l));
	if (english)
		snprintf(dir, sizeof(dir), "%s/guide/%s", templates_dir, lang);
	else
		snprintf(dir, sizeof(dir), "%s/guide", templates_dir);
	names = list_files(dir, &n);
	l->items = xcalloc((size_t)n + 1, sizeof(*l->items));
	for (i = 0; i < n; i++) {
		if (rc == 0 &&
		    load_one(&l->items[l->count], dir, names[i], lang) == 0)
			l->count++;
		else
			rc = -1;
		free(names[i]);
	}
	free(names);
	build_index(l, english, lang);
	return rc;
}

void guide_list_release(struct guide_list *l)
{
	int i;

	for (i = 0; i < l->count; i++) {
		free(l->items[i].name);
		free(l->items[i].title);
		free(l->items[i].path);
		free(l->items[i].html);
	}
	free(l->items);
	free(l->index);
	free(l->index_path);
	memset(l, 0, sizeof(*l));
}
