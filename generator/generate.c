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

#include <openssl/crypto.h>

#include "access_plan.h"
#include "audit_csv.h"
#include "bundle.h"
#include "bundle_dir.h"
#include "bundle_html.h"
#include "bundle_zip.h"
#include "dataset.h"
#include "exitcode.h"
#include "export_results.h"
#include "guide.h"
#include "log.h"
#include "page_guide.h"
#include "page_history.h"
#include "page_student.h"
#include "page_teacher.h"
#include "passphrase.h"
#include "page_students.h"
#include "paths.h"
#include "school_list.h"
#include "shard.h"
#include "site.h"
#include "sitedir.h"
#include "stats.h"
#include "store.h"
#include "store_bundle.h"
#include "summary.h"
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

/* A school to write, whether it was asked for by name, and for whom. */
struct todo {
	const struct ds_school *school;
	int asked;
	const struct access_job *job; /* NULL without grants */
};

struct run {
	const struct generate_options *o;
	struct store *store;
	struct todo *todo;
	int todo_count;
	struct template_set *templates;
	struct sitedir_assets assets;
	struct guide_list guides[I18N_MAX_LANGS]; /* parallel to langs */
	const struct site_guides *guides_of[I18N_MAX_LANGS];
	struct school_list schools;
	struct tv_doc *doc;
	struct grant_file grants;
	struct access_plan access;
	int passphrase_fd; /* OUTDIR/passphrases.csv, or -1 */
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

/* The guide in every language of the run, English first. */
static int load_guides(struct run *r, const char *dir)
{
	int i;

	for (i = 0; i < r->lang_count; i++) {
		if (guide_list_load(&r->guides[i], dir, i18n_lang(r->langs[i]),
				    i ? &r->guides[0] : NULL) < 0)
			return -1;
		r->guides_of[i] = &r->guides[i].view;
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
	return load_guides(r, dir);
}

static int open_store(struct run *r)
{
	int rc;

	/* Opening would create an empty store: a missing one is an error. */
	rc = store_open_existing(r->o->store_path, &r->store);
	if (rc == 0)
		rc = school_list_load(&r->schools, r->store);
	if (rc < 0)
		log_error("%s: %s", r->o->store_name, store_error(r->store));
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

static void add_assets(struct run *r, struct site *s)
{
	int i;

	for (i = 0; i < r->assets.count; i++) {
		char path[300];

		snprintf(path, sizeof(path), "assets/%s",
			 r->assets.items[i].name);
		bundle_add(s->bundle, path, r->assets.items[i].data,
			   r->assets.items[i].len);
	}
}

/* The guide's pages in one language, and its list of pages. */
static int guide_pages_in(const struct guide_list *g, struct site *s)
{
	int i;

	for (i = 0; i < g->count; i++)
		if (page_guide(s, &g->items[i]) < 0)
			return -1;
	if (s->guides->count && page_guide_index(s) < 0)
		return -1;
	return 0;
}

/* The English guide, and its translations into the languages of the
 * bundle's reports that have one. */
static int guide_pages(struct run *r, struct site *s)
{
	int i, rc = 0;

	for (i = 0; i < r->lang_count && rc == 0; i++) {
		if (i && (!s->lang_used[i] || !r->guides[i].count))
			continue;
		site_use_lang(s, i);
		rc = guide_pages_in(&r->guides[i], s);
	}
	site_use_lang(s, 0);
	return rc;
}

static int school_pages(struct run *r, struct site *s)
{
	const struct ds_school *school = s->ds->school;
	struct cohort c;

	c.dir = PATHS_SCHOOL_DIR;
	c.home = "index.html";
	c.name = school->name ? school->name : school->natural_id;
	c.group = NULL;
	if (views_build(s, &c) < 0 || group_pages(s) < 0 ||
	    student_pages(s) < 0 || guide_pages(r, s) < 0)
		return -1;
	export_results(s);
	add_assets(r, s);
	return 0;
}

/* A teacher's bundle: their groups' views and their students only. */
static int teacher_pages(struct run *r, struct site *s)
{
	if (page_teacher_home(s) < 0 || group_pages(s) < 0 ||
	    student_pages(s) < 0 || guide_pages(r, s) < 0)
		return -1;
	export_results(s);
	add_assets(r, s);
	return 0;
}

/* Counts and averages only: no page or file about any one student. */
static int aggregate_pages(struct run *r, struct site *s)
{
	struct summary sm;
	int rc;

	summary_init(&sm, 0, s->lang);
	summary_add(&sm, s->ds);
	rc = summary_pages(&sm, s, "summary.school_lead");
	summary_release(&sm);
	add_assets(r, s);
	return rc;
}

static int bundle_pages(struct run *r, struct site *s,
			const struct access_job *job)
{
	switch (job ? job->kind : ACCESS_FULL) {
	case ACCESS_TEACHER:
		return teacher_pages(r, s);
	case ACCESS_AGGREGATE:
		return aggregate_pages(r, s);
	default:
		return school_pages(r, s);
	}
}

/* Where a bundle goes: OUTDIR, or OUTDIR/<login> with grants. */
static int bundle_outdir(const struct run *r, const struct access_job *job,
			 char *dir, size_t size)
{
	if (!job) {
		snprintf(dir, size, "%s", r->o->outdir);
		return 0;
	}
	snprintf(dir, size, "%s/%s", r->o->outdir, job->login);
	if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
		log_error("%s: %s", dir, strerror(errno));
		return -1;
	}
	return 0;
}

static const char *const kind_names[] = { "none", "aggregate", "teacher",
					  "school", "district" };

static void scope_text(char *out, size_t size, const struct dataset *ds,
		       const struct access_job *job)
{
	const char *kind = job ? kind_names[job->kind] : "";

	if (ds->year)
		snprintf(out, size, "%s%syear=%d", kind, job ? "; " : "",
			 ds->year);
	else
		snprintf(out, size, "%s%sall years", kind, job ? "; " : "");
}

/*
 * A sealed bundle under a passphrase of its own, which goes to the
 * passphrase file and nowhere else.
 */
static int write_sealed(struct run *r, const struct bundle *b, const char *dir,
			const char *name, const struct access_job *job,
			char *hex)
{
	const char *login = job ? job->login : "";
	char pass[PASSPHRASE_LEN + 1], file[PATH_MAX];
	int zip = !strcmp(r->o->encrypt, "zip"), rc;

	if (passphrase_new(pass) < 0)
		return -1;
	if (zip)
		rc = bundle_zip_write_sealed(b, dir, name, pass, hex);
	else
		rc = bundle_html_write(b, r->langs[0], dir, name, pass, hex);
	snprintf(file, sizeof(file), "%s%s%s.%s", login, *login ? "/" : "",
		 name, zip ? "zip" : "html");
	if (rc == 0)
		rc = passphrase_file_add(r->passphrase_fd, login, name, file,
					 pass);
	OPENSSL_cleanse(pass, sizeof(pass));
	return rc;
}

/* Write the finished bundle, then record it in the bundle log. */
static int write_bundle(struct run *r, const struct dataset *ds,
			struct bundle *b, const struct access_job *job)
{
	const struct ds_school *school = ds->school;
	char dir[PATH_MAX];
	struct bundle_scope scope = { school->natural_id, school->name,
				      school->district_id,
				      school->district_name, ds->year };
	char hex[DIGEST_HEX_LEN + 1], desc[48];
	struct store_bundle rec;
	int rc;

	if (bundle_finish(b, &scope, hex) < 0 ||
	    bundle_outdir(r, job, dir, sizeof(dir)) < 0)
		return EXIT_OUTPUT;
	if (r->o->encrypt)
		rc = write_sealed(r, b, dir, school->natural_id, job, hex);
	else if (r->o->zip)
		rc = bundle_zip_write(b, dir, school->natural_id, hex);
	else
		rc = bundle_dir_write(b, dir, school->natural_id);
	if (rc < 0)
		return EXIT_OUTPUT;
	scope_text(desc, sizeof(desc), ds, job);
	memset(&rec, 0, sizeof(rec));
	rec.login = job ? job->login : "";
	rec.encryption = r->o->encrypt;
	rec.school = school->natural_id;
	rec.scope = desc;
	rec.sha256 = hex;
	rec.operator_name = r->o->operator_name;
	rec.students = ds->roster_count;
	rec.files = b->count;
	if (store_bundle_log(r->store, &rec) < 0) {
		log_error("%s: %s", r->o->store_name, store_error(r->store));
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

static void site_init(struct site *s, struct run *r, struct bundle *b,
		      const struct dataset *ds)
{
	memset(s, 0, sizeof(*s));
	s->templates = r->templates;
	s->bundle = b;
	s->ds = ds;
	s->has_groups = ds->group_count > 0;
	s->doc = r->doc;
	s->langs = (const struct i18n *const *)r->langs;
	s->lang_count = r->lang_count;
	s->guides_of = r->guides_of;
	site_use_lang(s, 0);
}

/* Build the pages, write the bundle, count it. */
static int build(struct run *r, struct dataset *ds,
		 const struct access_job *job)
{
	struct bundle b;
	struct site s;
	int rc;

	bundle_init(&b);
	site_init(&s, r, &b, ds);
	if (job && job->kind == ACCESS_AGGREGATE)
		s.min_aggregate = STATS_MIN_AGGREGATE;
	rc = bundle_pages(r, &s, job) < 0 ? EXIT_OUTPUT
					  : write_bundle(r, ds, &b, job);
	if (rc == EXIT_OK) {
		r->bundles++;
		r->pages += s.pages;
		log_debug("%s: %d pages, %d files", ds->school->natural_id,
			  s.pages, b.count);
	}
	bundle_release(&b);
	return rc;
}

static int one_school(struct run *r, const struct todo *t)
{
	const struct ds_school *school = t->school;
	struct dataset ds;
	int rc;

	/* A school without results gets a bundle only when asked for. */
	rc = t->asked ? 1 : has_results(r, school);
	if (rc <= 0) {
		if (rc < 0)
			log_error("%s: %s", r->o->store_name,
				  store_error(r->store));
		return rc < 0 ? EXIT_STORE : EXIT_OK;
	}

	if (!plain_name(school->natural_id)) {
		log_error("school id '%s' cannot name a bundle: only letters, "
			  "digits, '.', '-' and '_' may",
			  school->natural_id);
		return EXIT_OUTPUT;
	}
	if (dataset_load_filtered(&ds, r->store, &r->schools, school,
				  r->o->year,
				  t->job ? &t->job->filter : NULL) < 0) {
		log_error("%s: %s", r->o->store_name, store_error(r->store));
		dataset_release(&ds);
		return EXIT_STORE;
	}
	rc = !ds.roster_count && !t->asked ? EXIT_OK : build(r, &ds, t->job);
	dataset_release(&ds);
	return rc;
}

/* The overview bundle of a district, from its schools' summaries. */
static int overview_bundle(struct run *r, const struct access_job *job,
			   struct summary *sm, int students)
{
	struct dataset ds;
	struct bundle b;
	struct site s;
	int rc;

	memset(&ds, 0, sizeof(ds));
	ds.school = &job->district;
	ds.year = r->o->year;
	/* Only counted, for the bundle log: the overview lists no one. */
	ds.roster_count = students;
	bundle_init(&b);
	site_init(&s, r, &b, &ds);
	s.min_aggregate = STATS_MIN_AGGREGATE;
	rc = summary_pages(sm, &s, "summary.district_lead");
	add_assets(r, &s);
	rc = rc < 0 ? EXIT_OUTPUT : write_bundle(r, &ds, &b, job);
	if (rc == EXIT_OK) {
		r->bundles++;
		r->pages += s.pages;
	}
	bundle_release(&b);
	return rc;
}

/* A summary row per school of the district, read without names. */
static int one_district(struct run *r, const struct access_job *job)
{
	static const struct dataset_filter anonymous = { .anonymous = 1 };
	const char *id = job->district.natural_id;
	struct summary sm;
	int i, students = 0, rc = EXIT_OK;

	if (!plain_name(id)) {
		log_error("district id '%s' cannot name a bundle", id);
		return EXIT_OUTPUT;
	}
	summary_init(&sm, 1, r->langs[0]);
	for (i = 0; i < r->schools.count && rc == EXIT_OK; i++) {
		const struct ds_school *sc = &r->schools.rows[i];
		struct dataset ds;

		if (!sc->district_id || strcmp(sc->district_id, id))
			continue;
		if (dataset_load_filtered(&ds, r->store, &r->schools, sc,
					  r->o->year, &anonymous) < 0) {
			log_error("%s: %s", r->o->store_name,
				  store_error(r->store));
			rc = EXIT_STORE;
		}
		summary_add(&sm, &ds);
		students += ds.roster_count;
		dataset_release(&ds);
	}
	if (rc == EXIT_OK)
		rc = overview_bundle(r, job, &sm, students);
	summary_release(&sm);
	return rc;
}

static int one_item(struct run *r, const struct todo *t)
{
	if (t->job && t->job->kind == ACCESS_DISTRICT)
		return one_district(r, t->job);
	return one_school(r, t);
}

/* Every bundle of the grants file, person by person. */
static int plan_access(struct run *r)
{
	const struct generate_options *o = r->o;
	struct access_request rq;
	int i;

	if (grant_file_load(&r->grants, o->grants_path) < 0)
		return EXIT_USAGE;
	memset(&rq, 0, sizeof(rq));
	rq.grants = &r->grants;
	rq.schools = &r->schools;
	rq.only_schools = o->schools;
	rq.only_school_count = o->school_count;
	rq.only_login = o->only_login;
	rq.year = o->year;
	if (access_plan_make(&r->access, r->store, &rq) < 0)
		return EXIT_USAGE;
	r->todo = xcalloc((size_t)r->access.count + 1, sizeof(*r->todo));
	for (i = 0; i < r->access.count; i++) {
		r->todo[i].school = r->access.jobs[i].school;
		r->todo[i].job = &r->access.jobs[i];
	}
	r->todo_count = r->access.count;
	return EXIT_OK;
}

/* The schools asked for, in the order given, or every school. */
static int plan(struct run *r)
{
	const struct generate_options *o = r->o;
	int i, n = o->school_count ? o->school_count : r->schools.count;

	if (o->grants_path)
		return plan_access(r);
	r->todo = xcalloc((size_t)n + 1, sizeof(*r->todo));
	for (i = 0; i < o->school_count; i++) {
		r->todo[i].school =
		    school_list_find(&r->schools, o->schools[i]);
		r->todo[i].asked = 1;
		if (!r->todo[i].school) {
			log_error("no school '%s' in %s", o->schools[i],
				  o->store_name);
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
		log_error("%s: %s", r->o->store_name, store_error(r->store));
		return EXIT_STORE;
	}
	for (i = first; i < r->todo_count && rc == EXIT_OK; i += step)
		rc = one_item(r, &r->todo[i]);
	t->bundles = r->bundles;
	t->pages = r->pages;
	if (own) {
		store_close(r->store);
		r->store = NULL;
	}
	return rc;
}

/* The id that places a bundle in a shard: its district's for an
 * overview, else its school's. */
static const char *shard_key(const struct todo *t)
{
	if (t->job && t->job->kind == ACCESS_DISTRICT)
		return t->job->district.natural_id;
	return t->school->natural_id;
}

/* Drop the bundles that other shards write. */
static void keep_own_shard(struct run *r)
{
	const struct shard *sh = &r->o->shard;
	int i, n = 0;

	if (!shard_split(sh))
		return;
	for (i = 0; i < r->todo_count; i++)
		if (shard_owns(sh, shard_key(&r->todo[i])))
			r->todo[n++] = r->todo[i];
	log_debug("shard %d/%d: %d of %d bundles to consider", sh->index,
		  sh->count, n, r->todo_count);
	r->todo_count = n;
}

static int each_school(struct run *r)
{
	struct workers_tally total;
	int rc, jobs = r->o->jobs > 0 ? r->o->jobs : workers_default();

	if ((rc = plan(r)) != EXIT_OK)
		return rc;
	keep_own_shard(r);
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
	int i;

	tv_doc_free(r->doc);
	while (r->lang_count > 0)
		i18n_free(r->langs[--r->lang_count]);
	template_set_free(r->templates);
	sitedir_release(&r->assets);
	for (i = 0; i < I18N_MAX_LANGS; i++)
		guide_list_release(&r->guides[i]);
	school_list_release(&r->schools);
	access_plan_release(&r->access);
	grant_file_release(&r->grants);
	free(r->todo);
	store_close(r->store);
	if (r->passphrase_fd >= 0)
		close(r->passphrase_fd);
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
	if (r->o->encrypt) {
		char name[64];

		if (shard_file_name(&r->o->shard, PASSPHRASE_FILE_STEM, "csv",
				    name, sizeof(name)) < 0 ||
		    (r->passphrase_fd =
			 passphrase_file_open(r->o->outdir, name)) < 0)
			return EXIT_OUTPUT;
	}
	return EXIT_OK;
}

/* The audit export, through a connection of our own when the workers
 * closed the shared one. */
static int write_audit(struct run *r)
{
	char name[64];

	if (!r->store && store_open(r->o->store_path, &r->store) < 0) {
		log_error("%s: %s", r->o->store_name, store_error(r->store));
		return EXIT_STORE;
	}
	if (shard_file_name(&r->o->shard, AUDIT_CSV_STEM, "csv", name,
			    sizeof(name)) < 0 ||
	    audit_csv_write(r->store, r->o->outdir, name) < 0)
		return EXIT_OUTPUT;
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
	r.passphrase_fd = -1;
	r.doc = tv_doc_new();
	rc = prepare(&r);
	if (rc == EXIT_OK)
		rc = each_school(&r);
	if (rc == EXIT_OK)
		rc = write_audit(&r);
	if (rc == EXIT_OK) {
		double t = seconds_since(&t0);

		log_info("%d bundle%s, %d pages in %.2f s (%.0f pages/s)",
			 r.bundles, r.bundles == 1 ? "" : "s", r.pages, t,
			 t > 0 ? r.pages / t : 0);
	}
	release(&r);
	return rc;
}
