#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "delimited.h"
#include "detect.h"
#include "digest.h"
#include "item_maxima.h"
#include "log.h"
#include "progress.h"
#include "read_ahead.h"
#include "text_decode.h"
#include "trt_check.h"
#include "trt_reader.h"
#include "xalloc.h"

/* Accepted documents per transaction: few fsyncs, bounded redo. */
#define IMPORT_BATCH 500
/* Errors kept for the summary; all are still printed and logged. */
#define IMPORT_ERRORS_KEPT 10000

struct importer {
	struct store *store;
	const char *operator_name;
	struct trt_schema *schema;
	struct exam exam;
	struct import_totals totals;
	struct import_error *errors;
	int error_count, error_alloc;
	int in_batch, batch_size;
	struct progress progress;
	/* TRT documents read on other threads while one is filed. */
	struct read_ahead ahead;
	int ahead_started;
	/* The unit being filed, read already; NULL when it is to be read. */
	struct ahead_unit *ready;
	/* The packages' item maxima, for items whose document lacks one. */
	struct item_maxima maxima;
};

/* What one unit did, before it is logged and counted. */
struct unit_result {
	const char *format;
	struct diag_list diags;
	struct exam_counts exams;
	long rows;
};

struct importer *import_new(struct store *s, const char *operator_name)
{
	struct importer *im = xcalloc(1, sizeof(*im));

	im->store = s;
	im->operator_name = operator_name;
	exam_init(&im->exam);
	progress_start(&im->progress);
	return im;
}

/* Begin a batch unless one is open; alone, one no other importer
 * writes beside (see store_begin_alone). */
static int ensure_batch(struct importer *im, int alone)
{
	int rc;

	if (im->in_batch)
		return 0;
	rc = alone ? store_begin_alone(im->store) : store_begin(im->store);
	if (rc < 0)
		return rc;
	im->in_batch = 1;
	im->batch_size = 0;
	return 0;
}

static int end_batch(struct importer *im)
{
	if (!im->in_batch)
		return 0;
	im->in_batch = 0;
	return store_commit(im->store);
}

static void keep_error(struct importer *im, const char *file,
		       const struct diag *d)
{
	struct import_error *e;

	if (im->error_count >= IMPORT_ERRORS_KEPT)
		return;
	if (im->error_count == im->error_alloc) {
		im->error_alloc = im->error_alloc ? im->error_alloc * 2 : 16;
		im->errors = xrealloc(im->errors, (size_t)im->error_alloc *
						      sizeof(*im->errors));
	}
	e = &im->errors[im->error_count++];
	e->file = xstrdup(file);
	e->d.line = d->line;
	e->d.field = d->field ? xstrdup(d->field) : NULL;
	e->d.value = d->value ? xstrdup(d->value) : NULL;
	e->d.message = xstrdup(d->message);
}

/* One line per error: program: file:line: field 'value': message */
static void print_error(const char *file, const struct diag *d)
{
	char where[64] = "";

	if (d->line > 0)
		snprintf(where, sizeof(where), ":%ld", d->line);
	if (d->field && d->value)
		log_error("%s%s: %s '%s': %s", file, where, d->field, d->value,
			  d->message);
	else if (d->field)
		log_error("%s%s: %s: %s", file, where, d->field, d->message);
	else
		log_error("%s%s: %s", file, where, d->message);
}

/* The built-in schema, compiled at the first TRT document. */
static struct trt_schema *schema_of(struct importer *im)
{
	if (!im->schema)
		im->schema = trt_schema_load();
	return im->schema;
}

/*
 * Move what a worker read into the unit's result: the exam becomes the
 * importer's (the worker's slot keeps the importer's old one) and the
 * errors found reading are the unit's first.
 */
static int take_read(struct importer *im, struct ahead_unit *a,
		     struct unit_result *r)
{
	struct exam held = im->exam;

	im->exam = a->exam;
	a->exam = held;
	diag_clear(&r->diags);
	r->diags = a->errors;
	memset(&a->errors, 0, sizeof(a->errors));
	return a->read_rc;
}

static int import_trt(struct importer *im, const struct source_unit *u,
		      int64_t import_id, struct unit_result *r)
{
	struct exam *e = &im->exam;
	int rc;

	if (im->ready) {
		/* Read once: a unit redone after a lost race reads again. */
		rc = take_read(im, im->ready, r);
		im->ready = NULL;
	} else if (!schema_of(im)) {
		diag_add(&r->diags, 0, "schema", NULL,
			 "the built-in TRT schema does not compile");
		return -1;
	} else {
		exam_reset(e);
		rc = trt_read(im->schema, u->data, u->len, e, &r->diags);
	}
	if (rc < 0)
		return -1;
	r->rows = 1;
	rc = trt_import_exam(im->store, e, import_id, &im->maxima, &r->diags,
			     &r->exams);
	if (rc == 0 && !r->diags.count && !trt_academic_year_fits(e))
		log_warn("%s:%ld: academicYear '%d': not school year %d-%02d "
			 "of dateCompleted, which is the one used",
			 u->name, e->test_line, e->academic_year,
			 e->school_year - 1, e->school_year % 100);
	return rc;
}

static int import_delimited(struct importer *im, const struct source_unit *u,
			    int64_t import_id, struct unit_result *r)
{
	struct delimited_result d;
	int rc;

	memset(&d, 0, sizeof(d));
	d.format = "delimited";
	rc = delimited_import(im->store, u->name, u->data, u->len, import_id,
			      &r->diags, &d);
	r->format = d.format;
	r->rows = d.rows;
	r->exams = d.exams;
	return rc;
}

static int dispatch(struct importer *im, const struct source_unit *u,
		    int64_t import_id, struct unit_result *r)
{
	enum format f = detect_format(u->data, u->len);

	r->format = detect_format_name(f);
	switch (f) {
	case FORMAT_TRT:
		return import_trt(im, u, import_id, r);
	case FORMAT_XML_OTHER:
		diag_add(&r->diags, 1, "root", NULL,
			 "XML, but not a TDSReport document");
		return -1;
	case FORMAT_DELIMITED:
		return import_delimited(im, u, import_id, r);
	default:
		diag_add(&r->diags, 0, "content", NULL,
			 "not a format scorebook recognises");
		return -1;
	}
}

static const char *verdict_of(const struct unit_result *r)
{
	if (r->exams.inserted || r->exams.updated || r->exams.deleted ||
	    (r->rows && !r->exams.unchanged && !r->exams.older))
		return "accepted";
	return "unchanged";
}

static void add_counts(struct exam_counts *to, const struct exam_counts *c)
{
	to->inserted += c->inserted;
	to->updated += c->updated;
	to->unchanged += c->unchanged;
	to->deleted += c->deleted;
	to->older += c->older;
}

/* Log the unit's verdict and errors, then fold it into the totals. */
static int record(struct importer *im, const struct source_unit *u,
		  const char *verdict, struct unit_result *r, int64_t import_id)
{
	struct store_import rec = {
		.file = u->name,
		.format = r->format,
		.verdict = verdict,
		.operator_name = im->operator_name,
		.inserted = r->exams.inserted,
		.updated = r->exams.updated,
		.unchanged = r->exams.unchanged,
		.deleted = r->exams.deleted,
		.rows = (int)r->rows,
	};
	int i, rc;

	/* The store first: a write that fails leaves nothing printed. */
	if ((rc = store_update_import(im->store, import_id, &rec)) < 0)
		return rc;
	for (i = 0; i < r->diags.count; i++) {
		const struct diag *d = &r->diags.items[i];

		if ((rc = store_log_error(im->store, import_id, d->line,
					  d->field, d->value, d->message)) < 0)
			return rc;
	}
	for (i = 0; i < r->diags.count; i++) {
		print_error(u->name, &r->diags.items[i]);
		keep_error(im, u->name, &r->diags.items[i]);
	}
	if (r->diags.dropped)
		log_error("%s: %d more errors not shown", u->name,
			  r->diags.dropped);
	im->totals.files++;
	if (!strcmp(verdict, "rejected"))
		im->totals.rejected++;
	else if (!strcmp(verdict, "accepted"))
		im->totals.accepted++;
	else
		im->totals.unchanged++;
	add_counts(&im->totals.exams, &r->exams);
	im->totals.rows += r->rows;
	log_debug("%s: %s (%s)", u->name, verdict, r->format);
	return 0;
}

/* Open the unit's log row first, so its exams can point at it. */
static int open_record(struct importer *im, const struct source_unit *u,
		       const char *sha, int64_t *import_id)
{
	struct store_import rec = {
		.file = u->name,
		.sha256 = sha,
		.format = "unknown",
		.verdict = "pending",
		.operator_name = im->operator_name,
	};

	return store_log_import(im->store, &rec, import_id);
}

static int unreadable(struct importer *im, const struct source_unit *u)
{
	struct unit_result r;
	int rc;

	int64_t import_id;

	memset(&r, 0, sizeof(r));
	r.format = "unknown";
	diag_add(&r.diags, 0, NULL, NULL, "%s", u->problem);
	rc = open_record(im, u, "", &import_id);
	if (rc == 0)
		rc = record(im, u, "rejected", &r, import_id);
	diag_clear(&r.diags);
	return rc;
}

/* The unit's content under a savepoint, undone alone if rejected. */
static int file_under_savepoint(struct importer *im,
				const struct source_unit *u, int64_t import_id,
				struct unit_result *r)
{
	int rc, failed;

	if ((rc = store_savepoint(im->store)) < 0)
		return rc;
	failed = dispatch(im, u, import_id, r);
	if (failed < -1) {
		store_savepoint_rollback(im->store);
		return failed;
	}
	failed = failed < 0 || r->diags.count;
	if (failed)
		rc = store_savepoint_rollback(im->store);
	else
		rc = store_savepoint_release(im->store);
	if (rc == 0)
		rc = record(im, u, failed ? "rejected" : verdict_of(r), r,
			    import_id);
	return rc;
}

/*
 * The unit's content in the transaction it has to itself: a rejected
 * unit is undone whole, its log row with it, and the log row and its
 * errors are written again in a new transaction, so the store ends as
 * a savepoint would have left it.
 */
static int file_alone(struct importer *im, const struct source_unit *u,
		      const char *sha, int64_t import_id, struct unit_result *r)
{
	int rc, failed = dispatch(im, u, import_id, r);

	if (failed < -1)
		return failed;
	failed = failed < 0 || r->diags.count;
	if (failed) {
		im->in_batch = 0;
		if ((rc = store_rollback(im->store)) < 0 ||
		    (rc = ensure_batch(im, 0)) < 0 ||
		    (rc = open_record(im, u, sha, &import_id)) < 0)
			return rc;
	}
	return record(im, u, failed ? "rejected" : verdict_of(r), r, import_id);
}

/*
 * The unit itself, whose digest is sha: its log row, then its content,
 * under a savepoint or, alone in its transaction, without one.
 */
static int import_once(struct importer *im, const struct source_unit *u,
		       const char *sha, int alone)
{
	struct unit_result r;
	int64_t import_id;
	int rc;

	memset(&r, 0, sizeof(r));
	r.format = "known";
	if ((rc = open_record(im, u, sha, &import_id)) < 0)
		return rc;
	if (store_file_known(im->store, sha, import_id))
		rc = record(im, u, "unchanged", &r, import_id);
	else if (alone)
		rc = file_alone(im, u, sha, import_id, &r);
	else
		rc = file_under_savepoint(im, u, import_id, &r);
	diag_clear(&r.diags);
	return rc;
}

/*
 * Another importer writing the same rows into a server store can make a
 * unit lose a race (a deadlock, a key taken by a batch not yet
 * committed).  The unit is then undone, the batch before it committed
 * so that this importer holds no locks another may wait for, and the
 * unit redone in a batch of its own that no other importer writes
 * beside, which therefore cannot lose again.
 */
static int retry_alone(struct importer *im)
{
	int rc;

	if ((rc = store_savepoint_rollback(im->store)) < 0 ||
	    (rc = end_batch(im)) < 0)
		return rc;
	log_debug("lost a race with another importer; redoing the unit");
	return 0;
}

/* Times a unit is redone after losing a race before the import stops:
 * once should do, as the second try runs alone. */
#define IMPORT_RETRIES 3

/*
 * Each unit runs inside a savepoint: a rejected or failed unit rolls back
 * to it and costs its neighbours nothing; the batch commits every
 * IMPORT_BATCH units, so a crash loses at most one batch, never half a
 * unit, and the re-run redoes exactly what was lost.
 */
static int import_named_unit(struct importer *im, const struct source_unit *u,
			     const char *sha)
{
	int attempt, rc;

	for (attempt = 0;; attempt++) {
		if ((rc = ensure_batch(im, attempt > 0)) < 0)
			return rc;
		if ((rc = store_savepoint(im->store)) < 0)
			return rc;
		rc = u->data ? import_once(im, u, sha, 0) : unreadable(im, u);
		if (rc == 0)
			rc = store_savepoint_release(im->store);
		if (rc != STORE_ERETRY || attempt == IMPORT_RETRIES)
			break;
		if ((rc = retry_alone(im)) < 0)
			return rc;
	}
	/* A batch alone ends with its unit, to hold the others back briefly. */
	if (rc == 0 && attempt > 0)
		rc = end_batch(im);
	progress_update(&im->progress, &im->totals);
	if (rc == 0 && ++im->batch_size >= IMPORT_BATCH)
		rc = end_batch(im);
	return rc;
}

/*
 * A delimited file in a transaction of its own, where the store prefers
 * it (see store_prefers_own_transaction): the batch before it is
 * committed, and the file's rows are filed with no savepoint around
 * them.
 */
static int import_in_own_transaction(struct importer *im,
				     const struct source_unit *u,
				     const char *sha)
{
	int rc;

	if ((rc = end_batch(im)) < 0 || (rc = ensure_batch(im, 0)) < 0)
		return rc;
	rc = import_once(im, u, sha, 1);
	if (rc == 0)
		rc = end_batch(im);
	progress_update(&im->progress, &im->totals);
	return rc;
}

/* Whether the unit is filed by import_in_own_transaction. */
static int own_transaction(struct importer *im, const struct source_unit *u)
{
	return u->data && store_prefers_own_transaction(im->store) &&
	       detect_format(u->data, u->len) == FORMAT_DELIMITED;
}

/* File a unit read ahead, then let its place go. */
static int file_read_unit(struct importer *im, struct ahead_unit *a)
{
	int rc;

	im->ready = a;
	rc = import_named_unit(im, &a->unit, a->sha);
	im->ready = NULL;
	read_ahead_done(&im->ahead);
	return rc;
}

/* File every unit read ahead, oldest first. */
static int file_read_units(struct importer *im)
{
	struct ahead_unit *a;
	int rc = 0;

	if (!im->ahead_started)
		return 0;
	while (rc >= 0 && (a = read_ahead_oldest(&im->ahead)))
		rc = file_read_unit(im, a);
	return rc;
}

static int online_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (int)n : 1;
}

/*
 * Whether the unit, whose digest is sha, goes to a worker: a TRT
 * document not imported before (a known one is not read at all), once
 * the schema compiles.
 */
static int worth_reading_ahead(struct importer *im, const struct source_unit *u,
			       const char *sha)
{
	if (!u->data || u->len > READ_AHEAD_MAX_DOCUMENT ||
	    detect_format(u->data, u->len) != FORMAT_TRT || !schema_of(im) ||
	    store_file_known(im->store, sha, 0))
		return 0;
	if (!im->ahead_started) {
		/* libxml2 sets its globals up once, before any worker. */
		xmlInitParser();
		read_ahead_init(&im->ahead, im->schema,
				read_ahead_workers_for(online_cores()));
		im->ahead_started = 1;
	}
	return 1;
}

static int import_in_order(struct importer *im, const struct source_unit *u)
{
	char sha[DIGEST_HEX_LEN + 1] = "";
	struct ahead_unit *a;
	int rc;

	/* Taken once: every later step names the unit by it. */
	if (u->data)
		digest_sha256_hex(u->data, u->len, sha);
	if (worth_reading_ahead(im, u, sha)) {
		a = read_ahead_take(&im->ahead, u, sha);
		return a ? file_read_unit(im, a) : 0;
	}
	/* Anything else waits for what was read ahead of it, and may be a
	 * package that changes the items' maxima. */
	if ((rc = file_read_units(im)) < 0)
		return rc;
	item_maxima_forget(&im->maxima);
	if (own_transaction(im, u))
		return import_in_own_transaction(im, u, sha);
	return import_named_unit(im, u, sha);
}

/*
 * A file's name is bytes; the import log, the JSON summary and a server
 * store take UTF-8, so a name that is not is logged with U+FFFD in place
 * of each stray byte.
 */
int import_unit(void *ctx, const struct source_unit *u)
{
	struct source_unit named = *u;
	char *name = text_decode_repair(u->name, 0);
	int rc;

	named.name = name;
	rc = import_in_order(ctx, &named);
	free(name);
	return rc;
}

int import_finish(struct importer *im)
{
	int rc = file_read_units(im);

	progress_end(&im->progress);
	if (rc < 0)
		return rc;
	return end_batch(im);
}

void import_free(struct importer *im)
{
	int i;

	if (!im)
		return;
	if (im->ahead_started)
		read_ahead_release(&im->ahead);
	if (im->in_batch)
		store_rollback(im->store);
	for (i = 0; i < im->error_count; i++) {
		free(im->errors[i].file);
		free(im->errors[i].d.field);
		free(im->errors[i].d.value);
		free(im->errors[i].d.message);
	}
	free(im->errors);
	trt_schema_free(im->schema);
	exam_release(&im->exam);
	item_maxima_release(&im->maxima);
	free(im);
}

const struct import_totals *import_totals(const struct importer *im)
{
	return &im->totals;
}

const struct import_error *import_errors(const struct importer *im, int *count)
{
	*count = im->error_count;
	return im->errors;
}
