#include "detect.h"

#include <string.h>

/* Skip a UTF-8 byte order mark and white space. */
static const char *skip_lead(const char *p, const char *end)
{
	if (end - p >= 3 && (unsigned char)p[0] == 0xEF &&
	    (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
		p += 3;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	return p;
}

/*
 * A TDSReport element near the start.  The reader and the schema decide
 * the rest, so a document with a doctype still reaches them and is
 * rejected with a precise message.
 */
static int mentions_tdsreport(const char *p, const char *end)
{
	size_t window = (size_t)(end - p) < 65536 ? (size_t)(end - p) : 65536;

	return memmem(p, window, "<TDSReport", 10) != NULL;
}

enum format detect_format(const char *data, size_t len)
{
	const char *end = data + len;
	const char *p = skip_lead(data, end);

	if (p == end)
		return FORMAT_UNKNOWN;
	if (*p == '<')
		return mentions_tdsreport(p, end) ? FORMAT_TRT
						  : FORMAT_XML_OTHER;
	if (memchr(data, '\0', len < 4096 ? len : 4096))
		return FORMAT_UNKNOWN;
	return FORMAT_DELIMITED;
}

const char *detect_format_name(enum format f)
{
	switch (f) {
	case FORMAT_TRT:
		return "trt";
	case FORMAT_XML_OTHER:
		return "xml";
	case FORMAT_DELIMITED:
		return "delimited";
	default:
		return "unknown";
	}
}
