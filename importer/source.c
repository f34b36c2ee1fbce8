#include "source.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zip.h>

#include "buf.h"
#include "xalloc.h"

static int report(source_fn fn, void *ctx, const char *name,
		  const char *problem)
{
	struct source_unit u = { name, NULL, 0, problem, NULL };

	return fn(ctx, &u);
}

static int read_fd(int fd, size_t hint, struct buf *out, const char **why)
{
	char chunk[65536];
	ssize_t n;

	buf_init(out, SOURCE_MAX_FILE);
	if (hint)
		buf_grow(out, hint);
	while ((n = read(fd, chunk, sizeof(chunk))) > 0) {
		buf_add(out, chunk, (size_t)n);
		if (out->overflowed) {
			*why = "larger than the 1 GB limit";
			return -1;
		}
	}
	if (n < 0) {
		*why = strerror(errno);
		return -1;
	}
	return 0;
}

static int is_unsafe_entry(const char *name)
{
	const char *p = name;

	if (name[0] == '/' || name[0] == '\\' || strchr(name, ':'))
		return 1;
	while ((p = strstr(p, "..")) != NULL) {
		int starts = p == name || p[-1] == '/' || p[-1] == '\\';
		int ends = p[2] == '\0' || p[2] == '/' || p[2] == '\\';

		if (starts && ends)
			return 1;
		p += 2;
	}
	return 0;
}

/* Read an entry whose declared size must match what it inflates to. */
static int read_entry(zip_t *z, zip_uint64_t i, const zip_stat_t *st,
		      struct buf *out, const char **why)
{
	zip_file_t *f = zip_fopen_index(z, i, 0);
	char probe;
	zip_int64_t n;

	if (!f) {
		*why = zip_strerror(z);
		return -1;
	}
	buf_init(out, SOURCE_MAX_FILE);
	buf_grow(out, (size_t)st->size);
	n = zip_fread(f, out->data, st->size);
	if (n >= 0 && (zip_uint64_t)n == st->size &&
	    zip_fread(f, &probe, 1) == 0) {
		out->len = (size_t)n;
		out->data[n] = '\0';
		zip_fclose(f);
		return 0;
	}
	*why = n < 0 ? zip_file_strerror(f)
		     : "declared size does not match its content";
	zip_fclose(f);
	return -1;
}

static int walk_zip_entries(zip_t *z, const char *path, source_fn fn, void *ctx)
{
	zip_int64_t count = zip_get_num_entries(z, 0), i;
	size_t total = 0;
	int rc = 0;

	for (i = 0; i < count && rc >= 0; i++) {
		struct buf name = BUF_INIT, data = BUF_INIT;
		const char *why = NULL;
		zip_stat_t st;

		if (zip_stat_index(z, (zip_uint64_t)i, 0, &st) < 0)
			continue;
		buf_printf(&name, "%s:%s", path, st.name);
		if (st.name[0] && st.name[strlen(st.name) - 1] == '/') {
			buf_release(&name);
			continue;
		}
		if (is_unsafe_entry(st.name))
			why = "entry name leaves the archive (absolute or ..)";
		else if (st.size > SOURCE_MAX_FILE ||
			 st.size > SOURCE_MAX_ZIP_TOTAL - total)
			why = "uncompressed size over the limit";
		if (!why &&
		    read_entry(z, (zip_uint64_t)i, &st, &data, &why) == 0) {
			struct source_unit u = { name.data, data.data, data.len,
						 NULL, &data };

			total += data.len;
			rc = fn(ctx, &u);
		} else {
			rc = report(fn, ctx, name.data, why);
		}
		buf_release(&data);
		buf_release(&name);
	}
	return rc;
}

static int walk_zip(const char *path, source_fn fn, void *ctx)
{
	int err = 0, rc;
	zip_t *z = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &err);

	if (!z) {
		zip_error_t ze;

		zip_error_init_with_code(&ze, err);
		rc = report(fn, ctx, path, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return rc;
	}
	rc = walk_zip_entries(z, path, fn, ctx);
	zip_discard(z);
	return rc;
}

static int is_zip(int fd)
{
	unsigned char magic[4];

	if (pread(fd, magic, 4, 0) != 4)
		return 0;
	return magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 &&
	       magic[3] == 4;
}

static int walk_file(const char *path, int fd, const struct stat *st,
		     source_fn fn, void *ctx)
{
	struct buf data = BUF_INIT;
	const char *why = NULL;
	int rc;

	if (fd != 0 && is_zip(fd)) {
		close(fd);
		return walk_zip(path, fn, ctx);
	}
	if (st && (size_t)st->st_size > SOURCE_MAX_FILE) {
		why = "larger than the 1 GB limit";
		rc = -1;
	} else {
		rc = read_fd(fd, st ? (size_t)st->st_size : 0, &data, &why);
	}
	if (fd != 0)
		close(fd);
	if (rc < 0) {
		if (!why)
			why = "cannot read";
		rc = report(fn, ctx, path, why);
	} else {
		struct source_unit u = { path, buf_cstr(&data), data.len, NULL,
					 &data };

		rc = fn(ctx, &u);
	}
	buf_release(&data);
	return rc;
}

static int skip_entry(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

static int walk_dir(const char *path, source_fn fn, void *ctx)
{
	struct dirent **names;
	int n = scandir(path, &names, skip_entry, alphasort), i, rc = 0;

	if (n < 0)
		return report(fn, ctx, path, strerror(errno));
	for (i = 0; i < n; i++) {
		struct buf child = BUF_INIT;

		buf_printf(&child, "%s/%s", path, names[i]->d_name);
		if (rc >= 0)
			rc = source_walk(child.data, fn, ctx);
		buf_release(&child);
		free(names[i]);
	}
	free(names);
	return rc;
}

int source_walk(const char *path, source_fn fn, void *ctx)
{
	struct stat st;
	int fd;

	if (!strcmp(path, "-"))
		return walk_file("-", 0, NULL, fn, ctx);
	/* Look before opening: opening a FIFO would wait for a writer. */
	if (stat(path, &st) < 0)
		return report(fn, ctx, path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return walk_dir(path, fn, ctx);
	if (!S_ISREG(st.st_mode))
		return report(fn, ctx, path, "not a regular file");
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return report(fn, ctx, path, strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return report(fn, ctx, path, "not a regular file");
	}
	return walk_file(path, fd, &st, fn, ctx);
}
