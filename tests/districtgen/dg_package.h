/*
 * The assessment package, assessments.csv: one row per item of every
 * assessment the TRT documents use, with the columns of the package the
 * reporting system loads. Reads the world; returns 0 or -1 after
 * reporting.
 */
#ifndef DG_PACKAGE_H
#define DG_PACKAGE_H

#include "dg_world.h"

int dg_package_write(const struct dg_world *w, const char *dir);

#endif
