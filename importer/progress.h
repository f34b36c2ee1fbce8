/*
 * A progress line on stderr while importing, only when stderr is a
 * terminal and the user did not ask for quiet.
 */
#ifndef SCOREBOOK_PROGRESS_H
#define SCOREBOOK_PROGRESS_H

struct import_totals;

struct progress {
	int enabled;
	double started, last;
};

void progress_start(struct progress *p);
void progress_update(struct progress *p, const struct import_totals *t);
void progress_end(struct progress *p);

#endif
