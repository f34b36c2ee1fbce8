/*
 * README.txt: one paragraph on what each generated file is. Reads the
 * world; returns 0 or -1 after reporting.
 */
#ifndef DG_README_H
#define DG_README_H

#include "dg_world.h"

int dg_readme_write(const struct dg_world *w, const char *dir);

#endif
