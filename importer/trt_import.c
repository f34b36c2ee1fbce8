#include "trt_import.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "exam_level.h"
#include "item_maxima.h"
#include "trt_check.h"

static const char *subject_code(const char *subject)
{
	if (!subject)
		return NULL;
	if (!strcasecmp(subject, "MATH"))
		return "MATH";
	if (!strcasecmp(subject, "ELA"))
		return "ELA";
	if (!strcasecmp(subject, "SCIENCE") || !strcasecmp(subject, "SCI"))
		return "SCIENCE";
	if (!strcasecmp(subject, "ELPAC"))
		return "ELPAC";
	if (!strcasecmp(subject, "SPANISH") || !strcasecmp(subject, "CSA"))
		return "SPANISH";
	return NULL;
}

static const char *kind_of(const char *name, const char *type)
{
	if (strstr(name, "-ICA-"))
		return "ICA";
	if (strstr(name, "-IAB-") || strstr(name, "FIAB"))
		return "IAB";
	if (type && !strcasecmp(type, "summative"))
		return "SUM";
	return "IAB";
}

int trt_import_describe(const struct exam *e, struct store_assessment *a)
{
	const char *subject = subject_code(e->asmt_subject);

	memset(a, 0, sizeof(*a));
	if (!subject || !e->asmt_name || e->asmt_grade < 0)
		return -1;
	snprintf(a->subject, sizeof(a->subject), "%s", subject);
	snprintf(a->family, sizeof(a->family), "%s",
		 exam_level_family(e->asmt_name, subject));
	snprintf(a->kind, sizeof(a->kind), "%s",
		 kind_of(e->asmt_name, e->asmt_type));
	snprintf(a->type, sizeof(a->type), "%s",
		 strcmp(a->kind, "SUM") ? "interim" : "summative");
	a->grade = e->asmt_grade;
	if (!exam_level_scale(a))
		return -1;
	return 0;
}

static int resolve_assessment(struct store *s, const struct exam *e,
			      struct store_assessment *a,
			      struct diag_list *errors)
{
	int rc = store_find_assessment(s, e->asmt_name, a);

	if (rc != STORE_ENOTFOUND)
		return rc;
	if (trt_import_describe(e, a) < 0) {
		diag_add(errors, e->test_line, "Test", e->asmt_name,
			 "unknown assessment: no scale for subject %s "
			 "grade %d",
			 e->asmt_subject ? e->asmt_subject : "(none)",
			 e->asmt_grade);
		return -1;
	}
	if ((rc = store_put_assessment(s, e->asmt_name, NULL, a,
				       e->academic_year)) < 0)
		return rc;
	return store_find_assessment(s, e->asmt_name, a);
}

static int resolve_school(struct store *s, const struct exam *e,
			  int64_t *school_id, struct diag_list *errors)
{
	int rc = store_find_school(s, e->school_id, school_id);

	if (rc != STORE_ENOTFOUND)
		return rc;
	if (!e->school_name || !e->district_id) {
		diag_add(errors, e->examinee_line, "SchoolId", e->school_id,
			 "unknown school, and the document does not name it "
			 "and its district");
		return -1;
	}
	if ((rc = store_put_district(s, e->district_id, e->district_name,
				     NULL)) < 0)
		return rc;
	return store_put_school(s, e->school_id, e->school_name, e->district_id,
				school_id);
}

/* An item whose document gives no maximum is held to its package's. */
static int check_items_against_package(struct store *s, const struct exam *e,
				       int64_t assessment_id,
				       struct item_maxima *maxima,
				       struct diag_list *errors)
{
	char value[32];
	int i, max, rc;

	for (i = 0; maxima && i < e->items_count; i++) {
		const struct exam_item *it = &e->items[i];

		if (!it->has_score || it->has_max_score || !it->item_key)
			continue;
		rc = item_maxima_get(maxima, s, assessment_id, it->item_key,
				     &max);
		if (rc < 0)
			return rc;
		if (rc == 0 || it->score <= max)
			continue;
		snprintf(value, sizeof(value), "%g", it->score);
		diag_add(errors, it->line, "score", value,
			 "item %s score above %d, the most its assessment "
			 "package gives",
			 it->item_key, max);
	}
	return 0;
}

int trt_import_exam(struct store *s, struct exam *e, int64_t import_id,
		    struct item_maxima *maxima, struct diag_list *errors,
		    struct exam_counts *counts)
{
	struct store_assessment a;
	enum store_exam_outcome outcome;
	int64_t school_id = 0;
	int rc;

	trt_check_exam(e, errors);
	rc = resolve_assessment(s, e, &a, errors);
	if (rc < -1)
		return rc;
	if (rc == 0) {
		trt_check_scores(e, &a, errors);
		rc = check_items_against_package(s, e, a.id, maxima, errors);
		if (rc < 0)
			return rc;
	}
	if (e->school_id &&
	    (rc = resolve_school(s, e, &school_id, errors)) < -1)
		return rc;
	/* Errors found while reading count too: the file goes whole or not. */
	if (errors->count)
		return -1;
	exam_level_derive(e, &a);
	if ((rc = store_put_exam(s, e, a.id, school_id, import_id, &outcome)) <
	    0)
		return rc;
	exam_level_count(counts, outcome);
	return 0;
}
