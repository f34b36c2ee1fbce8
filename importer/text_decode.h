/*
 * A file's bytes as UTF-8 text: a byte order mark is dropped, and a file
 * that is not valid UTF-8 is read as Windows-1252, the encoding of most
 * public state files, and converted.
 *
 * The text points into the caller's bytes when no conversion was needed,
 * and into memory the text owns otherwise; text_decode_release() frees
 * it, so the caller's bytes must outlive the text either way.
 */
#ifndef SCOREBOOK_TEXT_DECODE_H
#define SCOREBOOK_TEXT_DECODE_H

#include <stddef.h>

struct text {
	const char *data;
	size_t len;
	char *owned;   /* the converted copy, or NULL */
	int converted; /* 1 when read as Windows-1252 */
};

/*
 * Decode data; name is the file's name for the warning given when the
 * text had to be read as Windows-1252.
 */
void text_decode(const char *name, const char *data, size_t len,
		 struct text *out);
void text_decode_release(struct text *t);

/* Whether data is valid UTF-8 (no overlong forms, no surrogates). */
int text_decode_is_utf8(const char *data, size_t len);

/*
 * A copy of the string that is valid UTF-8: each byte that starts no
 * valid sequence becomes U+FFFD.  With max above 0 the copy is cut to
 * at most max bytes, between two characters.  The caller frees it.
 */
char *text_decode_repair(const char *s, size_t max);

#endif
