#include "json.h"

void json_put_string(struct buf *b, const char *s)
{
	const unsigned char *p;

	if (!s) {
		buf_puts(b, "null");
		return;
	}
	buf_putc(b, '"');
	for (p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			buf_puts(b, "\\\"");
			break;
		case '\\':
			buf_puts(b, "\\\\");
			break;
		case '\n':
			buf_puts(b, "\\n");
			break;
		case '\r':
			buf_puts(b, "\\r");
			break;
		case '\t':
			buf_puts(b, "\\t");
			break;
		case '<':
		case '>':
		case '&':
		case '\'':
			buf_printf(b, "\\u%04x", *p);
			break;
		default:
			if (*p < 0x20)
				buf_printf(b, "\\u%04x", *p);
			else
				buf_putc(b, (char)*p);
		}
	}
	buf_putc(b, '"');
}

void json_put_member(struct buf *b, const char *key, const char *value)
{
	json_put_string(b, key);
	buf_putc(b, ':');
	json_put_string(b, value);
}
