/*
 * The guide pages: every Markdown file of TEMPLATES/guide, rendered to
 * HTML once per run with cmark in safe mode (raw HTML and dangerous
 * links are dropped), titled by its first heading.  The list owns its
 * strings until guide_list_release().
 */
#ifndef SCOREBOOK_GUIDE_H
#define SCOREBOOK_GUIDE_H

#include "site.h"

struct guide {
	char *title, *path, *html;
};

struct guide_list {
	struct guide *items; /* by file name */
	struct site_guide *index;
	int count;
};

/* A missing guide folder is no error: the list is empty. */
int guide_list_load(struct guide_list *l, const char *templates_dir);
void guide_list_release(struct guide_list *l);

#endif
