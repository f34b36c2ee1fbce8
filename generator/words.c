#include "words.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "label.h"

static int is(const char *a, const char *b)
{
	return a && !strcmp(a, b);
}

/* The value of "PREFIX.code" with the code in lowercase, or NULL. */
static const char *lookup(const struct i18n *c, const char *prefix,
			  const char *code)
{
	char key[96];
	const char *v;
	size_t i, n;

	if (!code || !*code)
		return NULL;
	n = (size_t)snprintf(key, sizeof(key), "%s.%s", prefix, code);
	if (n >= sizeof(key))
		return NULL;
	for (i = 0; i < n; i++)
		key[i] = (char)tolower((unsigned char)key[i]);
	v = i18n_text(c, key);
	return v == key ? NULL : v;
}

static const char *or_code(const char *words, const char *code)
{
	return words ? words : code ? code : "";
}

/* The family of an assessment's levels, the same tests in the same
 * order as label_level_count(). */
static const char *family(const struct ds_assessment *a)
{
	if (is(a->kind, "IAB"))
		return "level.block";
	if (is(a->family, "ELPAC"))
		return "level.elpac";
	if (is(a->family, "CAA"))
		return "level.caa";
	if (is(a->family, "CSA"))
		return "level.csa";
	return "level.sbac";
}

static const char *numbered(const struct i18n *c, const char *prefix, int level,
			    int count)
{
	char n[16];

	if (level < 1 || level > count)
		return NULL;
	snprintf(n, sizeof(n), "%d", level);
	return lookup(c, prefix, n);
}

const char *words_level(const struct i18n *c, const struct ds_assessment *a,
			int level)
{
	const char *f = family(a);

	return numbered(c, f, level,
			strcmp(f, "level.block") && strcmp(f, "level.caa") &&
				strcmp(f, "level.csa")
			    ? 4
			    : 3);
}

const char *words_sublevel(const struct i18n *c, const struct ds_assessment *a,
			   const char *code, int level)
{
	if (is(a->family, "ELPAC") && label_is_composite(code))
		return numbered(c, "level.elpac", level, 4);
	if (is(a->family, "ELPAC"))
		return numbered(c, "level.elpac_domain", level, 3);
	return numbered(c, "level.block", level, 3);
}

static const char *subject_words(const struct i18n *c, const char *subject)
{
	const char *v = NULL;

	if (is(subject, "MATH") || is(subject, "ELA") ||
	    is(subject, "SCIENCE") || is(subject, "SPANISH"))
		v = lookup(c, "meaning.subject", subject);
	return v ? v : i18n_text(c, "meaning.subject.elpac");
}

void words_level_meaning(struct buf *b, const struct i18n *c,
			 const struct ds_assessment *a, int level,
			 const char *first_name)
{
	const char *name = first_name && *first_name
			       ? first_name
			       : i18n_text(c, "meaning.this_student");
	const char *subject = subject_words(c, a->subject);
	int n = label_level_count(a);
	char key[48], lv[16], count[16];

	if (level < 1 || level > n)
		return;
	if (is(a->kind, "IAB") || is(a->family, "SBAC") ||
	    is(a->family, "CAST")) {
		snprintf(key, sizeof(key), "meaning.%s.%d",
			 is(a->kind, "IAB") ? "block" : "sbac", level);
		i18n_format(b, c, key, name, subject, (char *)NULL);
		return;
	}
	snprintf(lv, sizeof(lv), "%d", level);
	snprintf(count, sizeof(count), "%d", n);
	i18n_format(b, c, "meaning.other", name, subject, lv, count,
		    or_code(words_level(c, a, level), ""), (char *)NULL);
}

const char *words_subject(const struct i18n *c, const char *subject)
{
	return or_code(lookup(c, "subject", subject), subject);
}

const char *words_kind(const struct i18n *c, const char *kind)
{
	if (is(kind, "SUM") || is(kind, "ICA"))
		return or_code(lookup(c, "kind", kind), kind);
	return i18n_text(c, "kind.iab");
}

const char *words_condition(const struct i18n *c, const char *code)
{
	return or_code(lookup(c, "condition", code), code);
}

const char *words_completeness(const struct i18n *c, const char *value)
{
	return or_code(lookup(c, "completeness", value), value);
}

const char *words_claim(const struct i18n *c, const char *subject,
			const char *code)
{
	char prefix[48];

	snprintf(prefix, sizeof(prefix), "claim.%s", subject ? subject : "");
	return or_code(lookup(c, prefix, code), code);
}

const char *words_trait(const struct i18n *c, const char *trait)
{
	return or_code(lookup(c, "trait", trait), trait);
}

const char *words_genre(const struct i18n *c, const char *genre)
{
	return or_code(lookup(c, "genre", genre), genre);
}

const char *words_trait_meaning(const struct i18n *c, const char *trait)
{
	return or_code(lookup(c, "trait_meaning", trait), "");
}

void words_grade(struct buf *b, const struct i18n *c, int grade)
{
	if (grade == 0)
		buf_puts(b, i18n_text(c, "grade.kindergarten"));
	else if (grade > 0)
		buf_printf(b, "%d", grade);
}

void words_student(struct buf *b, const struct i18n *c,
		   const struct ds_student *p)
{
	int last = p->last_name && *p->last_name;
	int first = p->first_name && *p->first_name;

	if (last)
		buf_puts(b, p->last_name);
	if (last && first)
		buf_puts(b, ", ");
	if (first)
		buf_puts(b, p->first_name);
	if (!last && !first)
		buf_puts(b, i18n_text(c, "header.no_name"));
}
