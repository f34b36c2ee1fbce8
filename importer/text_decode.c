#include "text_decode.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "xalloc.h"

/*
 * Windows-1252 where it differs from Latin-1: 0x80-0x9F.  The five
 * bytes the code page leaves undefined map to the C1 controls of the
 * same value, as web browsers do, so no byte is ever lost.
 */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Length of the valid UTF-8 sequence at p, or 0 when it is not one. */
static size_t sequence_length(const unsigned char *p, size_t left)
{
	unsigned char c = p[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
			return 0; /* overlong, or a surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (left < 4 || (p[1] & 0xC0) != 0x80 ||
		    (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
			return 0; /* overlong, or past U+10FFFF */
		return 4;
	}
	return 0;
}

int text_decode_is_utf8(const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	size_t i = 0, n;

	while (i < len) {
		/* Skip ASCII eight bytes at a time: most files are ASCII. */
		if (len - i >= 8) {
			uint64_t word;

			memcpy(&word, p + i, 8);
			if (!(word & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		n = sequence_length(p + i, len - i);
		if (!n)
			return 0;
		i += n;
	}
	return 1;
}

static size_t put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | (cp >> 12));
	out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* Every Windows-1252 byte becomes at most three bytes of UTF-8. */
static void from_cp1252(const char *data, size_t len, struct text *out)
{
	const unsigned char *p = (const unsigned char *)data;
	char *dst;
	size_t i, n = 0;

	dst = xmalloc(len * 3 + 1);
	for (i = 0; i < len; i++) {
		unsigned cp = p[i];

		if (cp >= 0x80 && cp <= 0x9F)
			cp = cp1252_high[cp - 0x80];
		n += put_utf8(dst + n, cp);
	}
	dst[n] = '\0';
	out->owned = dst;
	out->data = dst;
	out->len = n;
	out->converted = 1;
}

void text_decode(const char *name, const char *data, size_t len,
		 struct text *out)
{
	memset(out, 0, sizeof(*out));
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		data += 3;
		len -= 3;
	}
	if (text_decode_is_utf8(data, len)) {
		out->data = data;
		out->len = len;
		return;
	}
	log_warn("%s: not UTF-8; read as Windows-1252", name);
	from_cp1252(data, len, out);
}

void text_decode_release(struct text *t)
{
	free(t->owned);
	memset(t, 0, sizeof(*t));
}

char *text_decode_repair(const char *s, size_t max)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, used = 0;
	char *out = xmalloc(3 * len + 1);

	while (i < len) {
		size_t n = sequence_length(p + i, len - i);
		const char *from = n ? s + i : replacement;
		size_t size = n ? n : 3;

		if (max && used + size > max)
			break;
		memcpy(out + used, from, size);
		used += size;
		i += n ? n : 1;
	}
	out[used] = '\0';
	return out;
}
