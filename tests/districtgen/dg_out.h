/*
 * Writing files under the output folder. Every failure is reported on
 * stderr as "districtgen: <path>: <what went wrong>" and returned as -1;
 * callers only pass the -1 on. An open file belongs to its dg_out until
 * dg_out_close().
 */
#ifndef DG_OUT_H
#define DG_OUT_H

#include <stdio.h>

#include "dg_buf.h"

struct dg_out {
	FILE *f;
	char path[4096];
};

/* Report a failure on path and return -1. */
int dg_out_fail(const char *path, const char *what);
/* Create a folder and its parents when missing. */
int dg_out_mkdirs(const char *path);
/* Remove NNNNNN.xml files an earlier run left in a folder. */
int dg_out_clear_numbered(const char *dir);
int dg_out_open(struct dg_out *o, const char *dir, const char *name);
/* Write the buffer's text to the file and empty the buffer. */
int dg_out_put(struct dg_out *o, struct dg_buf *b);
/* Close the file; -1 when any write failed. Safe on a closed dg_out. */
int dg_out_close(struct dg_out *o);
/* Write a whole file from a buffer in one go. */
int dg_out_file(const char *dir, const char *name, const struct dg_buf *b);

#endif
