/*
 * Where each page and file of a bundle lives, and the relative links
 * between them.  Paths are built only from ids, years and slugs of
 * assessment ids: never from a name or an SSID.  Every function appends
 * to a buffer the caller owns.
 */
#ifndef SCOREBOOK_PATHS_H
#define SCOREBOOK_PATHS_H

#include "buf.h"
#include "dataset.h"

enum paths_view { PATHS_RESULTS, PATHS_ITEMS, PATHS_TARGETS };

/* The folder of the school's own views. */
#define PATHS_SCHOOL_DIR "reports"

/* Lowercase letters, digits and single dashes, at most 48 bytes. */
void paths_slug(struct buf *b, const char *text);
/* DIR/results-2025-<slug>-a<id>SUFFIX, and so on per view. */
void paths_view(struct buf *b, const char *dir, enum paths_view view,
		const struct ds_assessment *a, int year, const char *suffix);
void paths_dashboard(struct buf *b, const char *dir, int year,
		     const char *suffix);
/* students/s<row id>SUFFIX: an opaque, stable name. */
void paths_student(struct buf *b, const struct ds_student *p,
		   const char *suffix);
/* groups/g<row id> */
void paths_group_dir(struct buf *b, const struct ds_group *g);
/* The link from page `from` to file `to`, both bundle paths,
 * percent-encoded for an href. */
void paths_link(struct buf *b, const char *from, const char *to);

#endif
