#include "exam_filer.h"

#include "exam_level.h"

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "xalloc.h"

/* The thread's task: file one batch. */
static int file_batch(void *arg)
{
	struct exam_batch *b = arg;
	struct exam_filer *f = b->filer;

	return store_put_exams(f->store, b->entries, b->count, f->import_id,
			       b->outcomes);
}

void exam_filer_init(struct exam_filer *f, struct store *s, int64_t import_id,
		     struct exam_counts *counts)
{
	memset(f, 0, sizeof(*f));
	f->store = s;
	f->import_id = import_id;
	f->counts = counts;
	f->batch_size = store_exam_batch_size(s);
	f->batches[0].filer = f->batches[1].filer = f;
	f->filling = &f->batches[0];
	batch_thread_init(&f->thread, file_batch);
}

static void release_batch(struct exam_batch *b, int size)
{
	int i;

	for (i = 0; b->exams && i < size; i++)
		exam_release(&b->exams[i]);
	free(b->exams);
	free(b->entries);
	free(b->outcomes);
	free(b->digests);
}

void exam_filer_release(struct exam_filer *f)
{
	int i;

	batch_thread_release(&f->thread);
	for (i = 0; i < f->assessment_count; i++)
		free(f->assessments[i]);
	release_batch(&f->batches[0], f->batch_size);
	release_batch(&f->batches[1], f->batch_size);
	free(f->assessments);
	strmap_release(&f->schools);
	strmap_release(&f->assessment_index);
	memset(f, 0, sizeof(*f));
}

/*
 * Wait for the batch the thread files, if any, and count its outcomes;
 * the store is the caller's again.  0 or a store failure.
 */
static int settle(struct exam_filer *f)
{
	struct exam_batch *b = f->filing;
	int i, rc;

	if (!b)
		return 0;
	rc = batch_thread_wait(&f->thread);
	f->filing = NULL;
	if (rc == STORE_OK)
		for (i = 0; i < b->count; i++)
			exam_level_count(f->counts, b->outcomes[i]);
	b->count = 0;
	return rc < 0 ? rc : 0;
}

/* Hand the filling batch to the thread and fill the other one. */
static int hand_over(struct exam_filer *f)
{
	struct exam_batch *b = f->filling;
	int rc;

	if ((rc = settle(f)) < 0)
		return rc;
	if (b->count == 0)
		return 0;
	f->filing = b;
	f->filling = b == &f->batches[0] ? &f->batches[1] : &f->batches[0];
	batch_thread_hand(&f->thread, b);
	return 0;
}

int exam_filer_flush(struct exam_filer *f)
{
	int rc = hand_over(f);

	return rc < 0 ? rc : settle(f);
}

static int create_school(struct exam_filer *f, const struct exam *e,
			 int64_t *id)
{
	int rc;

	if (!e->school_name || !e->district_id)
		return STORE_ENOTFOUND;
	if ((rc = store_put_district(f->store, e->district_id, e->district_name,
				     NULL)) < 0)
		return rc;
	return store_put_school(f->store, e->school_id, e->school_name,
				e->district_id, id);
}

int exam_filer_school(struct exam_filer *f, const struct exam *e, int64_t *id)
{
	int rc;

	/* An unknown school is remembered as -1, to ask the store once. */
	if (strmap_get(&f->schools, e->school_id, id) && *id >= 0)
		return STORE_OK;
	if ((rc = settle(f)) < 0)
		return rc;
	if (strmap_get(&f->schools, e->school_id, id)) {
		rc = create_school(f, e, id);
	} else {
		rc = store_find_school(f->store, e->school_id, id);
		if (rc == STORE_ENOTFOUND)
			rc = create_school(f, e, id);
	}
	if (rc == STORE_OK || rc == STORE_ENOTFOUND)
		strmap_put(&f->schools, e->school_id,
			   rc == STORE_OK ? *id : -1);
	return rc;
}

static const struct store_assessment *keep(struct exam_filer *f,
					   const char *natural_id,
					   const struct store_assessment *a)
{
	struct store_assessment *copy = xmalloc(sizeof(*copy));

	*copy = *a;
	if (f->assessment_count == f->assessment_alloc) {
		f->assessment_alloc =
		    f->assessment_alloc ? f->assessment_alloc * 2 : 16;
		f->assessments =
		    xrealloc(f->assessments, (size_t)f->assessment_alloc *
						 sizeof(*f->assessments));
	}
	strmap_put(&f->assessment_index, natural_id, f->assessment_count);
	f->assessments[f->assessment_count++] = copy;
	return copy;
}

int exam_filer_assessment(struct exam_filer *f, const char *natural_id,
			  const char *label,
			  const struct store_assessment *describe, int year,
			  const struct store_assessment **out)
{
	struct store_assessment found;
	int64_t index;
	int rc;

	if (strmap_get(&f->assessment_index, natural_id, &index)) {
		*out = f->assessments[index];
		return STORE_OK;
	}
	if ((rc = settle(f)) < 0)
		return rc;
	rc = store_find_assessment(f->store, natural_id, &found);
	if (rc == STORE_ENOTFOUND && describe) {
		if ((rc = store_put_assessment(f->store, natural_id, label,
					       describe, year)) < 0)
			return rc;
		rc = store_find_assessment(f->store, natural_id, &found);
	}
	if (rc < 0)
		return rc;
	*out = keep(f, natural_id, &found);
	return STORE_OK;
}

static void allocate_batch(struct exam_batch *b, int size)
{
	int i;

	b->exams = xcalloc((size_t)size, sizeof(*b->exams));
	b->entries = xcalloc((size_t)size, sizeof(*b->entries));
	b->outcomes = xcalloc((size_t)size, sizeof(*b->outcomes));
	b->digests = xcalloc((size_t)size, sizeof(*b->digests));
	for (i = 0; i < size; i++)
		exam_init(&b->exams[i]);
}

/*
 * Take e's contents into the batch, leaving e a slot's old ones.  The
 * digest is worked out here, on the reading thread, as the filing
 * thread is the busier one.
 */
static void add_to_batch(struct exam_filer *f, struct exam *e,
			 int64_t assessment_id, int64_t school_id)
{
	struct exam_batch *b = f->filling;
	struct store_exam_entry *entry;
	struct exam *slot, held;

	if (!b->exams)
		allocate_batch(b, f->batch_size);
	exam_own_text(e);
	slot = &b->exams[b->count];
	held = *slot;
	*slot = *e;
	*e = held;
	exam_content_digest(slot, b->digests[b->count]);
	entry = &b->entries[b->count];
	entry->exam = slot;
	entry->assessment_id = assessment_id;
	entry->school_id = school_id;
	entry->digest = b->digests[b->count];
	b->count++;
}

int exam_filer_put(struct exam_filer *f, struct exam *e,
		   const struct store_assessment *a, int64_t school_id)
{
	exam_level_derive(e, a);
	add_to_batch(f, e, a->id, school_id);
	return f->filling->count < f->batch_size ? 0 : hand_over(f);
}

int exam_filer_file_row(struct exam_filer *f, struct delimited_job *job,
			struct exam *e, const struct store_assessment *a,
			int school_column)
{
	int64_t school_id;
	int rc;

	if (!e->school_id)
		return 0;
	rc = exam_filer_school(f, e, &school_id);
	if (rc == STORE_ENOTFOUND) {
		delimited_job_error(job, school_column, e->school_id,
				    "unknown school, and the row does not "
				    "name it and its district");
		return 0;
	}
	if (rc < 0)
		return rc;
	if (job->errors->count)
		return exam_filer_flush(f);
	return exam_filer_put(f, e, a, school_id);
}
