/*
 * The site templates folder and its assets.  Without --templates it is
 * found beside the program: site-templates in the source tree (one to
 * three folders above the program's), else
 * <exe dir>/../share/scorebook/site-templates once installed.
 * The asset list owns its names and contents until sitedir_release().
 */
#ifndef SCOREBOOK_SITEDIR_H
#define SCOREBOOK_SITEDIR_H

#include <stddef.h>

struct sitedir_asset {
	char *name, *data;
	size_t len;
};

struct sitedir_assets {
	struct sitedir_asset *items; /* by name */
	int count;
};

/* Fill out with the folder to use; 0, or -1 after logging. */
int sitedir_find(const char *given, char *out, size_t size);
/* Read every plain file of DIR/assets; 0, or -1 after logging. */
int sitedir_assets(const char *dir, struct sitedir_assets *out);
void sitedir_release(struct sitedir_assets *a);

#endif
