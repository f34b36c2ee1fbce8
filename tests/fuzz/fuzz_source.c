/*
 * Fuzz target: arbitrary bytes as an input file, which the source
 * walker may take for a zip archive and read entry by entry.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "detect.h"
#include "source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int consume(void *ctx, const struct source_unit *u)
{
	size_t *total = ctx;

	if (u->data) {
		*total += u->len;
		detect_format(u->data, u->len);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/scorebook-fuzz-XXXXXX";
	int fd = mkstemp(path);
	size_t total = 0;

	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size)
		source_walk(path, consume, &total);
	close(fd);
	unlink(path);
	return 0;
}
