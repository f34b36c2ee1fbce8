/*
 * Organization files: the caret-delimited CDS list and the state's
 * tab-delimited public school directory.  Both name districts and
 * schools by CDS code (2 county, 5 district, 7 school digits; a school
 * part of 0000000 names a district); a later file updates the names.
 */
#ifndef SCOREBOOK_ORGANIZATIONS_H
#define SCOREBOOK_ORGANIZATIONS_H

#include "delimited_job.h"

/* Each returns 0, -1 when the file has errors, or a store failure. */
int organizations_import_cds(struct delimited_job *job);
int organizations_import_directory(struct delimited_job *job);

#endif
