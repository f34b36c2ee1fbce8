#include "sitedir.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "log.h"
#include "xalloc.h"

#define ASSET_MAX ((size_t)8 << 20)

/* A templates folder has at least its home page template. */
static int looks_right(const char *dir)
{
	char path[PATH_MAX + 32];

	snprintf(path, sizeof(path), "%s/home.html", dir);
	return access(path, R_OK) == 0;
}

/*
 * Beside the program: the source tree's site-templates for bin/ and for
 * the sanitizer build's build/san/bin/ alike, then the installed copy.
 */
static const char *const search[] = {
	"../site-templates",
	"../../site-templates",
	"../../../site-templates",
	"../share/scorebook/site-templates",
};

int sitedir_find(const char *given, char *out, size_t size)
{
	char exe[PATH_MAX], *dir;
	ssize_t n;
	size_t i;

	if (given) {
		snprintf(out, size, "%s", given);
		if (looks_right(out))
			return 0;
		log_error("%s: not a templates folder (no home.html)", given);
		return -1;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n < 0) {
		log_error("cannot find the program's folder: %s",
			  strerror(errno));
		return -1;
	}
	exe[n] = '\0';
	dir = dirname(exe);
	for (i = 0; i < sizeof(search) / sizeof(search[0]); i++) {
		snprintf(out, size, "%s/%s", dir, search[i]);
		if (looks_right(out))
			return 0;
	}
	log_error("no site templates next to the program; use --templates");
	return -1;
}

static int plain_name(const char *name)
{
	const char *p;

	if (name[0] == '.' || !name[0])
		return 0;
	for (p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '.' || *p == '-' ||
		      *p == '_'))
			return 0;
	return 1;
}

static int read_asset(const char *dir, const char *name,
		      struct sitedir_asset *a)
{
	char path[PATH_MAX + 256];
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f) {
		log_error("%s: %s", path, strerror(errno));
		return -1;
	}
	buf_init(&b, ASSET_MAX);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (b.overflowed) {
		log_error("%s: larger than %zu bytes", path, ASSET_MAX);
		buf_release(&b);
		return -1;
	}
	a->name = xstrdup(name);
	a->len = b.len;
	a->data = buf_detach(&b);
	return 0;
}

static int by_name(const void *x, const void *y)
{
	return strcmp(((const struct sitedir_asset *)x)->name,
		      ((const struct sitedir_asset *)y)->name);
}

int sitedir_assets(const char *templates, struct sitedir_assets *out)
{
	char dir[PATH_MAX];
	struct dirent *de;
	DIR *d;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	snprintf(dir, sizeof(dir), "%s/assets", templates);
	d = opendir(dir);
	if (!d) {
		log_error("%s: %s", dir, strerror(errno));
		return -1;
	}
	while (rc == 0 && (de = readdir(d)) != NULL) {
		if (!plain_name(de->d_name))
			continue;
		out->items = xrealloc(out->items, (size_t)(out->count + 1) *
						      sizeof(*out->items));
		rc = read_asset(dir, de->d_name, &out->items[out->count]);
		out->count += rc == 0;
	}
	closedir(d);
	if (out->count)
		qsort(out->items, (size_t)out->count, sizeof(*out->items),
		      by_name);
	return rc;
}

void sitedir_release(struct sitedir_assets *a)
{
	int i;

	for (i = 0; i < a->count; i++) {
		free(a->items[i].name);
		free(a->items[i].data);
	}
	free(a->items);
	memset(a, 0, sizeof(*a));
}
