/*
 * A minimal unit-test harness: each check prints one TAP line, and
 * unit_done() returns the exit status for main.
 */
#ifndef SCOREBOOK_UNIT_H
#define SCOREBOOK_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_count, unit_failures;

static inline void unit_check(int ok, const char *what, const char *file,
			      int line)
{
	unit_count++;
	if (ok) {
		printf("ok %d - %s\n", unit_count, what);
		return;
	}
	unit_failures++;
	printf("not ok %d - %s\n# at %s:%d\n", unit_count, what, file, line);
}

#define CHECK(cond, what) unit_check(!!(cond), (what), __FILE__, __LINE__)
#define CHECK_STR(got, want, what)                                             \
	unit_check((got) && !strcmp((got), (want)), (what), __FILE__, __LINE__)

static inline int unit_done(void)
{
	fflush(stdout);
	return unit_failures ? 1 : 0;
}

#endif
