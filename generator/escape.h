/*
 * Escaping for each place a value can land: HTML text and quoted
 * attribute values, relative URL paths, CSV cells.  Every function
 * appends to a buffer the caller owns.
 */
#ifndef SCOREBOOK_ESCAPE_H
#define SCOREBOOK_ESCAPE_H

#include <stddef.h>

#include "buf.h"

/* & < > " ' and backtick as entities: safe in text and quoted attributes. */
void escape_html(struct buf *b, const char *s);
void escape_html_n(struct buf *b, const char *s, size_t len);

/*
 * Percent-encode everything but unreserved characters and '/', so a
 * value can never become a scheme ("javascript:"), a query or a fragment.
 */
void escape_url_path(struct buf *b, const char *s);

/*
 * One CSV cell: quoted when it holds a comma, quote or line break, and
 * prefixed with an apostrophe when a spreadsheet would read it as a
 * formula (it begins with = + - @ tab or carriage return).
 */
void escape_csv(struct buf *b, const char *s);

#endif
