/*
 * What every page of one bundle shares: the templates, the bundle being
 * filled, the school's data, the message catalogs and the guide pages.
 * The site borrows all of them; it owns only its value document and its
 * counters.
 */
#ifndef SCOREBOOK_SITE_H
#define SCOREBOOK_SITE_H

#include "bundle.h"
#include "dataset.h"
#include "i18n.h"
#include "template.h"
#include "tvalue.h"

struct site_guide {
	const char *name;	  /* the page's file name without ".md" */
	const char *title, *path; /* path inside the bundle */
};

/* The guide as the readers of one language see it. */
struct site_guides {
	const struct site_guide *items;
	int count;
	const char *index; /* the bundle path of its list of pages */
};

struct site {
	struct template_set *templates;
	struct bundle *bundle;
	const struct dataset *ds;
	/* The guide in the language of the page being built. */
	const struct site_guides *guides;
	int has_groups;
	/* Aggregates over fewer students show "*"; 0 shows everything. */
	int min_aggregate;
	struct tv_doc *doc;
	int pages;
	/* The words of the page being built, and the catalogs of every
	 * language the bundle carries, English first. */
	const struct i18n *lang;
	const struct i18n *const *langs;
	int lang_count;
	/* The guide of each of those languages, and whether a report of
	 * the bundle was written in it. */
	const struct site_guides *const *guides_of;
	int lang_used[I18N_MAX_LANGS];
};

/* Build the next pages in langs[i]: its words and its guide. */
void site_use_lang(struct site *s, int i);

#endif
