/*
 * The audit export.  It is written to a temporary file and renamed, so
 * a reader never sees half of it.
 */
#include "audit_csv.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "escape.h"
#include "log.h"
#include "store_audit.h"

static const char *const header =
    "event,time,operator,login,file,school,scope,format,verdict,sha256,"
    "encryption,rows,inserted,updated,unchanged,deleted,students,files\r\n";

static int add_row(void *ctx, const struct store_audit_row *r)
{
	struct buf *b = ctx;
	const char *cells[] = { r->event,  r->time,	 r->operator_name,
				r->login,  r->file,	 r->school,
				r->scope,  r->format,	 r->verdict,
				r->sha256, r->encryption };
	size_t i;

	for (i = 0; i < sizeof(cells) / sizeof(cells[0]); i++) {
		if (i)
			buf_putc(b, ',');
		escape_csv(b, cells[i]);
	}
	buf_printf(b, ",%d,%d,%d,%d,%d,%d,%d\r\n", r->rows, r->inserted,
		   r->updated, r->unchanged, r->deleted, r->students, r->files);
	return 0;
}

static int save(const char *outdir, const char *name, const struct buf *b)
{
	char tmp[PATH_MAX], path[PATH_MAX];
	FILE *f;
	int rc;

	snprintf(path, sizeof(path), "%s/%s", outdir, name);
	snprintf(tmp, sizeof(tmp), "%s/.%s.tmp-%ld", outdir, name,
		 (long)getpid());
	if (!(f = fopen(tmp, "wb"))) {
		log_error("%s: %s", tmp, strerror(errno));
		return -1;
	}
	rc = fwrite(b->data, 1, b->len, f) == b->len ? 0 : -1;
	if (fclose(f) != 0 || rc < 0 || chmod(tmp, 0600) < 0 ||
	    rename(tmp, path) < 0) {
		log_error("%s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

int audit_csv_write(struct store *s, const char *outdir, const char *name)
{
	struct buf b = BUF_INIT;
	int rc;

	buf_puts(&b, header);
	rc = store_audit_read(s, add_row, &b);
	if (rc < 0)
		log_error("audit: %s", store_error(s));
	else
		rc = save(outdir, name, &b);
	buf_release(&b);
	return rc;
}
