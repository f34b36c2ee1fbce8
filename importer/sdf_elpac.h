/*
 * The ELPAC student score data file: caret-delimited like the CAASPP
 * one, with overall, oral and written language scores and the four
 * domain levels.  Only the summative ELPAC (RecordType 21) has a scale
 * in the catalog; rows of other record types are skipped with a warning.
 */
#ifndef SCOREBOOK_SDF_ELPAC_H
#define SCOREBOOK_SDF_ELPAC_H

#include "delimited_job.h"

/* Returns 0, -1 when the file has errors, or a store failure below -1. */
int sdf_elpac_import(struct delimited_job *job);

#endif
