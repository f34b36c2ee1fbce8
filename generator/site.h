/*
 * What every page of one bundle shares: the templates, the bundle being
 * filled, the school's data and the guide pages.  The site borrows all
 * of them; it owns only its value document and its counters.
 */
#ifndef SCOREBOOK_SITE_H
#define SCOREBOOK_SITE_H

#include "bundle.h"
#include "dataset.h"
#include "i18n.h"
#include "template.h"
#include "tvalue.h"

struct site_guide {
	const char *title, *path; /* path inside the bundle */
};

struct site {
	struct template_set *templates;
	struct bundle *bundle;
	const struct dataset *ds;
	const struct site_guide *guides;
	int guide_count;
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
};

#endif
