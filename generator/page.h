/*
 * One page being built: its place in the bundle, the value tree its
 * template is rendered from (with the parts every page has: title,
 * school, navigation, the way back to the bundle's root) and a counter
 * for chart ids.  page_end() renders it and hands it to the bundle.
 *
 * A site builds one page at a time: page_begin() reuses the site's
 * value document, so values of the previous page are gone.
 */
#ifndef SCOREBOOK_PAGE_H
#define SCOREBOOK_PAGE_H

#include "buf.h"
#include "site.h"
#include "tvalue.h"

struct page {
	struct site *site;
	struct tv_doc *doc;
	struct tvalue *data;
	char path[512];
	char chart_id[24];
	int charts;
};

/* Start the page at bundle path `path`; returns its data map. */
struct tvalue *page_begin(struct page *p, struct site *site, const char *path,
			  const char *title);
/* Render with template `name` and add the page to the bundle; 0 or -1. */
int page_end(struct page *p, const char *name);

/* The words of key in the page's language (see i18n_text). */
const char *page_text(const struct page *p, const char *key);
/* map.key = the words of text_key with {1}, {2}... the strings that
 * follow, up to a NULL (see i18n_format). */
void page_set_format(struct page *p, struct tvalue *map, const char *key,
		     const char *text_key, ...) __attribute__((sentinel));
/* map.key = how many of something (see i18n_count). */
void page_set_count(struct page *p, struct tvalue *map, const char *key,
		    const char *text_key, long n);

/* map.key = the link from this page to bundle path `target`. */
void page_set_link(struct page *p, struct tvalue *map, const char *key,
		   const char *target);
/* A breadcrumb before the page's own title. */
void page_crumb(struct page *p, const char *label, const char *target);
/* A new chart id, valid until the next call. */
const char *page_chart_id(struct page *p);
/* map.key = raw SVG/HTML that the page code generated itself. */
void page_set_fragment(struct page *p, struct tvalue *map, const char *key,
		       struct buf *fragment);

#endif
