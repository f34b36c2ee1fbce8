/*
 * Writing a finished bundle as a folder, OUTDIR/NAME/, atomically: the
 * files go to a hidden temporary folder beside it, which then takes the
 * final name in one rename, so a crash never leaves half a bundle.
 */
#ifndef SCOREBOOK_BUNDLE_DIR_H
#define SCOREBOOK_BUNDLE_DIR_H

#include "bundle.h"

/* 0, or -1 after logging what failed. */
int bundle_dir_write(const struct bundle *b, const char *outdir,
		     const char *name);

/* Remove a folder and everything under it; 0 or -1. */
int bundle_dir_remove(const char *path);

#endif
