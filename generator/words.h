/*
 * The words of label.h in the page's language: level and category
 * names, subjects, kinds of test, claims, traits, from a message
 * catalog by key ("level.sbac.3", "claim.math.1").  Strings returned
 * belong to the catalog, or are static; text goes to the caller's
 * buffer.
 */
#ifndef SCOREBOOK_WORDS_H
#define SCOREBOOK_WORDS_H

#include "buf.h"
#include "dataset.h"
#include "i18n.h"

/* NULL when the assessment has no such level. */
const char *words_level(const struct i18n *c, const struct ds_assessment *a,
			int level);
/* Levels of a claim, domain or composite score. */
const char *words_sublevel(const struct i18n *c, const struct ds_assessment *a,
			   const char *code, int level);
/* A sentence on what the level means, about the named student. */
void words_level_meaning(struct buf *b, const struct i18n *c,
			 const struct ds_assessment *a, int level,
			 const char *first_name);
const char *words_subject(const struct i18n *c, const char *subject);
const char *words_kind(const struct i18n *c, const char *kind);
const char *words_condition(const struct i18n *c, const char *code);
/* The claim's name; the English catalog of claims when the catalog
 * has no key for it, else the code. */
const char *words_claim(const struct i18n *c, const char *subject,
			const char *code);
const char *words_trait(const struct i18n *c, const char *trait);
const char *words_trait_meaning(const struct i18n *c, const char *trait);
const char *words_genre(const struct i18n *c, const char *genre);

#endif
