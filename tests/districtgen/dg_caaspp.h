/*
 * caaspp.txt: a CAASPP student score data file with the district's
 * summative results (Smarter Balanced ELA and math, CAST) of the school
 * year before the first generated one. Reads the world; returns 0 or -1
 * after reporting.
 */
#ifndef DG_CAASPP_H
#define DG_CAASPP_H

#include "dg_world.h"

/* rows < 0 writes the district's natural rows, else exactly rows rows. */
int dg_caaspp_write(const struct dg_world *w, const char *dir, long rows);

#endif
