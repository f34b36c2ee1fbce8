/*
 * The errors of one file, gathered so that a rejected file names all of
 * them at once.  The list owns its strings; diag_clear() frees them.
 *
 * A value that is personal data (a name, a birth date, an SSID) must be
 * passed as NULL: it is never stored, printed or logged.
 */
#ifndef SCOREBOOK_DIAG_H
#define SCOREBOOK_DIAG_H

struct diag {
	long line;
	char *field, *value, *message;
};

struct diag_list {
	struct diag *items;
	int count, alloc;
	int dropped; /* errors beyond the cap, counted but not kept */
};

#define DIAG_MAX 1000

void diag_add(struct diag_list *l, long line, const char *field,
	      const char *value, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_clear(struct diag_list *l);

#endif
