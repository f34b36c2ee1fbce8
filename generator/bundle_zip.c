#include "bundle_zip.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "log.h"

/* MS-DOS date of 1980-01-01 (day 1, month 1, year 0) at 00:00:00. */
#define DOS_DATE ((0 << 9) | (1 << 5) | 1)
#define DOS_TIME 0
/* A regular file readable by its owner only, in the Unix attribute bits. */
#define ENTRY_ATTRIBUTES ((zip_uint32_t)0100600 << 16)

static int add_entry(zip_t *za, const struct bundle_file *f,
		     const char *passphrase)
{
	zip_source_t *src = zip_source_buffer(za, f->data, f->len, 0);
	zip_int64_t idx;

	if (!src)
		return -1;
	idx = zip_file_add(za, f->path, src, ZIP_FL_ENC_UTF_8);
	if (idx < 0) {
		zip_source_free(src);
		return -1;
	}
	if (zip_file_set_dostime(za, (zip_uint64_t)idx, DOS_TIME, DOS_DATE, 0) <
		0 ||
	    zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0,
					     ZIP_OPSYS_UNIX,
					     ENTRY_ATTRIBUTES) < 0 ||
	    zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_DEFLATE, 6) <
		0)
		return -1;
	if (passphrase &&
	    zip_file_set_encryption(za, (zip_uint64_t)idx, ZIP_EM_AES_256,
				    passphrase) < 0)
		return -1;
	return 0;
}

static int write_zip(const struct bundle *b, const char *path,
		     const char *passphrase)
{
	int i, err = 0;
	zip_t *za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);

	if (!za) {
		log_error("%s: cannot create the archive (libzip error %d)",
			  path, err);
		return -1;
	}
	for (i = 0; i < b->count; i++) {
		if (add_entry(za, &b->files[i], passphrase) < 0) {
			log_error("%s: %s: %s", path, b->files[i].path,
				  zip_strerror(za));
			zip_discard(za);
			return -1;
		}
	}
	if (zip_close(za) < 0) {
		log_error("%s: %s", path, zip_strerror(za));
		zip_discard(za);
		return -1;
	}
	return 0;
}

static int digest_file(const char *path, char *hex)
{
	FILE *f = fopen(path, "rb");
	struct digest_ctx *ctx;
	char chunk[65536];
	size_t n;

	if (!f)
		return -1;
	ctx = digest_start();
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		digest_update(ctx, chunk, n);
	digest_finish(ctx, hex);
	return fclose(f);
}

int bundle_zip_write(const struct bundle *b, const char *outdir,
		     const char *name, char hex[DIGEST_HEX_LEN + 1])
{
	return bundle_zip_write_sealed(b, outdir, name, NULL, hex);
}

int bundle_zip_write_sealed(const struct bundle *b, const char *outdir,
			    const char *name, const char *passphrase,
			    char hex[DIGEST_HEX_LEN + 1])
{
	char tmp[4096], final[4096];

	snprintf(tmp, sizeof(tmp), "%s/.%s.zip.tmp-%ld", outdir, name,
		 (long)getpid());
	snprintf(final, sizeof(final), "%s/%s.zip", outdir, name);
	if (write_zip(b, tmp, passphrase) < 0) {
		unlink(tmp);
		return -1;
	}
	if (chmod(tmp, 0600) < 0 || digest_file(tmp, hex) < 0 ||
	    rename(tmp, final) < 0) {
		log_error("%s: %s", final, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}
