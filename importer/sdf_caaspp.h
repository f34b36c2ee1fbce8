/*
 * The CAASPP student score data file: caret-delimited, one row per
 * student per test, for Smarter Balanced, CAA, CAST and CSA results.
 * Each row becomes an exam of a summative assessment named
 * SDF-<family>-<subject>-<grade>-<school year>.
 */
#ifndef SCOREBOOK_SDF_CAASPP_H
#define SCOREBOOK_SDF_CAASPP_H

#include "delimited_job.h"

/* Returns 0, -1 when the file has errors, or a store failure below -1. */
int sdf_caaspp_import(struct delimited_job *job);

#endif
