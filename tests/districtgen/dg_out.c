#include "dg_out.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int dg_out_fail(const char *path, const char *what)
{
	fprintf(stderr, "districtgen: %s: %s\n", path, what);
	return -1;
}

/* The C library's reason for errno, starting lowercase like ours. */
static int dg_out_fail_errno(const char *path)
{
	char what[256];

	snprintf(what, sizeof(what), "%s", strerror(errno));
	what[0] = (char)tolower((unsigned char)what[0]);
	return dg_out_fail(path, what);
}

static int dg_out_mkdir_one(const char *path)
{
	struct stat st;

	if (mkdir(path, 0777) == 0)
		return 0;
	if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	if (errno == EEXIST)
		return dg_out_fail(path, "exists and is not a directory");
	return dg_out_fail_errno(path);
}

int dg_out_mkdirs(const char *path)
{
	char tmp[4096];
	size_t i, n = strlen(path);

	if (n == 0 || n >= sizeof(tmp))
		return dg_out_fail(path, "bad output path");
	memcpy(tmp, path, n + 1);
	for (i = 1; i < n; i++) {
		if (tmp[i] != '/')
			continue;
		tmp[i] = '\0';
		if (dg_out_mkdir_one(tmp) < 0)
			return -1;
		tmp[i] = '/';
	}
	return dg_out_mkdir_one(tmp);
}

/* Only names this program writes: digits then ".xml". */
static int dg_out_numbered(const char *name)
{
	size_t i = 0;

	while (name[i] >= '0' && name[i] <= '9')
		i++;
	return i > 0 && strcmp(name + i, ".xml") == 0;
}

int dg_out_clear_numbered(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *ent;
	char path[4096];
	int rc = 0;

	if (!d)
		return dg_out_fail_errno(dir);
	while ((ent = readdir(d)) != NULL) {
		if (!dg_out_numbered(ent->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, ent->d_name);
		if (unlink(path) != 0)
			rc = dg_out_fail_errno(path);
	}
	closedir(d);
	return rc;
}

int dg_out_open(struct dg_out *o, const char *dir, const char *name)
{
	int n = snprintf(o->path, sizeof(o->path), "%s/%s", dir, name);

	o->f = NULL;
	if (n < 0 || (size_t)n >= sizeof(o->path))
		return dg_out_fail(name, "output path too long");
	o->f = fopen(o->path, "wb");
	if (!o->f)
		return dg_out_fail_errno(o->path);
	return 0;
}

int dg_out_put(struct dg_out *o, struct dg_buf *b)
{
	if (b->len && fwrite(b->data, 1, b->len, o->f) != b->len) {
		dg_buf_reset(b);
		return dg_out_fail_errno(o->path);
	}
	dg_buf_reset(b);
	return 0;
}

int dg_out_close(struct dg_out *o)
{
	int bad;

	if (!o->f)
		return 0;
	bad = ferror(o->f);
	if (fclose(o->f) != 0)
		bad = 1;
	o->f = NULL;
	if (bad)
		return dg_out_fail(o->path, "write failed");
	return 0;
}

int dg_out_file(const char *dir, const char *name, const struct dg_buf *b)
{
	struct dg_out o;

	if (dg_out_open(&o, dir, name) < 0)
		return -1;
	if (b->len && fwrite(b->data, 1, b->len, o.f) != b->len) {
		dg_out_fail_errno(o.path);
		fclose(o.f);
		return -1;
	}
	return dg_out_close(&o);
}
