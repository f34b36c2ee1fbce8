/*
 * Message catalogs: every word the pages show, in one language, read
 * from TEMPLATES/i18n/LANG.txt ("key = value" lines, # comments, a line
 * that starts with a blank continues the value on a new line).  A
 * catalog other than English falls back to English key by key.
 *
 * A catalog owns its keys, values and value tree until i18n_free();
 * the strings it returns stay valid that long.
 */
#ifndef SCOREBOOK_I18N_H
#define SCOREBOOK_I18N_H

#include <stdarg.h>

#include "buf.h"
#include "tvalue.h"

/* The languages a bundle may carry, English first. */
#define I18N_LANGS     "en,es,vi,fil,zh-Hant"
#define I18N_MAX_LANGS 5

struct i18n;

/* The catalog of lang from dir/i18n/LANG.txt, with fallback behind it
 * (NULL for English); NULL after logging why it could not be read. */
struct i18n *i18n_load(const char *dir, const char *lang,
		       const struct i18n *fallback);
void i18n_free(struct i18n *c);

/* The language tag: "en", "es", "zh-Hant". */
const char *i18n_lang(const struct i18n *c);
/* The value of key, else English's, else the key itself. */
const char *i18n_text(const struct i18n *c, const char *key);
/* Every key as nested maps ("a.b" is t.a.b in a template). */
const struct tvalue *i18n_tree(const struct i18n *c);
/* Append the value of key with {1}, {2}... replaced by the strings
 * that follow, up to a NULL. */
void i18n_format(struct buf *b, const struct i18n *c, const char *key, ...)
    __attribute__((sentinel));
void i18n_vformat(struct buf *b, const struct i18n *c, const char *key,
		  va_list ap);
/* A date "YYYY-MM-DD..." written the language's way: short for tables
 * and charts (format.date), long for sentences (format.date_long, with
 * the month's name from format.month.N). */
void i18n_date(struct buf *b, const struct i18n *c, const char *iso);
void i18n_date_long(struct buf *b, const struct i18n *c, const char *iso);
/* A number with decimals digits after the language's decimal mark
 * (format.decimal), thousands grouped (format.thousands) from five
 * digits up, as Spanish and English style books both allow. */
void i18n_number(struct buf *b, const struct i18n *c, double v, int decimals);
/* A whole percent (format.percent). */
void i18n_percent(struct buf *b, const struct i18n *c, long pct);
/* How many of something: KEY.one for 1, else KEY.other, {1} the count. */
void i18n_count(struct buf *b, const struct i18n *c, const char *key, long n);

/* The report language of an ISO 639-2 (or 639-1) code: "spa" is "es";
 * NULL for English and for languages without a catalog. */
const char *i18n_lang_of_code(const char *code);
/* Whether lang is one of I18N_LANGS. */
int i18n_lang_known(const char *lang);

#endif
