/*
 * The input walker: zip archives entry by entry, unsafe entry names
 * refused, declared sizes checked, folders in sorted order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zip.h>

#include "source.h"
#include "unit.h"

struct seen {
	char names[16][128];
	int ok[16];
	int count;
};

static int collect(void *ctx, const struct source_unit *u)
{
	struct seen *s = ctx;

	if (s->count < 16) {
		snprintf(s->names[s->count], 128, "%s", u->name);
		s->ok[s->count] = u->data != NULL;
		s->count++;
	}
	return 0;
}

static const char *tmp_path(const char *name)
{
	static char path[512];
	const char *tmp = getenv("TEST_TMP");

	snprintf(path, sizeof(path), "%s/%s", tmp ? tmp : "/tmp", name);
	return path;
}

static void add_entry(zip_t *z, const char *name, const char *text)
{
	zip_source_t *src = zip_source_buffer(z, text, strlen(text), 0);

	zip_file_add(z, name, src, ZIP_FL_OVERWRITE);
}

static void test_zip_entries(void)
{
	const char *path = tmp_path("unit-entries.zip");
	struct seen s = { 0 };
	zip_t *z;

	unlink(path);
	z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
	add_entry(z, "b.xml", "<b/>");
	add_entry(z, "../escape.xml", "<x/>");
	add_entry(z, "/etc/absolute.xml", "<x/>");
	add_entry(z, "dir/a.xml", "<a/>");
	add_entry(z, "dir/..hidden.xml", "<h/>");
	zip_close(z);
	source_walk(path, collect, &s);
	CHECK(s.count == 5, "every entry is one unit");
	CHECK(s.ok[0] && strstr(s.names[0], ":b.xml"),
	      "entries come in archive order");
	CHECK(!s.ok[1], "an entry with .. is refused");
	CHECK(!s.ok[2], "an entry with an absolute path is refused");
	CHECK(s.ok[3], "an entry in a folder is read");
	CHECK(s.ok[4], "a name that merely starts with .. is read");
}

/* Patch the uncompressed size fields so the archive lies about them. */
static void test_lying_sizes(void)
{
	const char *path = tmp_path("unit-lying.zip");
	struct seen s = { 0 };
	unsigned char buf[4096];
	FILE *f;
	size_t n, i;
	zip_t *z;

	unlink(path);
	z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
	add_entry(z, "big.xml",
		  "<TDSReport>0123456789012345678901</TDSReport>");
	zip_set_file_compression(z, 0, ZIP_CM_STORE, 0);
	zip_close(z);
	f = fopen(path, "r+b");
	n = fread(buf, 1, sizeof(buf), f);
	for (i = 0; i + 30 < n; i++) {
		int local = !memcmp(buf + i, "PK\3\4", 4);
		int central = !memcmp(buf + i, "PK\1\2", 4);

		if (local)
			buf[i + 22] = 4; /* uncompressed size: 4 bytes */
		if (central)
			buf[i + 24] = 4;
	}
	rewind(f);
	fwrite(buf, 1, n, f);
	fclose(f);
	source_walk(path, collect, &s);
	CHECK(s.count >= 1 && !s.ok[0],
	      "a zip whose declared size lies is refused");
}

static void test_folder_order(void)
{
	const char *dir = tmp_path("unit-folder");
	char p[600];
	struct seen s = { 0 };
	FILE *f;
	const char *names[] = { "c.xml", "a.xml", "b.xml", ".hidden" };
	size_t i;

	mkdir(dir, 0700);
	for (i = 0; i < 4; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
		f = fopen(p, "w");
		fputs("x", f);
		fclose(f);
	}
	source_walk(dir, collect, &s);
	CHECK(s.count == 3, "hidden files are skipped");
	CHECK(s.count == 3 && strstr(s.names[0], "/a.xml") &&
		  strstr(s.names[1], "/b.xml") && strstr(s.names[2], "/c.xml"),
	      "a folder is walked in sorted order");
}

/* What a callback kept by taking each unit's buffer. */
struct taken {
	struct buf kept[4];
	const char *data[4];
	int count;
};

static int take(void *ctx, const struct source_unit *u)
{
	struct taken *t = ctx;
	struct buf spare = BUF_INIT;

	if (t->count >= 4 || !u->held || u->held->data != u->data)
		return 0;
	t->kept[t->count] = *u->held;
	*u->held = spare;
	t->data[t->count++] = u->data;
	return 0;
}

static void test_taking_buffers(void)
{
	char file[512], archive[512];
	struct taken t = { 0 };
	FILE *f;
	zip_t *z;
	int i;

	/* tmp_path's answer lasts until its next call. */
	snprintf(file, sizeof(file), "%s", tmp_path("unit-take.xml"));
	snprintf(archive, sizeof(archive), "%s", tmp_path("unit-take.zip"));

	f = fopen(file, "w");
	fputs("<file/>", f);
	fclose(f);
	unlink(archive);
	z = zip_open(archive, ZIP_CREATE | ZIP_TRUNCATE, NULL);
	add_entry(z, "entry.xml", "<entry/>");
	zip_close(z);
	source_walk(file, take, &t);
	source_walk(archive, take, &t);
	CHECK(t.count == 2, "a file's and an entry's buffers can be taken");
	CHECK(t.count == 2 && !strcmp(buf_cstr(&t.kept[0]), "<file/>") &&
		  !strcmp(buf_cstr(&t.kept[1]), "<entry/>"),
	      "and hold the data after the walk");
	CHECK(t.count == 2 && t.data[0] == t.kept[0].data &&
		  t.data[1] == t.kept[1].data,
	      "without a copy");
	for (i = 0; i < t.count; i++)
		buf_release(&t.kept[i]);
}

int main(void)
{
	test_zip_entries();
	test_lying_sizes();
	test_folder_order();
	test_taking_buffers();
	return unit_done();
}
