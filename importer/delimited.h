/*
 * Delimited files (CSV, caret and tab): student score data files,
 * reporting-system exports, student groups, organizations, assessment
 * packages and grants, each recognised from its header row.
 */
#ifndef SCOREBOOK_DELIMITED_H
#define SCOREBOOK_DELIMITED_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "store.h"
#include "trt_import.h"

struct delimited_result {
	const char *format; /* a static name such as "groups" */
	long rows;	    /* data rows read */
	struct exam_counts exams;
};

/*
 * Import one delimited file inside the caller's savepoint.  Returns 0
 * when the file was filed, -1 when it has errors (all in errors; the
 * caller rolls back), or a negative store code below -1 on failure.
 */
int delimited_import(struct store *s, const char *name, const char *data,
		     size_t len, int64_t import_id, struct diag_list *errors,
		     struct delimited_result *result);

#endif
