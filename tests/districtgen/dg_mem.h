/*
 * Allocation helpers for districtgen. They never return NULL: when memory
 * runs out they print the size asked for and abort. The caller owns every
 * block they return and frees it with free().
 */
#ifndef DG_MEM_H
#define DG_MEM_H

#include <stddef.h>

void *dg_xmalloc(size_t size);
void *dg_xcalloc(size_t count, size_t size);
void *dg_xrealloc(void *ptr, size_t size);
char *dg_xstrdup(const char *s);

#endif
