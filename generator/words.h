/*
 * The words the pages use for codes, in the page's language, from its
 * message catalog by key ("level.sbac.3", "claim.math.1"): level and
 * category names, subjects, kinds of test, conditions, claims, traits,
 * genres, grades, the student's name.  The catalog is their only
 * source.  Strings returned belong to the catalog or to the store's
 * data; text goes to the caller's buffer.
 */
#ifndef SCOREBOOK_WORDS_H
#define SCOREBOOK_WORDS_H

#include "buf.h"
#include "dataset.h"
#include "i18n.h"

/* NULL when the assessment has no such level. */
const char *words_level(const struct i18n *c, const struct ds_assessment *a,
			int level);
/* Levels of a claim, domain or composite score; NULL when none. */
const char *words_sublevel(const struct i18n *c, const struct ds_assessment *a,
			   const char *code, int level);
/* A sentence on what the level means, about the named student. */
void words_level_meaning(struct buf *b, const struct i18n *c,
			 const struct ds_assessment *a, int level,
			 const char *first_name);
/* These fall back to the code itself when the catalog lacks it. */
const char *words_subject(const struct i18n *c, const char *subject);
const char *words_kind(const struct i18n *c, const char *kind);
const char *words_condition(const struct i18n *c, const char *code);
/* "Complete", "Partial" as the store holds them. */
const char *words_completeness(const struct i18n *c, const char *value);
const char *words_claim(const struct i18n *c, const char *subject,
			const char *code);
const char *words_trait(const struct i18n *c, const char *trait);
const char *words_genre(const struct i18n *c, const char *genre);
/* "" when the catalog has no meaning for the trait. */
const char *words_trait_meaning(const struct i18n *c, const char *trait);
/* Grade 0 is kindergarten; negative means unknown (no text). */
void words_grade(struct buf *b, const struct i18n *c, int grade);
/* "Last, First", or the catalog's placeholder when the store has no
 * name. */
void words_student(struct buf *b, const struct i18n *c,
		   const struct ds_student *p);

#endif
