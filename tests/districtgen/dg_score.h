/*
 * Scores of one exam: overall scale score and level, claims, targets,
 * writing traits and item responses, all derived from the student's
 * achievement and the exam's key. A result is a plain value the caller
 * provides; nothing is allocated.
 */
#ifndef DG_SCORE_H
#define DG_SCORE_H

#include <stdint.h>

#include "dg_catalog.h"

#define DG_MAX_ITEMS   48
#define DG_MAX_TARGETS 32

struct dg_claim_score {
	const char *code;
	double ss;
	double se;
	int level;
};

struct dg_target_score {
	char code[36];
	double residual;
	double met_residual;
};

struct dg_response {
	/* Item index in the assessment's form. */
	int item;
	/* Points earned, or -1 when not scored. */
	int score;
	/* The answer as the TRT Response element carries it (unescaped). */
	char value[360];
	/* Full write trait points: organisation, evidence, conventions. */
	int trait[3];
	int visits;
	int duration_s;
	int64_t admin_ms;
};

struct dg_result {
	double ss;
	double se;
	double theta;
	/* Level 1-4, or the IAB category 1-3. */
	int level;
	int n_claims;
	struct dg_claim_score claims[4];
	int n_targets;
	struct dg_target_score targets[DG_MAX_TARGETS];
	int has_traits;
	int traits[3];
	/* Condition code of a write that could not be scored, or "". */
	const char *trait_condition;
	int partial;
	const char *condition;
	int n_items;
	struct dg_response items[DG_MAX_ITEMS];
};

/* What an exam is scored from. */
struct dg_score_in {
	const struct dg_asmt *asmt;
	/* The student's standardised achievement in the subject. */
	double z;
	uint64_t exam_key;
	int64_t start_ms;
	int64_t done_ms;
	/* A rescore moves the score a little from the first version. */
	int update;
	/* Whether to make item responses at all. */
	int items;
};

void dg_score_exam(struct dg_result *res, const struct dg_score_in *in);

#endif
