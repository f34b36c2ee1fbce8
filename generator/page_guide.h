/*
 * A guide page of the bundle: one rendered Markdown file in the page
 * layout.
 * Pages, and the CSV files beside them, go into the site's bundle,
 * which owns them; the page builders return 0 or -1.
 */
#ifndef SCOREBOOK_PAGE_GUIDE_H
#define SCOREBOOK_PAGE_GUIDE_H

#include "guide.h"
#include "site.h"

/* A page of the guide in the site's language. */
int page_guide(struct site *s, const struct guide *g);
/* The list of every guide page, in the site's language. */
int page_guide_index(struct site *s);

#endif
