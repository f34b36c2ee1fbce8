/*
 * Reading TRT documents ahead of the store: while the importer files one
 * document, the next ones are parsed and validated on worker threads,
 * which is most of a document's cost.  Documents still come out in the
 * order they went in, and only the importer's thread touches the store.
 *
 * A unit handed in is kept: its data's buffer is taken when the walk
 * offers it (see source.h), else the data is copied, so the caller's
 * data may go as soon as read_ahead_take() returns.  A unit handed back holds
 * the read exam and the errors found reading it, and stays valid until
 * read_ahead_done().
 */
#ifndef SCOREBOOK_READ_AHEAD_H
#define SCOREBOOK_READ_AHEAD_H

#include "batch_thread.h"
#include "buf.h"
#include "diag.h"
#include "digest.h"
#include "exam.h"
#include "source.h"
#include "trt_reader.h"

/* Worker threads at most, whatever the machine's cores. */
#define READ_AHEAD_MAX_WORKERS 8
/*
 * The largest document read ahead: held copies stay a few megabytes in
 * all, while real documents are tens of kilobytes.  A larger one is
 * read by the filing thread, after those before it.
 */
#define READ_AHEAD_MAX_DOCUMENT ((size_t)4 << 20)

struct ahead_unit {
	struct source_unit unit; /* name and data are the copies below */
	struct buf name, data;
	char sha[DIGEST_HEX_LEN + 1];
	struct exam exam;
	struct diag_list errors;
	int read_rc; /* what trt_read returned */
	int worker;  /* the worker reading it, or -1 once read */
	struct read_ahead *owner;
};

struct read_ahead {
	struct trt_schema *schema;
	int workers;
	struct batch_thread worker[READ_AHEAD_MAX_WORKERS];
	/* One unit more than workers: one is filed while all are read. */
	struct ahead_unit unit[READ_AHEAD_MAX_WORKERS + 1];
	int head, count; /* the queue of units, oldest first */
};

/* Workers for a machine with cores cores. */
int read_ahead_workers_for(int cores);

void read_ahead_init(struct read_ahead *ra, struct trt_schema *schema,
		     int workers);
void read_ahead_release(struct read_ahead *ra);

/*
 * Queue a TRT unit whose digest is sha, to be read on a worker.  Returns
 * the oldest unit, read, when it is time to file it (every worker holds
 * a newer one), else NULL.
 */
struct ahead_unit *read_ahead_take(struct read_ahead *ra,
				   const struct source_unit *u,
				   const char *sha);

/* The oldest unit, read, or NULL when none is queued: to file them all. */
struct ahead_unit *read_ahead_oldest(struct read_ahead *ra);

/* The oldest unit is filed: its place is free again. */
void read_ahead_done(struct read_ahead *ra);

#endif
