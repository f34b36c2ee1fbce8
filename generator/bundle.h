/*
 * A bundle being built: every file of it in memory, by path, so that it
 * can be checksummed, listed in its manifest and written out in one go,
 * as a folder or as a zip, in a fixed order.
 *
 * The bundle owns the paths and contents it holds until
 * bundle_release().
 */
#ifndef SCOREBOOK_BUNDLE_H
#define SCOREBOOK_BUNDLE_H

#include <stddef.h>

#include "buf.h"
#include "digest.h"

struct bundle_file {
	char *path; /* relative to the bundle's root, '/'-separated */
	char *data;
	size_t len;
};

struct bundle {
	struct bundle_file *files;
	int count, alloc;
	size_t bytes;
};

/* What the manifest says the bundle covers. */
struct bundle_scope {
	const char *school_id, *school_name, *district_id, *district_name;
	int year; /* 0: every year */
};

void bundle_init(struct bundle *b);
void bundle_release(struct bundle *b);

/* Add a file, taking the buffer's contents (the buffer is emptied). */
void bundle_take(struct bundle *b, const char *path, struct buf *content);
/* Add a file with a copy of data. */
void bundle_add(struct bundle *b, const char *path, const void *data,
		size_t len);

/*
 * Sort the files by path and add manifest.json, listing every other
 * file with its size and SHA-256; hex gets the manifest's own digest.
 * Fails when two files share a path.
 */
int bundle_finish(struct bundle *b, const struct bundle_scope *scope,
		  char hex[DIGEST_HEX_LEN + 1]);

#endif
