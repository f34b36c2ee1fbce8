/*
 * Page templates: a small mustache-like language of our own.
 *
 *   {{name}}        the value, HTML-escaped (& < > " ' and backtick)
 *   {{{name}}}      the value as is: only for fragments we generate
 *   {{#name}}..{{/name}}  a list: once per item; otherwise once when
 *                   the value is true (see tv_truthy)
 *   {{^name}}..{{/name}}  once when the value is false or missing
 *   {{>name}}       the partial partials/NAME.html
 *   {{! note }}     a comment
 *
 * Names are dotted paths (school.name) looked up from the innermost
 * section outwards; "." is the current item.  There is nothing else: no
 * expressions, no delimiter changes, no code.  A tag alone on its line
 * (sections, comments, partials) takes the whole line with it.
 *
 * A set owns every template it loads; errors read "FILE:LINE: message"
 * and stay valid until the next call on the set.
 */
#ifndef SCOREBOOK_TEMPLATE_H
#define SCOREBOOK_TEMPLATE_H

#include <stddef.h>

#include "buf.h"
#include "tvalue.h"

struct template_set;

/* Templates are read from dir/NAME.html; dir may be NULL (tests). */
struct template_set *template_set_new(const char *dir);
void template_set_free(struct template_set *set);
const char *template_set_error(const struct template_set *set);

/* Parse dir/NAME.html and every partial it uses; 0 or -1. */
int template_load(struct template_set *set, const char *name);
/* Parse text as template NAME ("partials/x" for a partial); 0 or -1. */
int template_add(struct template_set *set, const char *name, const char *text,
		 size_t len);
/* Render a loaded template with data into out; 0 or -1. */
int template_render(struct template_set *set, const char *name,
		    const struct tvalue *data, struct buf *out);

#endif
