/*
 * The reporting system's district and school export: comma-separated,
 * one row per exam, interim and summative alike, with CamelCase or
 * UPPER_SNAKE_CASE column names.  Each row is filed under the
 * assessment its AssessmentName names.
 */
#ifndef SCOREBOOK_EXPORT_H
#define SCOREBOOK_EXPORT_H

#include "delimited_job.h"

/* Returns 0, -1 when the file has errors, or a store failure below -1. */
int export_import(struct delimited_job *job);

#endif
