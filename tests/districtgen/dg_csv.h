/*
 * The small district files: organizations.txt (caret CDS list),
 * groups.csv (student groups) and grants.csv (who may see what). Each
 * returns 0, or -1 after reporting. Writing grants may add the district's
 * administrators to the staff list.
 */
#ifndef DG_CSV_H
#define DG_CSV_H

#include "dg_world.h"

int dg_csv_organizations(const struct dg_world *w, const char *dir);
int dg_csv_groups(const struct dg_world *w, const char *dir);
int dg_csv_grants(struct dg_world *w, const char *dir);

#endif
