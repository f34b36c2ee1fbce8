/*
 * Writes the plan's TRT documents as OUTDIR/trt/NNNNNN.xml, numbered in
 * delivery order. Reads the world only; returns 0 or -1 after reporting.
 */
#ifndef DG_EXAMS_H
#define DG_EXAMS_H

#include "dg_world.h"

int dg_exams_write(const struct dg_world *w, const char *outdir);

#endif
