/*
 * What the reports need to know about codes, apart from their words
 * (those come from the message catalog, see words.h): how many levels
 * an assessment reports, a claim's slot, an assessment's name as the
 * store gives it, the subject code of the reporting-system export.
 * Every string returned is static or belongs to the store's data.
 */
#ifndef SCOREBOOK_LABEL_H
#define SCOREBOOK_LABEL_H

#include "dataset.h"

/* How many levels an assessment reports (3 for interim blocks). */
int label_level_count(const struct ds_assessment *a);
/* The subject as the reporting-system export names it: Math, ELA, ... */
const char *label_export_subject(const struct ds_assessment *a);
/* The assessment's name for people: its label, else its id. */
const char *label_assessment(const struct ds_assessment *a);
/* The claim's slot (1-4) in the export, 0 when it has none. */
int label_claim_slot(const char *subject, const char *code);
/* Whether an ELPAC score code is a composite (oral, written). */
int label_is_composite(const char *code);

#endif
