/*
 * Examinee attributes and relationships of a TRT document: the names
 * and aliases producers use, FINAL over INITIAL, and the checks on
 * booleans and dates.  The collector lives for one document.
 */
#ifndef SCOREBOOK_TRT_EXAMINEE_H
#define SCOREBOOK_TRT_EXAMINEE_H

#include "diag.h"
#include "exam.h"

enum trt_context { TRT_CONTEXT_NONE = 0, TRT_INITIAL = 1, TRT_FINAL = 2 };

struct trt_slot {
	const char *value;
	enum trt_context context;
	long line;
};

#define TRT_SLOT_COUNT 48
#define TRT_GROUP_MAX  64

struct trt_examinee {
	struct trt_slot slots[TRT_SLOT_COUNT];
	/* StudentGroupName repeats; keep the FINAL ones when there are any. */
	const char *groups[TRT_GROUP_MAX];
	enum trt_context group_context[TRT_GROUP_MAX];
	int group_count;
};

void trt_examinee_init(struct trt_examinee *x);

/* Record one ExamineeAttribute or ExamineeRelationship. */
void trt_examinee_put(struct trt_examinee *x, struct exam *e, const char *name,
		      const char *value, const char *context, long line);

/* Move what was collected into the exam, checking values as it goes. */
void trt_examinee_finish(struct trt_examinee *x, struct exam *e,
			 struct diag_list *errors);

/* Booleans as producers write them; -1 (FLAG_UNKNOWN) when blank. */
int trt_parse_flag(const char *value, enum flag *out);
/* Whether text is a real calendar date, YYYY-MM-DD with optional time. */
int trt_is_date(const char *text);

#endif
