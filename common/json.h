/*
 * Writing JSON text into a buffer.  Strings are escaped so that the
 * output is also safe inside an HTML script element (no raw <, > or &).
 */
#ifndef SCOREBOOK_JSON_H
#define SCOREBOOK_JSON_H

#include "buf.h"

/* Append s as a quoted JSON string; NULL becomes null. */
void json_put_string(struct buf *b, const char *s);
/* Append "key": and the quoted string value. */
void json_put_member(struct buf *b, const char *key, const char *value);

#endif
