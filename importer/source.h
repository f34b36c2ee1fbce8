/*
 * The inputs of an import: files, folders walked in sorted order, zip
 * archives read entry by entry, and standard input.  Each becomes one
 * unit, handed whole to a callback, which must not keep the data
 * unless it takes the buffer that holds it.
 */
#ifndef SCOREBOOK_SOURCE_H
#define SCOREBOOK_SOURCE_H

#include <stddef.h>

#include "buf.h"

/* Limits that keep hostile inputs from exhausting memory. */
#define SOURCE_MAX_FILE	     ((size_t)1 << 30)
#define SOURCE_MAX_ZIP_TOTAL ((size_t)4 << 30)

struct source_unit {
	const char *name; /* path, or "archive.zip:entry" */
	const char *data; /* NULL when the unit could not be read */
	size_t len;
	const char *problem; /* why it could not be read */
	/*
	 * The buffer data is in, when it is one: the callback may take it
	 * by swapping another buffer in, which the walk then frees.
	 */
	struct buf *held;
};

typedef int (*source_fn)(void *ctx, const struct source_unit *unit);

/*
 * Feed every unit under path to fn, in order.  Returns 0, or the first
 * negative value fn returned (which stops the walk).
 */
int source_walk(const char *path, source_fn fn, void *ctx);

#endif
