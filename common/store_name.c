/*
 * How messages name a store.  A PostgreSQL URL may carry a password, in
 * its user part or as a password= parameter; messages and logs show
 * "***" in its place, so a pasted error never gives the password away.
 */
#include "store.h"

#include <string.h>

#include "buf.h"
#include "xalloc.h"

#define HIDDEN "***"

/* Copy the query p, with the value of each password= parameter hidden. */
static void add_query(struct buf *b, const char *p)
{
	while (*p) {
		size_t len = strcspn(p, "&");

		if (!strncmp(p, "password=", 9)) {
			buf_add(b, p, 9);
			buf_add(b, HIDDEN, strlen(HIDDEN));
		} else {
			buf_add(b, p, len);
		}
		p += len;
		if (*p == '&')
			buf_add(b, p++, 1);
	}
}

char *store_display_name(const char *target)
{
	struct buf b = BUF_INIT;
	const char *authority, *end, *at = NULL, *colon, *query;

	if (!store_is_server(target))
		return xstrdup(target);
	authority = strstr(target, "://") + 3;
	end = authority + strcspn(authority, "/?#");
	/* The user part ends at the authority's last '@'. */
	for (colon = authority; colon < end; colon++)
		if (*colon == '@')
			at = colon;
	colon = at ? memchr(authority, ':', (size_t)(at - authority)) : NULL;
	if (colon) {
		buf_add(&b, target, (size_t)(colon + 1 - target));
		buf_add(&b, HIDDEN, strlen(HIDDEN));
		target = at;
	}
	query = strchr(target, '?');
	if (!query)
		query = target + strlen(target);
	buf_add(&b, target, (size_t)(query - target));
	if (*query) {
		buf_add(&b, query, 1);
		add_query(&b, query + 1);
	}
	return buf_detach(&b);
}
