#include "db_pg_sql.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"

/*
 * The length of the quoted string or comment starting at p, or 0 when p
 * starts neither.  An unterminated one runs to the end.
 */
static size_t quoted_len(const char *p)
{
	const char *end;

	if (*p == '\'' || *p == '"') {
		end = p + 1;
		/* A doubled quote inside stays inside. */
		while (*end && !(*end == *p && end[1] != *p))
			end += *end == *p ? 2 : 1;
		return (size_t)(end - p) + (*end ? 1 : 0);
	}
	if (p[0] == '-' && p[1] == '-')
		return strcspn(p, "\n");
	if (p[0] == '/' && p[1] == '*') {
		end = strstr(p + 2, "*/");
		return end ? (size_t)(end + 2 - p) : strlen(p);
	}
	return 0;
}

char *db_pg_sql_params(const char *sql, int *count, char *used)
{
	struct buf out = BUF_INIT;
	const char *p = sql;
	int last = 0, max = 0;

	while (*p) {
		size_t q = quoted_len(p);
		int n;

		if (q) {
			buf_add(&out, p, q);
			p += q;
			continue;
		}
		if (*p != '?') {
			buf_putc(&out, *p++);
			continue;
		}
		p++;
		if (isdigit((unsigned char)*p)) {
			n = (int)strtol(p, (char **)&p, 10);
		} else {
			n = last + 1;
		}
		last = n;
		if (n > max)
			max = n;
		if (used && n >= 1 && n <= DB_PG_PARAMS_MAX)
			used[n] = 1;
		buf_printf(&out, "$%d", n);
	}
	*count = max;
	return buf_detach(&out);
}

static int is_word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Whether the word at p, of length len, is word (any case). */
static int word_is(const char *p, size_t len, const char *word)
{
	return strlen(word) == len && !strncasecmp(p, word, len);
}

/* The next word after p, skipping blanks; its length in *len. */
static const char *next_word(const char *p, size_t *len)
{
	while (isspace((unsigned char)*p))
		p++;
	*len = 0;
	while (is_word_char(p[*len]))
		(*len)++;
	return p;
}

/* What the translation knows of the statement it is in. */
struct schema_state {
	char table[64]; /* after CREATE TABLE */
	char key[64];	/* the column declared INTEGER PRIMARY KEY */
};

static void copy_word(char *dst, size_t size, const char *p, size_t len)
{
	snprintf(dst, size, "%.*s", (int)len, p);
}

/*
 * SQLite numbers a new row max(key) + 1, inside the transaction: a row
 * rolled back or an insert that met a conflict uses no number.  The same
 * rule in PostgreSQL (a sequence would skip numbers) keeps the keys, and
 * so every report that names a row by its key, alike in both engines.
 * Rows that bring their key (a batch loaded with COPY numbers its own)
 * skip the function call, which cost a tenth of loading them.
 */
static void add_key_trigger(struct buf *out, const struct schema_state *st)
{
	buf_printf(out,
		   "\nCREATE FUNCTION %s_next_%s() RETURNS trigger"
		   " LANGUAGE plpgsql AS 'BEGIN IF NEW.%s IS NULL THEN"
		   " NEW.%s := (SELECT coalesce(max(%s), 0) + 1 FROM %s);"
		   " END IF; RETURN NEW; END';"
		   "\nCREATE TRIGGER %s_next_%s BEFORE INSERT ON %s"
		   " FOR EACH ROW WHEN (NEW.%s IS NULL)"
		   " EXECUTE FUNCTION %s_next_%s();",
		   st->table, st->key, st->key, st->key, st->key, st->table,
		   st->table, st->key, st->table, st->key, st->table, st->key);
}

/*
 * Translate one word, given the text before it (to name the column of
 * a key); returns how much of the text from p was consumed.
 */
static size_t translate_word(struct buf *out, struct schema_state *st,
			     const char *p, size_t len)
{
	const char *w1, *w2;
	size_t l1, l2;

	if (word_is(p, len, "CREATE")) {
		w1 = next_word(p + len, &l1);
		w2 = next_word(w1 + l1, &l2);
		if (word_is(w1, l1, "TABLE") && l2)
			copy_word(st->table, sizeof(st->table), w2, l2);
		buf_add(out, p, len);
	} else if (word_is(p, len, "INTEGER")) {
		w1 = next_word(p + len, &l1);
		w2 = next_word(w1 + l1, &l2);
		if (word_is(w1, l1, "PRIMARY") && word_is(w2, l2, "KEY") &&
		    out->len) {
			/* The column name is the last word written. */
			size_t end = out->len, start;

			while (end > 0 && !is_word_char(out->data[end - 1]))
				end--;
			for (start = end;
			     start > 0 && is_word_char(out->data[start - 1]);)
				start--;
			copy_word(st->key, sizeof(st->key), out->data + start,
				  end - start);
			buf_puts(out, "bigint PRIMARY KEY");
			return (size_t)(w2 + l2 - p);
		}
		buf_puts(out, "bigint");
	} else if (word_is(p, len, "REAL")) {
		buf_puts(out, "double precision");
	} else if (word_is(p, len, "TEXT")) {
		buf_puts(out, "text COLLATE \"C\"");
	} else if (word_is(p, len, "WITHOUT")) {
		w1 = next_word(p + len, &l1);
		if (word_is(w1, l1, "ROWID"))
			return (size_t)(w1 + l1 - p);
		buf_add(out, p, len);
	} else {
		buf_add(out, p, len);
	}
	return len;
}

char *db_pg_sql_schema(const char *sql)
{
	struct buf out = BUF_INIT;
	struct schema_state st = { "", "" };
	const char *p = sql;

	while (*p) {
		size_t n = quoted_len(p);

		if (n) {
			buf_add(&out, p, n);
			p += n;
		} else if (is_word_char(*p)) {
			for (n = 0; is_word_char(p[n]);)
				n++;
			p += translate_word(&out, &st, p, n);
		} else if (*p == ';') {
			buf_putc(&out, *p++);
			if (*st.key)
				add_key_trigger(&out, &st);
			st.table[0] = st.key[0] = '\0';
		} else {
			buf_putc(&out, *p++);
		}
	}
	return buf_detach(&out);
}
