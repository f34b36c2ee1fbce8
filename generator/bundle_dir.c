#include "bundle_dir.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"

/* Bundles hold student records: only their owner may read them. */
#define DIR_MODE  0700
#define FILE_MODE 0600

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

int bundle_dir_remove(const char *path)
{
	if (access(path, F_OK) != 0)
		return 0;
	return nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Create every folder on the way to path's last component. */
static int make_parents(char *path)
{
	char *slash;

	for (slash = strchr(path + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(path, DIR_MODE) < 0 && errno != EEXIST) {
			log_error("%s: %s", path, strerror(errno));
			*slash = '/';
			return -1;
		}
		*slash = '/';
	}
	return 0;
}

static int write_all(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, FILE_MODE);

	if (fd < 0)
		return -1;
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return close(fd);
}

static int write_files(const struct bundle *b, const char *root)
{
	char path[4096];
	int i;

	if (mkdir(root, DIR_MODE) < 0) {
		log_error("%s: %s", root, strerror(errno));
		return -1;
	}
	for (i = 0; i < b->count; i++) {
		const struct bundle_file *f = &b->files[i];

		if ((size_t)snprintf(path, sizeof(path), "%s/%s", root,
				     f->path) >= sizeof(path)) {
			log_error("%s: path too long", f->path);
			return -1;
		}
		if (make_parents(path) < 0)
			return -1;
		if (write_all(path, f->data, f->len) < 0) {
			log_error("%s: %s", path, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* Put the new folder in place; an old bundle is swapped out, then removed. */
static int publish(const char *tmp, const char *final)
{
	if (rename(tmp, final) == 0)
		return 0;
	if (errno != EEXIST && errno != ENOTEMPTY && errno != EISDIR)
		return -1;
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, final, RENAME_EXCHANGE) < 0)
		return -1;
	return bundle_dir_remove(tmp);
}

int bundle_dir_write(const struct bundle *b, const char *outdir,
		     const char *name)
{
	char tmp[4096], final[4096];

	snprintf(tmp, sizeof(tmp), "%s/.%s.tmp-%ld", outdir, name,
		 (long)getpid());
	snprintf(final, sizeof(final), "%s/%s", outdir, name);
	if (bundle_dir_remove(tmp) < 0 || write_files(b, tmp) < 0) {
		bundle_dir_remove(tmp);
		return -1;
	}
	if (publish(tmp, final) < 0) {
		log_error("%s: %s", final, strerror(errno));
		bundle_dir_remove(tmp);
		return -1;
	}
	return 0;
}
