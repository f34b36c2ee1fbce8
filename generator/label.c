#include "label.h"

#include <string.h>
#include <strings.h>

#include "catalog.h"

static const char *const sbac_levels[] = { "Standard Not Met",
					   "Standard Nearly Met",
					   "Standard Met",
					   "Standard Exceeded" };
static const char *const block_levels[] = { "Below Standard", "Near Standard",
					    "Above Standard" };
static const char *const elpac_levels[] = { "Beginning to Develop",
					    "Somewhat Developed",
					    "Moderately Developed",
					    "Well Developed" };
static const char *const elpac_domain_levels[] = { "Beginning to Develop",
						   "Somewhat/Moderately",
						   "Well Developed" };
static const char *const caa_levels[] = { "Limited", "Foundational",
					  "Understanding" };
static const char *const csa_levels[] = { "Level 1", "Level 2", "Level 3" };

static int is(const char *a, const char *b)
{
	return a && !strcmp(a, b);
}

static const char *pick(const char *const *names, int count, int level)
{
	return level >= 1 && level <= count ? names[level - 1] : NULL;
}

const char *label_level(const struct ds_assessment *a, int level)
{
	if (is(a->kind, "IAB"))
		return pick(block_levels, 3, level);
	if (is(a->family, "ELPAC"))
		return pick(elpac_levels, 4, level);
	if (is(a->family, "CAA"))
		return pick(caa_levels, 3, level);
	if (is(a->family, "CSA"))
		return pick(csa_levels, 3, level);
	return pick(sbac_levels, 4, level);
}

const char *label_sublevel(const struct ds_assessment *a, const char *kind,
			   const char *code, int level)
{
	if (is(a->family, "ELPAC") && label_is_composite(code))
		return pick(elpac_levels, 4, level);
	if (is(a->family, "ELPAC"))
		return pick(elpac_domain_levels, 3, level);
	(void)kind;
	return pick(block_levels, 3, level);
}

int label_level_count(const struct ds_assessment *a)
{
	if (is(a->kind, "IAB"))
		return 3;
	if (a->levels >= 2 && a->levels <= 4)
		return a->levels;
	return is(a->family, "CAA") || is(a->family, "CSA") ? 3 : 4;
}

static const char *subject_words(const char *subject)
{
	if (is(subject, "MATH"))
		return "mathematics";
	if (is(subject, "ELA"))
		return "English language arts/literacy";
	if (is(subject, "SCIENCE"))
		return "science";
	if (is(subject, "SPANISH"))
		return "Spanish";
	return "English language proficiency";
}

void label_level_meaning(struct buf *b, const struct ds_assessment *a,
			 int level, const char *first_name)
{
	static const char *const sbac[] = {
		"has not met the achievement standard and needs substantial "
		"improvement to show the knowledge and skills in %s needed "
		"for likely success in future coursework.",
		"has nearly met the achievement standard and may need further "
		"development to show the knowledge and skills in %s needed "
		"for likely success in future coursework.",
		"has met the achievement standard and shows progress toward "
		"mastery of the knowledge and skills in %s needed for likely "
		"success in future coursework.",
		"has exceeded the achievement standard and shows advanced "
		"progress toward mastery of the knowledge and skills in %s "
		"needed for likely success in future coursework.",
	};
	static const char *const block[] = {
		"performed below the standard on this block of %s.",
		"performed near the standard on this block of %s.",
		"performed above the standard on this block of %s.",
	};
	const char *name =
	    first_name && *first_name ? first_name : "This student";
	int n = label_level_count(a);

	if (level < 1 || level > n)
		return;
	buf_printf(b, "%s ", name);
	if (is(a->kind, "IAB"))
		buf_printf(b, block[level - 1], subject_words(a->subject));
	else if (is(a->family, "SBAC") || is(a->family, "CAST"))
		buf_printf(b, sbac[level - 1], subject_words(a->subject));
	else
		buf_printf(b, "scored at level %d of %d (%s) in %s.", level, n,
			   label_level(a, level), subject_words(a->subject));
}

const char *label_subject(const char *subject)
{
	if (is(subject, "MATH"))
		return "Mathematics";
	if (is(subject, "ELA"))
		return "English Language Arts/Literacy";
	if (is(subject, "SCIENCE"))
		return "Science";
	if (is(subject, "ELPAC"))
		return "English Language Proficiency (ELPAC)";
	if (is(subject, "SPANISH"))
		return "Spanish";
	return subject ? subject : "";
}

const char *label_export_subject(const struct ds_assessment *a)
{
	if (is(a->family, "CAA"))
		return is(a->subject, "MATH") ? "CAAMATH" : "CAAELA";
	if (is(a->family, "CAST"))
		return "CAST";
	if (is(a->family, "CSA"))
		return "CSA";
	if (is(a->family, "ELPAC"))
		return "ELPAC";
	return is(a->subject, "MATH") ? "Math" : "ELA";
}

const char *label_kind(const char *kind)
{
	if (is(kind, "SUM"))
		return "Summative";
	if (is(kind, "ICA"))
		return "Interim Comprehensive";
	return "Interim Assessment Block";
}

const char *label_assessment(const struct ds_assessment *a)
{
	const char *id = a->natural_id;

	if (a->label && *a->label)
		return a->label;
	/* "(SBAC)SBAC-SUM-..." reads better without its source prefix. */
	if (id[0] == '(' && strchr(id, ')') && strchr(id, ')')[1])
		return strchr(id, ')') + 1;
	return id;
}

const char *label_condition(const char *c)
{
	if (is(c, "SD"))
		return "Standardized";
	if (is(c, "NS"))
		return "Non-standardized";
	if (is(c, "IN"))
		return "Invalid";
	return c ? c : "";
}

const char *label_claim(const char *subject, const char *code)
{
	const struct claim_row *r = catalog_claim(subject, code);

	return r ? r->name : code;
}

int label_claim_slot(const char *subject, const char *code)
{
	const struct claim_row *r = catalog_claim(subject, code);

	return r ? r->slot : 0;
}

const char *label_trait(const char *trait)
{
	if (is(trait, "ORG"))
		return "Organization/Purpose";
	if (is(trait, "EVI"))
		return "Evidence/Elaboration";
	if (is(trait, "CON"))
		return "Conventions";
	return trait;
}

const char *label_trait_meaning(const char *trait)
{
	if (is(trait, "ORG"))
		return "How well the writing keeps to its purpose and holds "
		       "together from beginning to end.";
	if (is(trait, "EVI"))
		return "How well the writing supports its ideas with evidence "
		       "and develops them.";
	if (is(trait, "CON"))
		return "How well the writing follows the conventions of "
		       "grammar, usage, punctuation and spelling.";
	return "";
}

const char *label_genre(const char *genre)
{
	if (is(genre, "ARGU"))
		return "Argumentative";
	if (is(genre, "EXPL"))
		return "Explanatory";
	if (is(genre, "INFO"))
		return "Informational";
	if (is(genre, "NARR"))
		return "Narrative";
	if (is(genre, "OPIN"))
		return "Opinion";
	return genre;
}

void label_grade(struct buf *b, int grade)
{
	if (grade == 0)
		buf_puts(b, "KG");
	else if (grade > 0)
		buf_printf(b, "%d", grade);
}

void label_student(struct buf *b, const struct ds_student *p)
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
		buf_puts(b, "(no name on record)");
}

int label_is_composite(const char *code)
{
	return code &&
	       (!strcasecmp(code, "ORAL") || !strcasecmp(code, "WRITTEN"));
}
