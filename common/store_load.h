/*
 * Rows for a bulk load (COPY ... FROM STDIN in PostgreSQL's text
 * format), built one field at a time with the same values the binding
 * functions of store_internal.h would pass, so that a loaded row equals
 * the one an INSERT would have written.  The load owns its text until
 * store_load_release().  Only the store's own files include this.
 */
#ifndef SCOREBOOK_STORE_LOAD_H
#define SCOREBOOK_STORE_LOAD_H

#include <stdint.h>

#include "buf.h"
#include "store_internal.h"

struct store_load {
	struct buf rows;
	int fields; /* in the row being built */
	int count;  /* rows ended so far */
};

void store_load_init(struct store_load *l);
void store_load_release(struct store_load *l);

/* NULL text loads NULL. */
void store_load_text(struct store_load *l, const char *v);
void store_load_int(struct store_load *l, int64_t v);
/* NULL when flag is negative (unknown). */
void store_load_flag(struct store_load *l, int flag);
/* NULL when id is 0 (no row). */
void store_load_id(struct store_load *l, int64_t id);
/* NULL unless has. */
void store_load_num(struct store_load *l, int has, double v);
void store_load_end_row(struct store_load *l);

/*
 * Run copy_sql (COPY table (columns) FROM STDIN) with the rows built so
 * far, then empty the load.  Nothing is sent when there are no rows.
 */
int store_load_send(struct store *s, struct store_load *l, const char *copy_sql,
		    const char *context);

#endif
