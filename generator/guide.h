/*
 * The guide pages of one language: every Markdown file of
 * TEMPLATES/guide (English) or TEMPLATES/guide/LANG, rendered to HTML
 * once per run with cmark in safe mode (raw HTML and dangerous links
 * are dropped), titled by its first heading.  Beside its own pages a
 * language has the list its readers see: each English page in its
 * translation, else in English, in the English order.  The list owns
 * its strings until guide_list_release().
 */
#ifndef SCOREBOOK_GUIDE_H
#define SCOREBOOK_GUIDE_H

#include "site.h"

struct guide {
	char *name; /* the file name without ".md" */
	char *title, *path, *html;
};

struct guide_list {
	struct guide *items; /* this language's own pages, by file name */
	int count;
	struct site_guide *index; /* what its readers see */
	struct site_guides view;
	char *index_path;
};

/*
 * English when english is NULL; else lang's pages, with english's
 * where it has none.  A missing folder is no error: the list has no
 * page of its own.
 */
int guide_list_load(struct guide_list *l, const char *templates_dir,
		    const char *lang, const struct guide_list *english);
void guide_list_release(struct guide_list *l);

#endif
