/*
 * The maximum points an assessment package gives each item, for the TRT
 * items whose document does not know theirs (producers write maxScore
 * 0 then).  Each assessment's are read from the store the first time
 * one of its items is asked about and kept for the import; the importer
 * forgets them all when a file that may be a package comes in.
 */
#ifndef SCOREBOOK_ITEM_MAXIMA_H
#define SCOREBOOK_ITEM_MAXIMA_H

#include <stdint.h>

#include "store.h"
#include "strmap.h"

struct item_maxima {
	struct strmap points; /* "assessment id item key": the maximum */
	struct strmap loaded; /* "assessment id": read from the store */
};

#define ITEM_MAXIMA_INIT                                                       \
	{                                                                      \
		STRMAP_INIT, STRMAP_INIT                                       \
	}

/*
 * The package's maximum for the assessment's item: 1 and *max when the
 * package gives one, 0 when it does not, or a store failure.
 */
int item_maxima_get(struct item_maxima *m, struct store *s,
		    int64_t assessment_id, const char *item_key, int *max);
/* Forget every maximum read; they are read again when asked for. */
void item_maxima_forget(struct item_maxima *m);
void item_maxima_release(struct item_maxima *m);

#endif
