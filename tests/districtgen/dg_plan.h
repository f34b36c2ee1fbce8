/*
 * The plan of a run: which students exist and which TRT documents
 * (test opportunities, their later updates and resets) are written, in
 * file order. The plan owns its student and document arrays;
 * dg_plan_release() frees them.
 */
#ifndef DG_PLAN_H
#define DG_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "dg_catalog.h"
#include "dg_district.h"
#include "dg_student.h"

enum dg_doc_kind { DG_DOC_ORIGINAL, DG_DOC_UPDATE, DG_DOC_RESET };

struct dg_doc {
	/* Seed of everything inside the exam: scores, items, session. */
	uint64_t exam_key;
	uint64_t opp_id;
	int64_t start_ms;
	int64_t done_ms;
	int64_t status_ms;
	uint32_t student;
	uint32_t asmt;
	/* For updates and resets: index of the original while planning. */
	uint32_t original;
	uint16_t school;
	uint8_t year;
	uint8_t kind;
	/* Written with the older relationship vocabulary. */
	uint8_t legacy;
};

struct dg_plan {
	struct dg_student *students;
	size_t n_students;
	struct dg_doc *docs;
	size_t n_docs;
	int years;
	/* School of each student in each year with documents, or -1. */
	int *school_of;
};

/*
 * Plan students and documents. With exams < 0 the district has students
 * students and writes what they naturally produce; otherwise students are
 * added until exactly exams documents exist.
 */
void dg_plan_build(struct dg_plan *p, const struct dg_cohort *c,
		   const struct dg_district *d, struct dg_catalog *cat,
		   long students, long exams);
void dg_plan_release(struct dg_plan *p);
int dg_plan_school(const struct dg_plan *p, uint32_t student, int year);

#endif
