#include "page.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "log.h"
#include "paths.h"
#include "version.h"

static void set_school(struct page *p)
{
	const struct ds_school *s = p->site->ds->school;
	struct tvalue *m = tv_set_map(p->doc, p->data, "school");

	tv_set_str(p->doc, m, "name", s->name ? s->name : s->natural_id);
	tv_set_str(p->doc, m, "id", s->natural_id);
	tv_set_str(p->doc, m, "district", s->district_name);
	tv_set_str(p->doc, m, "district_id", s->district_id);
	if (p->site->ds->year) {
		struct buf b = BUF_INIT;
		char from[16], to[16];

		snprintf(from, sizeof(from), "%d", p->site->ds->year - 1);
		snprintf(to, sizeof(to), "%02d", p->site->ds->year % 100);
		i18n_format(&b, p->site->lang, "page.scope_year", from, to,
			    (char *)NULL);
		tv_set_str(p->doc, p->data, "scope", buf_cstr(&b));
		buf_release(&b);
	} else {
		tv_set_str(p->doc, p->data, "scope",
			   page_text(p, "page.scope_all"));
	}
}

static void set_footer(struct page *p)
{
	struct buf b = BUF_INIT;

	i18n_format(&b, p->site->lang, "page.footer", SCOREBOOK_VERSION,
		    (char *)NULL);
	tv_set_str(p->doc, p->data, "footer", buf_cstr(&b));
	buf_release(&b);
}

static void nav_item(struct page *p, struct tvalue *nav, const char *label,
		     const char *target)
{
	struct tvalue *item = tv_push_map(p->doc, nav);

	tv_set_str(p->doc, item, "label", label);
	page_set_link(p, item, "link", target);
	tv_set_bool(p->doc, item, "current", !strcmp(p->path, target));
}

static void set_nav(struct page *p)
{
	struct tvalue *nav = tv_set_list(p->doc, p->data, "nav");
	const struct site *s = p->site;

	nav_item(p, nav, page_text(p, "nav.home"), "index.html");
	nav_item(p, nav, page_text(p, "nav.students"), "students/index.html");
	if (s->has_groups)
		nav_item(p, nav, page_text(p, "nav.groups"),
			 "groups/index.html");
	if (s->guides->count)
		nav_item(p, nav, page_text(p, "nav.guide"), s->guides->index);
	nav_item(p, nav, page_text(p, "nav.csv"), "exports/results.csv");
}

struct tvalue *page_begin(struct page *p, struct site *site, const char *path,
			  const char *title)
{
	memset(p, 0, sizeof(*p));
	p->site = site;
	p->doc = site->doc;
	snprintf(p->path, sizeof(p->path), "%s", path);
	tv_doc_reset(p->doc);
	p->data = tv_map(p->doc);
	tv_set_str(p->doc, p->data, "title", title);
	tv_set_str(p->doc, p->data, "version", SCOREBOOK_VERSION);
	set_footer(p);
	tv_set_list(p->doc, p->data, "crumbs");
	/* Templates read their words from t.KEY, the page's catalog. */
	tv_set_str(p->doc, p->data, "html_lang", i18n_lang(site->lang));
	tv_set_view(p->doc, p->data, "t", i18n_tree(site->lang));
	/* The way up to the bundle's root, for the stylesheet and script. */
	page_set_link(p, p->data, "root", "");
	set_school(p);
	set_nav(p);
	return p->data;
}

int page_end(struct page *p, const char *name)
{
	const struct tvalue *crumbs = tv_get(p->data, "crumbs");
	struct buf html = BUF_INIT;

	tv_set_bool(p->doc, p->data, "has_crumbs", tv_truthy(crumbs));

	if (template_render(p->site->templates, name, p->data, &html) < 0) {
		log_error("%s", template_set_error(p->site->templates));
		buf_release(&html);
		return -1;
	}
	if (html.overflowed) {
		log_error("%s: page too large", p->path);
		buf_release(&html);
		return -1;
	}
	bundle_take(p->site->bundle, p->path, &html);
	p->site->pages++;
	return 0;
}

const char *page_text(const struct page *p, const char *key)
{
	return i18n_text(p->site->lang, key);
}

void page_set_format(struct page *p, struct tvalue *map, const char *key,
		     const char *text_key, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, text_key);
	i18n_vformat(&b, p->site->lang, text_key, ap);
	va_end(ap);
	tv_set_str(p->doc, map, key, buf_cstr(&b));
	buf_release(&b);
}

void page_set_count(struct page *p, struct tvalue *map, const char *key,
		    const char *text_key, long n)
{
	struct buf b = BUF_INIT;

	i18n_count(&b, p->site->lang, text_key, n);
	tv_set_str(p->doc, map, key, buf_cstr(&b));
	buf_release(&b);
}

void page_set_link(struct page *p, struct tvalue *map, const char *key,
		   const char *target)
{
	struct buf link = BUF_INIT;

	paths_link(&link, p->path, target);
	tv_set_str(p->doc, map, key, buf_cstr(&link));
	buf_release(&link);
}

void page_crumb(struct page *p, const char *label, const char *target)
{
	struct tvalue *crumbs = (struct tvalue *)tv_get(p->data, "crumbs");
	struct tvalue *c = tv_push_map(p->doc, crumbs);

	tv_set_str(p->doc, c, "label", label);
	page_set_link(p, c, "link", target);
}

const char *page_chart_id(struct page *p)
{
	snprintf(p->chart_id, sizeof(p->chart_id), "chart%d", ++p->charts);
	return p->chart_id;
}

void page_set_fragment(struct page *p, struct tvalue *map, const char *key,
		       struct buf *fragment)
{
	tv_set_str(p->doc, map, key, buf_cstr(fragment));
}
