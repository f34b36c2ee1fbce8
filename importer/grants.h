/*
 * Grants files: login,role,org, one grant a row.  Roles are state (org
 * empty), district, school, teacher and aggregate.  A file replaces all
 * the grants of every login it names.
 */
#ifndef SCOREBOOK_GRANTS_H
#define SCOREBOOK_GRANTS_H

#include "delimited_job.h"

/* Returns 0, -1 when the file has errors, or a store failure below -1. */
int grants_import(struct delimited_job *job);

#endif
