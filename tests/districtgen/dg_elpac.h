/*
 * elpac.txt: a Summative ELPAC student score data file for the English
 * learners of every generated school year. Like real files it carries
 * student street addresses. Reads the world; returns 0 or -1 after
 * reporting.
 */
#ifndef DG_ELPAC_H
#define DG_ELPAC_H

#include "dg_world.h"

int dg_elpac_write(const struct dg_world *w, const char *dir);

#endif
