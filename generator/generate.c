/*
 * Generating: everything loaded once (templates, assets, guides, the
 * school list), then per school one read of the store, every page built
 * in memory, and the bundle written in one go.
 */
#include "generate.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bundle.h"
#include "bundle_dir.h"
#include "bundle_zip.h"
#include "dataset.h"
#include "exitcode.h"
#include "export_results.h"
#include "guide.h"
#include "log.h"
#include "page_guide.h"
#include "page_history.h"
#include "page_student.h"
#include "page_students.h"
#include "paths.h"
#include "school_list.h"
#include "site.h"
#include "sitedir.h"
#include "store.h"
#include "store_bundle.h"
#include "store_read.h"
#include "template.h"
#include "views.h"
#include "workers.h"
#include "xalloc.h"

/* Every page template; each is parsed before any bundle is written. */
static const char *const page_templates[] = {
	"home",	    "results", "items",	  "targets", "dashboard", "groups",
	"students", "student", "history", "guide",   "guides",
};

/* A school to write, and whether it was asked for by name. */
struct todo {
	const struct ds_school *school;
	int asked;
};

struct run {
	const struct generate_options *o;
	struct store *store;
	struct todo *todo;
	int todo_count;
	struct template_set *templates;
	struct sitedir_assets assets;
	struct guide_list guides;
	struct school_list schools;
	struct tv_doc *doc;
	int bundles, pages;
	struct i18n *langs[I18N_MAX_LANGS]; /* English first */
	int lang_count;
};

/* Whether lang is in the comma-separated list, or the list is NULL. */
static int wanted(const char *list, const char *lang)
{
	size_t n = strlen(lang);
	const char *p;

	if (!list || !strcmp(lang, "en"))
		return 1;
	for (p = list; (p = strstr(p, lang)) != NULL; p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || !p[n]))
			return 1;
	return 0;
}

/* The message catalogs of the bundles' languages, in I18N_LANGS order
 * so that every run writes the same pages. */
static int load_langs(struct run *r, const char *dir)
{
	char all[] = I18N_LANGS;
	char *lang, *save = NULL;

	for (lang = strtok_r(all, ",", &save); lang;
	     lang = strtok_r(NULL, ",", &save)) {
		struct i18n *c;

		if (!wanted(r->o->langs, lang))
			continue;
		c = i18n_load(dir, lang, r->lang_count ? r->langs[0] : NULL);
		if (!c)
			return -1;
		r->langs[r->lang_count++] = c;
	}
	return 0;
}

static int load_templates(struct run *r, const char *dir)
{
	size_t i;

	r->templates = template_set_new(dir);
	for (i = 0; i < sizeof(page_templates) / sizeof(page_templates[0]);
	     i++) {
		if (template_load(r->templates, page_templates[i]) < 0) {
			log_error("%s", template_set_error(r->templates));
			return -1;
		}
	}
	if (sitedir_assets(dir, &r->assets) < 0 || load_langs(r, dir) < 0)
		return -1;
	return guide_list_load(&r->guides, dir);
}

static int open_store(struct run *r)
{
	const char *path = r->o->store_path;
	int rc;

	/* Opening would create an empty store: a missing one is an error. */
	if (access(path, R_OK | W_OK) != 0) {
		log_error("%s: %s", path, strerror(errno));
		return -1;
	}
	rc = store_open(path, &r->store);
	if (rc == 0)
		rc = school_list_load(&r->schools, r->store);
	if (rc < 0)
		log_error("%s: %s", path, store_error(r->store));
	return rc;
}

static int group_pages(struct site *s)
{
	const struct dataset *ds = s->ds;
	struct buf dir = BUF_INIT, home = BUF_INIT;
	int i, rc = 0;

	for (i = 0; i < ds->group_count && rc == 0; i++) {
		const struct ds_group *g = &ds->groups[i];
		struct cohort c;

		buf_reset(&dir);
		paths_group_dir(&dir, g);
		buf_reset(&home);
		buf_printf(&home, "%s/index.html", buf_cstr(&dir));
		c.dir = buf_cstr(&dir);
		c.home = buf_cstr(&home);
		c.name = g->name;
		c.group = g;
		rc = views_build(s, &c);
	}
	if (rc == 0 && ds->group_count)
		rc = page_students_groups(s);
	buf_release(&dir);
	buf_release(&home);
	return rc;
}

static int student_pages(struct site *s)
{
	const struct dataset *ds = s->ds;
	int i;

	if (page_students(s) < 0)
		return -1;
	for (i = 0; i < ds->roster_count; i++)
		if (page_student(s, ds->roster[i]) < 0 ||
		    page_history(s, ds->roster[i]) < 0)
			return -1;
	return 0;
}

static int school_pages(struct run *r, struct site *s)
{
	const struct ds_school *school = s->ds->school;
	struct cohort c;
	int i;

	c.dir = PATHS_SCHOOL_DIR;
	c.home = "index.html";
	c.name = school->name ? school->name : school->natural_id;
	c.group = NULL;
	if (views_build(s, &c) < 0 || group_pages(s) < 0 ||
	    student_pages(s) < 0)
		return -1;
	for (i = 0; i < r->guides.count; i++)
		if (page_guide(s, &r->guides.items[i]) < 0)
			return -1;
	if (r->guides.count && page_guide_index(s) < 0)
		return -1;
	export_results(s);
	for (i = 0; i < r->assets.count; i++) {
		char path[300];

		snprintf(path, sizeof(path), "assets/%s",
			 r->assets.items[i].name);
		bundle_add(s->bundle, path, r->assets.items[i].data,
			   r->assets.items[i].len);
	}
	return 0;
}

/* Write the finished bundle, then record it in the bundle log. */
static int write_bundle(struct run *r, const struct dataset *ds,
			struct bundle *b)
{
	const struct ds_school *school = ds->school;
	struct bundle_scope scope = { school->natural_id, school->name,
				      school->district_id,
				      school->district_name, ds->year };
	char hex[DIGEST_HEX_LEN + 1], scope_text[32];
	struct store_bundle rec;
	int rc;

	if (bundle_finish(b, &scope, hex) < 0)
		return EXIT_OUTPUT;
	if (r->o->zip)
		rc = bundle_zip_write(b, r->o->outdir, school->natural_id, hex);
	else
		rc = bundle_dir_write(b, r->o->outdir, school->natural_id);
	if (rc < 0)
		return EXIT_OUTPUT;
	if (ds->year)
		snprintf(scope_text, sizeof(scope_text), "year=%d", ds->year);
	else
		snprintf(scope_text, sizeof(scope_text), "all years");
	memset(&rec, 0, sizeof(rec));
	rec.school = school->natural_id;
	rec.scope = scope_text;
	rec.sha256 = hex;
	rec.operator_name = r->o->operator_name;
	rec.students = ds->roster_count;
	rec.files = b->count;
	if (store_bundle_log(r->store, &rec) < 0) {
		log_error("%s: %s", r->o->store_path, store_error(r->store));
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/* The bundle is named by the school's id: it must be a plain file name. */
static int plain_name(const char *id)
{
	const char *p;

	if (!id[0] || id[0] == '.' || strlen(id) > 200)
		return 0;
	for (p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '.' || *p == '-' ||
		      *p == '_'))
			return 0;
	return 1;
}

/* found[0]: the year wanted (0: any); found[1] set when it is there. */
static int year_found(void *ctx, int year)
{
	int *found = ctx;

	if (found[0] && year != found[0])
		return 0;
	found[1] = 1;
	return 1;
}

/* Whether the school has results in scope: 1, 0, or negative. */
static int has_results(struct run *r, const struct ds_school *school)
{
	int found[2] = { r->o->year, 0 };
	int rc = store_read_years(r->store, school->id, year_found, found);

	return rc < 0 ? rc : found[1];
}

/* Build every page of a loaded school, then write the bundle. */
static int build(struct run *r, const struct dataset *ds)
{
	struct bundle b;
	struct site s;
	int rc;

	bundle_init(&b);
	memset(&s, 0, sizeof(s));
	s.templates = r->templates;
	s.bundle = &b;
	s.ds = ds;
	s.guides = r->guides.index;
	s.guide_count = r->guides.count;
	s.has_groups = ds->group_count > 0;
	s.doc = r->doc;
	s.langs = (const struct i18n *const *)r->langs;
	s.lang_count = r->lang_count;
	s.lang = r->langs[0];
	rc = school_pages(r, &s) < 0 ? EXIT_OUTPUT : write_bundle(r, ds, &b);
	if (rc == EXIT_OK) {
		r->bundles++;
		r->pages += s.pages;
		log_debug("%s: %d pages, %d files", ds->school->natural_id,
			  s.pages, b.count);
	}
	bundle_release(&b);
	return rc;
}

static int one_school(struct run *r, const struct ds_school *school, int asked)
{
	struct dataset ds;
	int rc;

	/* A school without results gets a bundle only when asked for. */
	rc = asked ? 1 : has_results(r, school);
	if (rc <= 0) {
		if (rc < 0)
			log_error("%s: %s", r->o->store_path,
				  store_error(r->store));
		return rc < 0 ? EXIT_STORE : EXIT_OK;
	}
	if (!plain_name(school->natural_id)) {
		log_error("school id '%s' cannot name a bundle: only letters, "
			  "digits, '.', '-' and '_' may",
			  school->natural_id);
		return EXIT_OUTPUT;
	}
	if (dataset_load(&ds, r->store, &r->schools, school, r->o->year) < 0) {
		log_error("%s: %s", r->o->store_path, store_error(r->store));
		dataset_release(&ds);
		return EXIT_STORE;
	}
	rc = ds.roster_count || asked ? build(r, &ds) : EXIT_OK;
	dataset_release(&ds);
	return rc;
}

/* The schools asked for, in the order given, or every school. */
/* The schools asked for, in the order given, or every school. */
static int plan(struct run *r)
{
	const struct generate_options *o = r->o;
	int i, n = o->school_count ? o->school_count : r->schools.count;

	r->todo = xcalloc((size_t)n + 1, sizeof(*r->todo));
	for (i = 0; i < o->school_count; i++) {
		r->todo[i].school =
		    school_list_find(&r->schools, o->schools[i]);
		r->todo[i].asked = 1;
		if (!r->todo[i].school) {
			log_error("no school '%s' in %s", o->schools[i],
				  o->store_path);
			return EXIT_USAGE;
		}
	}
	for (i = 0; !o->school_count && i < n; i++)
		r->todo[i].school = &r->schools.rows[i];
	r->todo_count = n;
	return EXIT_OK;
}

/*
 * One worker's share of the schools.  A worker in a child process opens
 * a store connection of its own: connections do not survive a fork.
 */
static int share(void *ctx, int first, int step, struct workers_tally *t)
{
	struct run *r = ctx;
	int i, rc = EXIT_OK, own = r->store == NULL;

	if (own && store_open(r->o->store_path, &r->store) < 0) {
		log_error("%s: %s", r->o->store_path, store_error(r->store));
		return EXIT_STORE;
	}
	for (i = first; i < r->todo_count && rc == EXIT_OK; i += step)
		rc = one_school(r, r->todo[i].school, r->todo[i].asked);
	t->bundles = r->bundles;
	t->pages = r->pages;
	if (own) {
		store_close(r->store);
		r->store = NULL;
	}
	return rc;
}

static int each_school(struct run *r)
{
	struct workers_tally total;
	int rc, jobs = r->o->jobs > 0 ? r->o->jobs : workers_default();

	if ((rc = plan(r)) != EXIT_OK)
		return rc;
	if (jobs > r->todo_count)
		jobs = r->todo_count;
	if (jobs > 1) {
		store_close(r->store);
		r->store = NULL;
	}
	rc = workers_run(jobs, share, r, &total);
	r->bundles = total.bundles;
	r->pages = total.pages;
	return rc;
}

static int make_outdir(const char *path)
{
	char copy[PATH_MAX], *p;

	snprintf(copy, sizeof(copy), "%s", path);
	for (p = copy + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(copy, 0700) < 0 && errno != EEXIST)
		return -1;
	return 0;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	       (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void release(struct run *r)
{
	tv_doc_free(r->doc);
	while (r->lang_count > 0)
		i18n_free(r->langs[--r->lang_count]);
	template_set_free(r->templates);
	sitedir_release(&r->assets);
	guide_list_release(&r->guides);
	school_list_release(&r->schools);
	free(r->todo);
	store_close(r->store);
}

static int prepare(struct run *r)
{
	char dir[PATH_MAX];

	if (sitedir_find(r->o->templates, dir, sizeof(dir)) < 0 ||
	    load_templates(r, dir) < 0)
		return EXIT_USAGE;
	if (open_store(r) < 0)
		return EXIT_STORE;
	if (make_outdir(r->o->outdir) < 0) {
		log_error("%s: %s", r->o->outdir, strerror(errno));
		return EXIT_OUTPUT;
	}
	return EXIT_OK;
}

int generate_run(const struct generate_options *o)
{
	struct timespec t0;
	struct run r;
	int rc;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&r, 0, sizeof(r));
	r.o = o;
	r.doc = tv_doc_new();
	rc = prepare(&r);
	if (rc == EXIT_OK)
		rc = each_school(&r);
	if (rc == EXIT_OK) {
		double t = seconds_since(&t0);

		log_info("%d bundle%s, %d pages in %.2f s (%.0f pages/s)",
			 r.bundles, r.bundles == 1 ? "" : "s", r.pages, t,
			 t > 0 ? r.pages / t : 0);
	}
	release(&r);
	return rc;
}
