/*
 * One districtgen run: builds the synthetic district from the options
 * and writes every output file. Returns 0, or -1 after reporting what
 * could not be written.
 */
#ifndef DG_GEN_H
#define DG_GEN_H

#include "dg_opts.h"

int dg_gen_run(const struct dg_opts *o);

#endif
