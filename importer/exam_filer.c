#include "exam_filer.h"

#include "exam_level.h"

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "xalloc.h"

void exam_filer_init(struct exam_filer *f, struct store *s, int64_t import_id,
		     struct exam_counts *counts)
{
	memset(f, 0, sizeof(*f));
	f->store = s;
	f->import_id = import_id;
	f->counts = counts;
	f->batch_size = store_exam_batch_size(s);
}

void exam_filer_release(struct exam_filer *f)
{
	int i;

	for (i = 0; i < f->assessment_count; i++)
		free(f->assessments[i]);
	for (i = 0; f->waiting && i < f->batch_size; i++)
		exam_release(&f->waiting[i]);
	free(f->waiting);
	free(f->entries);
	free(f->outcomes);
	free(f->assessments);
	strmap_release(&f->schools);
	strmap_release(&f->assessment_index);
	memset(f, 0, sizeof(*f));
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
	if (strmap_get(&f->schools, e->school_id, id)) {
		if (*id >= 0)
			return STORE_OK;
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

int exam_filer_flush(struct exam_filer *f)
{
	int i, rc;

	if (f->waiting_count == 0)
		return 0;
	rc = store_put_exams(f->store, f->entries, f->waiting_count,
			     f->import_id, f->outcomes);
	if (rc == STORE_OK)
		for (i = 0; i < f->waiting_count; i++)
			exam_level_count(f->counts, f->outcomes[i]);
	f->waiting_count = 0;
	return rc < 0 ? rc : 0;
}

static void allocate_batch(struct exam_filer *f)
{
	int i;

	f->waiting = xcalloc((size_t)f->batch_size, sizeof(*f->waiting));
	f->entries = xcalloc((size_t)f->batch_size, sizeof(*f->entries));
	f->outcomes = xcalloc((size_t)f->batch_size, sizeof(*f->outcomes));
	for (i = 0; i < f->batch_size; i++)
		exam_init(&f->waiting[i]);
}

/* Take e's contents into the batch, leaving e a waiting slot's old ones. */
static void add_to_batch(struct exam_filer *f, struct exam *e,
			 int64_t assessment_id, int64_t school_id)
{
	struct exam *slot, held;

	if (!f->waiting)
		allocate_batch(f);
	exam_own_text(e);
	slot = &f->waiting[f->waiting_count];
	held = *slot;
	*slot = *e;
	*e = held;
	f->entries[f->waiting_count].exam = slot;
	f->entries[f->waiting_count].assessment_id = assessment_id;
	f->entries[f->waiting_count].school_id = school_id;
	f->waiting_count++;
}

int exam_filer_put(struct exam_filer *f, struct exam *e,
		   const struct store_assessment *a, int64_t school_id)
{
	enum store_exam_outcome outcome;
	int rc;

	exam_level_derive(e, a);
	if (f->batch_size > 1) {
		add_to_batch(f, e, a->id, school_id);
		return f->waiting_count < f->batch_size ? 0
							: exam_filer_flush(f);
	}
	rc = store_put_exam(f->store, e, a->id, school_id, f->import_id,
			    &outcome);
	if (rc < 0)
		return rc;
	exam_level_count(f->counts, outcome);
	return 0;
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
