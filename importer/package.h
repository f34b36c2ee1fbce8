/*
 * Assessment packages: one row per item, each naming its assessment
 * (AssessmentId, the natural id TRT documents use) with its subject,
 * grade, type, kind and, when given, its scale and level cuts.  A file
 * creates or refines its assessments and replaces their items.
 */
#ifndef SCOREBOOK_PACKAGE_H
#define SCOREBOOK_PACKAGE_H

#include "delimited_job.h"

/* Returns 0, -1 when the file has errors, or a store failure below -1. */
int package_import(struct delimited_job *job);

#endif
