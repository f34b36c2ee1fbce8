/*
 * Fuzz target: arbitrary bytes as the grants file of
 * scorebook-generate --grants, which is read from a path.
 */
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "grant_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/scorebook-fuzz-grants-XXXXXX";
	struct grant_file g = { 0 };
	int fd = mkstemp(path);

	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		/*
		 * Every bad row is an error line on stderr, millions of them a
		 * run; a crash still leaves its input and exit status.
		 */
		int saved = dup(2), null = open("/dev/null", O_WRONLY);

		dup2(null, 2);
		grant_file_load(&g, path);
		dup2(saved, 2);
		close(saved);
		close(null);
		grant_file_release(&g);
	}
	close(fd);
	unlink(path);
	return 0;
}
