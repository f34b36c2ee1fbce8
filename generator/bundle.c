#include "bundle.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "log.h"
#include "version.h"
#include "xalloc.h"

void bundle_init(struct bundle *b)
{
	memset(b, 0, sizeof(*b));
}

void bundle_release(struct bundle *b)
{
	int i;

	for (i = 0; i < b->count; i++) {
		free(b->files[i].path);
		free(b->files[i].data);
	}
	free(b->files);
	memset(b, 0, sizeof(*b));
}

static void push(struct bundle *b, const char *path, char *data, size_t len)
{
	struct bundle_file *f;

	if (b->count == b->alloc) {
		b->alloc = b->alloc ? 2 * b->alloc : 256;
		b->files = xrealloc(b->files, (size_t)b->alloc * sizeof(*f));
	}
	f = &b->files[b->count++];
	f->path = xstrdup(path);
	f->data = data;
	f->len = len;
	b->bytes += len;
}

void bundle_take(struct bundle *b, const char *path, struct buf *content)
{
	size_t len = content->len;

	push(b, path, buf_detach(content), len);
}

void bundle_add(struct bundle *b, const char *path, const void *data,
		size_t len)
{
	char *copy = xmalloc(len + 1);

	memcpy(copy, data, len);
	copy[len] = '\0';
	push(b, path, copy, len);
}

/* Byte order, so the order never depends on the locale. */
static int by_path(const void *x, const void *y)
{
	return strcmp(((const struct bundle_file *)x)->path,
		      ((const struct bundle_file *)y)->path);
}

static void put_scope(struct buf *m, const struct bundle_scope *sc)
{
	buf_puts(m, "\"scope\":{");
	json_put_member(m, "school", sc->school_id);
	buf_putc(m, ',');
	json_put_member(m, "school_name", sc->school_name);
	buf_putc(m, ',');
	json_put_member(m, "district", sc->district_id);
	buf_putc(m, ',');
	json_put_member(m, "district_name", sc->district_name);
	if (sc->year)
		buf_printf(m, ",\"year\":%d},\n", sc->year);
	else
		buf_puts(m, ",\"year\":null},\n");
}

static void put_file(struct buf *m, const struct bundle_file *f, int last)
{
	char hex[DIGEST_HEX_LEN + 1];

	digest_sha256_hex(f->data, f->len, hex);
	buf_puts(m, "{");
	json_put_member(m, "path", f->path);
	buf_printf(m, ",\"size\":%zu,", f->len);
	json_put_member(m, "sha256", hex);
	buf_puts(m, last ? "}\n" : "},\n");
}

int bundle_finish(struct bundle *b, const struct bundle_scope *scope,
		  char hex[DIGEST_HEX_LEN + 1])
{
	struct buf m = BUF_INIT;
	int i;

	qsort(b->files, (size_t)b->count, sizeof(*b->files), by_path);
	for (i = 1; i < b->count; i++) {
		if (!strcmp(b->files[i - 1].path, b->files[i].path)) {
			log_error("two files at %s", b->files[i].path);
			return -1;
		}
	}
	buf_puts(&m, "{\"generator\":\"scorebook-generate\",");
	buf_puts(&m, "\"version\":\"" SCOREBOOK_VERSION "\",\n");
	put_scope(&m, scope);
	buf_puts(&m, "\"files\":[\n");
	for (i = 0; i < b->count; i++)
		put_file(&m, &b->files[i], i == b->count - 1);
	buf_puts(&m, "]}\n");
	digest_sha256_hex(m.data, m.len, hex);
	bundle_take(b, "manifest.json", &m);
	qsort(b->files, (size_t)b->count, sizeof(*b->files), by_path);
	return 0;
}
