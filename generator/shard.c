#include "shard.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "log.h"

/* A whole number written with digits only: no sign, space or "0x". */
static int whole_number(const char *text, size_t len, long *out)
{
	char digits[16];
	size_t i;

	if (len == 0 || len >= sizeof(digits))
		return -1;
	for (i = 0; i < len; i++)
		if (text[i] < '0' || text[i] > '9')
			return -1;
	memcpy(digits, text, len);
	digits[len] = '\0';
	errno = 0;
	*out = strtol(digits, NULL, 10);
	return errno || *out > INT_MAX ? -1 : 0;
}

int shard_parse(const char *text, struct shard *s)
{
	const char *slash = strchr(text, '/');
	long k, n;

	if (!slash || whole_number(text, (size_t)(slash - text), &k) < 0 ||
	    whole_number(slash + 1, strlen(slash + 1), &n) < 0) {
		log_error("--shard '%s': not K/N, such as 2/8", text);
		return -1;
	}
	if (n < 1) {
		log_error("--shard '%s': N must be at least 1", text);
		return -1;
	}
	if (k < 1 || k > n) {
		log_error("--shard '%s': K must be from 1 to %ld", text, n);
		return -1;
	}
	s->index = (int)k;
	s->count = (int)n;
	return 0;
}

uint64_t shard_hash(const char *id)
{
	char hex[DIGEST_HEX_LEN + 1];

	digest_sha256_hex(id, strlen(id), hex);
	hex[16] = '\0';
	return (uint64_t)strtoull(hex, NULL, 16);
}

int shard_of(const char *id, int count)
{
	return (int)(shard_hash(id) % (uint64_t)count) + 1;
}

int shard_split(const struct shard *s)
{
	return s->count > 1;
}

int shard_owns(const struct shard *s, const char *id)
{
	return !shard_split(s) || shard_of(id, s->count) == s->index;
}

int shard_file_name(const struct shard *s, const char *stem, const char *ext,
		    char *out, size_t size)
{
	int n;

	if (shard_split(s))
		n = snprintf(out, size, "%s-%d-of-%d.%s", stem, s->index,
			     s->count, ext);
	else
		n = snprintf(out, size, "%s.%s", stem, ext);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}
