/*
 * Passphrases are base32 (no 0, 1, 8 or 9 to misread) so that they can
 * be read aloud or typed from paper.
 */
#include "passphrase.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "escape.h"
#include "log.h"

#define RANDOM_BYTES 20 /* 160 bits: 32 letters of 5 bits */

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int passphrase_new(char out[PASSPHRASE_LEN + 1])
{
	unsigned char bytes[RANDOM_BYTES];
	int i, o = 0;

	if (RAND_bytes(bytes, sizeof(bytes)) != 1) {
		log_error("no random bytes for a passphrase");
		return -1;
	}
	for (i = 0; i < RANDOM_BYTES * 8 / 5; i++) {
		int bit = i * 5, v = 0, k;

		for (k = 0; k < 5; k++, bit++)
			v = (v << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
		if (i && i % 4 == 0)
			out[o++] = '-';
		out[o++] = alphabet[v];
	}
	out[o] = '\0';
	memset(bytes, 0, sizeof(bytes));
	return 0;
}

int passphrase_file_open(const char *outdir, const char *name)
{
	static const char header[] = "login,school,file,passphrase\r\n";
	char path[PATH_MAX];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", outdir, name);
	/* Removed first: an old file could have a looser mode. */
	if (unlink(path) < 0 && errno != ENOENT) {
		log_error("%s: %s", path, strerror(errno));
		return -1;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC,
		  0600);
	if (fd < 0 ||
	    write(fd, header, sizeof(header) - 1) != sizeof(header) - 1) {
		log_error("%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return fd;
}

int passphrase_file_add(int fd, const char *login, const char *school,
			const char *file, const char *passphrase)
{
	struct buf line = BUF_INIT;
	ssize_t n;

	escape_csv(&line, login);
	buf_putc(&line, ',');
	escape_csv(&line, school);
	buf_putc(&line, ',');
	escape_csv(&line, file);
	buf_putc(&line, ',');
	buf_puts(&line, passphrase);
	buf_puts(&line, "\r\n");
	n = write(fd, line.data, line.len);
	n = n == (ssize_t)line.len ? 0 : -1;
	memset(line.data, 0, line.len);
	buf_release(&line);
	if (n < 0)
		log_error("passphrase file: %s", strerror(errno));
	return (int)n;
}
