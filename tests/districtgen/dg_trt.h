/*
 * Test Results Transmission (TRT) XML documents, one per exam, shaped
 * like the files states and test vendors deliver. The writer only reads
 * what it is given and appends to the caller's buffer.
 */
#ifndef DG_TRT_H
#define DG_TRT_H

#include "dg_buf.h"
#include "dg_catalog.h"
#include "dg_district.h"
#include "dg_plan.h"
#include "dg_score.h"
#include "dg_student.h"

struct dg_trt_exam {
	const struct dg_district *district;
	const struct dg_school *school;
	const struct dg_student *student;
	const struct dg_asmt *asmt;
	const struct dg_doc *doc;
	const struct dg_result *result;
	/* Names of the student's groups at the school that year. */
	const char *groups[2];
	int n_groups;
	/* Write Item elements. */
	int items;
};

void dg_trt_write(struct dg_buf *b, const struct dg_trt_exam *e);

#endif
