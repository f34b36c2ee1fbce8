#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "import.h"
#include "log.h"

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_start(struct progress *p)
{
	p->enabled = isatty(2) && log_get_level() >= LOG_NORMAL;
	p->started = p->last = now_seconds();
}

void progress_update(struct progress *p, const struct import_totals *t)
{
	double now, elapsed;
	long exams;

	if (!p->enabled)
		return;
	now = now_seconds();
	/* Redraw a few times a second at most: printing is not free. */
	if (now - p->last < 0.25)
		return;
	p->last = now;
	elapsed = now - p->started;
	exams = t->exams.inserted + t->exams.updated + t->exams.unchanged;
	fprintf(stderr, "\r%d files, %.0f exams/s, %d rejected   ", t->files,
		elapsed > 0 ? exams / elapsed : 0.0, t->rejected);
}

void progress_end(struct progress *p)
{
	if (p->enabled && now_seconds() - p->started >= 0.25)
		fputc('\n', stderr);
}
