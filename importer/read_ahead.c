#include "read_ahead.h"

#include <string.h>

/* The worker's task: read one document into its unit. */
static int read_unit(void *arg)
{
	struct ahead_unit *a = arg;

	a->read_rc = trt_read(a->owner->schema, a->unit.data, a->unit.len,
			      &a->exam, &a->errors);
	return 0;
}

static int clamp_workers(int workers)
{
	if (workers < 1)
		return 1;
	return workers < READ_AHEAD_MAX_WORKERS ? workers
						: READ_AHEAD_MAX_WORKERS;
}

/*
 * Twice the cores: the filing thread also waits, for the disk and for
 * the oldest document, and with more documents in hand the cores stay
 * busy meanwhile (on two cores, four workers imported a district's TRT
 * files 1.6 times as fast as before, one worker 1.3 times).
 */
int read_ahead_workers_for(int cores)
{
	return clamp_workers(2 * cores);
}

void read_ahead_init(struct read_ahead *ra, struct trt_schema *schema,
		     int workers)
{
	int i;

	memset(ra, 0, sizeof(*ra));
	ra->schema = schema;
	ra->workers = clamp_workers(workers);
	for (i = 0; i < ra->workers; i++)
		batch_thread_init(&ra->worker[i], read_unit);
	for (i = 0; i <= ra->workers; i++) {
		ra->unit[i].owner = ra;
		ra->unit[i].worker = -1;
		exam_init(&ra->unit[i].exam);
	}
}

void read_ahead_release(struct read_ahead *ra)
{
	int i;

	for (i = 0; i < ra->workers; i++)
		batch_thread_release(&ra->worker[i]);
	for (i = 0; i <= ra->workers; i++) {
		exam_release(&ra->unit[i].exam);
		diag_clear(&ra->unit[i].errors);
		buf_release(&ra->unit[i].name);
		buf_release(&ra->unit[i].data);
	}
	memset(ra, 0, sizeof(*ra));
}

static struct ahead_unit *at(struct read_ahead *ra, int nth)
{
	return &ra->unit[(ra->head + nth) % (ra->workers + 1)];
}

/* Wait until the unit is read; its worker is then free. */
static void finish_reading(struct read_ahead *ra, struct ahead_unit *a)
{
	if (a->worker < 0)
		return;
	batch_thread_wait(&ra->worker[a->worker]);
	a->worker = -1;
}

/* A worker holding no unit, after waiting for the oldest if need be. */
static int free_worker(struct read_ahead *ra)
{
	int busy[READ_AHEAD_MAX_WORKERS] = { 0 };
	int i, w;

	for (i = 0; i < ra->count; i++)
		if ((w = at(ra, i)->worker) >= 0)
			busy[w] = 1;
	for (w = 0; w < ra->workers; w++)
		if (!busy[w])
			return w;
	w = at(ra, 0)->worker;
	finish_reading(ra, at(ra, 0));
	return w;
}

/* Keep the unit: its data's buffer is taken, or else its data copied. */
static void keep_unit(struct ahead_unit *a, const struct source_unit *u,
		      const char *sha)
{
	struct buf spare = a->data;

	buf_reset(&a->name);
	buf_puts(&a->name, u->name);
	if (u->held && u->held->data == u->data) {
		a->data = *u->held;
		*u->held = spare;
	} else {
		buf_reset(&a->data);
		buf_add(&a->data, u->data, u->len);
	}
	a->unit.name = buf_cstr(&a->name);
	a->unit.data = buf_cstr(&a->data);
	a->unit.len = u->len;
	a->unit.problem = NULL;
	a->unit.held = NULL;
	memcpy(a->sha, sha, sizeof(a->sha));
	exam_reset(&a->exam);
	diag_clear(&a->errors);
	a->read_rc = 0;
}

struct ahead_unit *read_ahead_take(struct read_ahead *ra,
				   const struct source_unit *u, const char *sha)
{
	struct ahead_unit *a = at(ra, ra->count);
	int w = free_worker(ra);

	keep_unit(a, u, sha);
	a->worker = w;
	ra->count++;
	batch_thread_hand(&ra->worker[w], a);
	return ra->count > ra->workers ? read_ahead_oldest(ra) : NULL;
}

struct ahead_unit *read_ahead_oldest(struct read_ahead *ra)
{
	struct ahead_unit *a;

	if (ra->count == 0)
		return NULL;
	a = at(ra, 0);
	finish_reading(ra, a);
	return a;
}

void read_ahead_done(struct read_ahead *ra)
{
	if (ra->count == 0)
		return;
	ra->head = (ra->head + 1) % (ra->workers + 1);
	ra->count--;
}
