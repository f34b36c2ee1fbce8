#include "trt_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "trt_examinee.h"

int trt_school_year(const char *date)
{
	int year, month;

	if (!trt_is_date(date))
		return 0;
	year = atoi(date);
	month = atoi(date + 5);
	return month >= 7 ? year + 1 : year;
}

int trt_academic_year_fits(const struct exam *e)
{
	if (!e->academic_year || !e->school_year)
		return 1;
	return e->academic_year == e->school_year ||
	       e->academic_year == e->school_year - 1;
}

static void check_identity(struct exam *e, struct diag_list *errors)
{
	if (e->is_demo)
		diag_add(errors, e->examinee_line, "isDemo", "1",
			 "demo examinee: practice results are not imported");
	if (!e->student.ssid)
		diag_add(errors, e->examinee_line, "StudentIdentifier", NULL,
			 "missing student identifier");
	if (!e->school_id)
		diag_add(errors, e->examinee_line, "SchoolId", NULL,
			 "missing school (SchoolId or "
			 "ResponsibleInstitutionIdentifier)");
	if (!e->opp_key)
		diag_add(errors, e->opportunity_line, "oppId", NULL,
			 "missing opportunity id and key");
}

static void check_dates(struct exam *e, struct diag_list *errors)
{
	long line = e->opportunity_line;

	if (!trt_is_date(e->date_completed))
		diag_add(errors, line, "dateCompleted", e->date_completed,
			 "not a date");
	else
		e->school_year = trt_school_year(e->date_completed);
	if (e->status_date && !trt_is_date(e->status_date))
		diag_add(errors, line, "statusDate", e->status_date,
			 "not a date");
	if (e->start_date && !trt_is_date(e->start_date))
		diag_add(errors, line, "startDate", e->start_date,
			 "not a date");
}

/* Defaults of FORMATS.md: Complete; Valid for summative, SD for interim. */
static void apply_defaults(struct exam *e)
{
	if (!e->completeness)
		e->completeness = "Complete";
	if (!e->admin_condition)
		e->admin_condition =
		    e->asmt_type && !strcasecmp(e->asmt_type, "summative")
			? "Valid"
			: "SD";
}

void trt_check_exam(struct exam *e, struct diag_list *errors)
{
	check_identity(e, errors);
	check_dates(e, errors);
	apply_defaults(e);
	if (e->grade < 0)
		e->grade = e->asmt_grade;
}

static void check_overall(const struct exam *e,
			  const struct store_assessment *a,
			  struct diag_list *errors)
{
	char value[32];

	if (e->has_scale_score && a->has_scale &&
	    (e->scale_score < a->scale_low || e->scale_score > a->scale_high)) {
		snprintf(value, sizeof(value), "%g", e->scale_score);
		diag_add(errors, e->opportunity_line, "ScaleScore", value,
			 "outside %g-%g", a->scale_low, a->scale_high);
	}
	if (e->has_scale_se && e->scale_se < 0) {
		snprintf(value, sizeof(value), "%g", e->scale_se);
		diag_add(errors, e->opportunity_line, "standardError", value,
			 "standard error below zero");
	}
	if (e->level && a->levels && (e->level < 1 || e->level > a->levels)) {
		snprintf(value, sizeof(value), "%d", e->level);
		diag_add(errors, e->opportunity_line, "PerformanceLevel", value,
			 "outside 1-%d", a->levels);
	}
}

static void check_claims(const struct exam *e, const struct store_assessment *a,
			 struct diag_list *errors)
{
	char value[32];
	int i;

	for (i = 0; i < e->scores_count; i++) {
		const struct exam_score *s = &e->scores[i];

		if (!catalog_claim(a->subject, s->code))
			diag_add(errors, s->line, "measureOf", s->code,
				 "unknown claim code for %s", a->subject);
		if (s->has_scale_se && s->scale_se < 0) {
			snprintf(value, sizeof(value), "%g", s->scale_se);
			diag_add(errors, s->line, "standardError", value,
				 "standard error below zero");
		}
		if (s->level && (s->level < 1 || s->level > 3)) {
			snprintf(value, sizeof(value), "%d", s->level);
			diag_add(errors, s->line, "PerformanceLevel", value,
				 "claim level outside 1-3");
		}
	}
	for (i = 0; i < e->targets_count; i++)
		if (!catalog_claim(a->subject, e->targets[i].claim))
			diag_add(errors, e->targets[i].line, "measureOf",
				 e->targets[i].claim,
				 "unknown claim code for %s", a->subject);
}

static void check_traits(const struct exam *e, struct diag_list *errors)
{
	char value[16];
	int i;

	for (i = 0; i < e->traits_count; i++) {
		const struct exam_trait *t = &e->traits[i];

		if (!t->has_score ||
		    (t->score >= 0 && t->score <= t->max_score))
			continue;
		snprintf(value, sizeof(value), "%d", t->score);
		diag_add(errors, t->line, t->trait, value,
			 "writing trait score outside 0-%d", t->max_score);
	}
}

static void check_items(const struct exam *e, struct diag_list *errors)
{
	char value[32];
	int i;

	for (i = 0; i < e->items_count; i++) {
		const struct exam_item *it = &e->items[i];
		double max = it->has_max_score ? it->max_score : 1e9;

		if (!it->has_score || (it->score >= -1 && it->score <= max))
			continue;
		snprintf(value, sizeof(value), "%g", it->score);
		if (it->has_max_score)
			diag_add(errors, it->line, "score", value,
				 "item %s score outside -1-%g", it->item_key,
				 max);
		else
			diag_add(errors, it->line, "score", value,
				 "item %s score below -1", it->item_key);
	}
}

void trt_check_scores(const struct exam *e, const struct store_assessment *a,
		      struct diag_list *errors)
{
	check_overall(e, a, errors);
	check_claims(e, a, errors);
	check_traits(e, errors);
	check_items(e, errors);
}
