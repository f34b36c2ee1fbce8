#include "dg_mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void dg_mem_fail(size_t size)
{
	fprintf(stderr, "districtgen: out of memory allocating %zu bytes\n",
		size);
	abort();
}

void *dg_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		dg_mem_fail(size);
	return p;
}

void *dg_xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (!p)
		dg_mem_fail(count * size);
	return p;
}

void *dg_xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		dg_mem_fail(size);
	return p;
}

char *dg_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = dg_xmalloc(n);

	memcpy(p, s, n);
	return p;
}
