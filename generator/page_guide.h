/*
 * A guide page of the bundle: one rendered Markdown file in the page
 * layout.
 */
#ifndef SCOREBOOK_PAGE_GUIDE_H
#define SCOREBOOK_PAGE_GUIDE_H

#include "guide.h"
#include "site.h"

int page_guide(struct site *s, const struct guide *g);

#endif
