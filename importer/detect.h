/*
 * Recognising a file's format from its content, never its name.
 */
#ifndef SCOREBOOK_DETECT_H
#define SCOREBOOK_DETECT_H

#include <stddef.h>

enum format {
	FORMAT_UNKNOWN,
	FORMAT_TRT,	  /* Test Results Transmission XML */
	FORMAT_XML_OTHER, /* XML, but not a TDSReport */
	FORMAT_DELIMITED, /* a header row: CSV, caret or tab files */
};

enum format detect_format(const char *data, size_t len);
const char *detect_format_name(enum format f);

#endif
