/*
 * The words the reports use for codes: levels and categories, subjects,
 * kinds of test, claims, traits, conditions.  Every string returned is
 * static or belongs to the caller's buffer; none needs freeing.
 */
#ifndef SCOREBOOK_LABEL_H
#define SCOREBOOK_LABEL_H

#include "buf.h"
#include "dataset.h"

/* What a level means for this assessment: "Standard Met", "Near
 * Standard" (interim blocks), "Well Developed" (ELPAC); NULL if none. */
const char *label_level(const struct ds_assessment *a, int level);
/* Levels of a claim, domain or composite score ("Below Standard"). */
const char *label_sublevel(const struct ds_assessment *a, const char *kind,
			   const char *code, int level);
/* How many levels an assessment reports (3 for interim blocks). */
int label_level_count(const struct ds_assessment *a);
/* A sentence on what the level means, about the named student. */
void label_level_meaning(struct buf *b, const struct ds_assessment *a,
			 int level, const char *first_name);

const char *label_subject(const char *subject);
/* The subject as the reporting-system export names it: Math, ELA, ... */
const char *label_export_subject(const struct ds_assessment *a);
const char *label_kind(const char *kind);
/* The assessment's name for people: its label, else its id. */
const char *label_assessment(const struct ds_assessment *a);
const char *label_condition(const char *admin_condition);
/* The claim's name, or the code itself when the catalog lacks it. */
const char *label_claim(const char *subject, const char *code);
/* The claim's slot (1-4) in the export, 0 when it has none. */
int label_claim_slot(const char *subject, const char *code);
const char *label_trait(const char *trait);
const char *label_trait_meaning(const char *trait);
const char *label_genre(const char *genre);
/* Grade 0 is kindergarten; negative means unknown (empty text). */
void label_grade(struct buf *b, int grade);
/* "Last, First", or a placeholder when the store has no name. */
void label_student(struct buf *b, const struct ds_student *p);
/* Whether an ELPAC score code is a composite (oral, written). */
int label_is_composite(const char *code);

#endif
