/*
 * Allocation that cannot fail: on exhaustion the program stops with a
 * message naming the size.  Callers own what these return.
 */
#ifndef SCOREBOOK_XALLOC_H
#define SCOREBOOK_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);

#endif
