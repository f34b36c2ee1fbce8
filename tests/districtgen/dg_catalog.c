#include "dg_catalog.h"

#include "dg_fp.h"
#include "dg_mem.h"
#include "dg_rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a)   (sizeof(a) / sizeof((a)[0]))
#define MAX_BLOCKS 8
#define GRADES	   7
#define SLOTS	   (4 + 2 * MAX_BLOCKS + 1)
#define SLOT_CAST  (4 + 2 * MAX_BLOCKS)

/* An interim assessment block: its code, title and claim or domain. */
struct dg_block {
	const char *code;
	const char *title;
	const char *area;
};

static const struct dg_block ela_blocks[] = {
	{ "ReadLit", "Read Literary Texts", "1-LT" },
	{ "ReadInfo", "Read Informational Texts", "1-IT" },
	{ "BriefWrites", "Brief Writes", "2-W" },
	{ "Revision", "Revision", "2-W" },
	{ "LangVocab", "Language and Vocabulary Use", "2-W" },
	{ "Editing", "Editing", "2-W" },
	{ "ListenInterpret", "Listen/Interpret", "3-L" },
	{ "Research", "Research", "4-CR" },
};

static const struct dg_block math_elementary[] = {
	{ "OA", "Operations and Algebraic Thinking", "OA" },
	{ "NBT", "Number and Operations in Base Ten", "NBT" },
	{ "NF", "Number and Operations - Fractions", "NF" },
	{ "MD", "Measurement and Data", "MD" },
	{ "G", "Geometry", "G" },
};

static const struct dg_block math_67[] = {
	{ "RP", "Ratio and Proportional Relationships", "RP" },
	{ "NS", "The Number System", "NS" },
	{ "EE", "Expressions and Equations", "EE" },
	{ "G", "Geometry", "G" },
	{ "SP", "Statistics and Probability", "SP" },
};

static const struct dg_block math_8[] = {
	{ "NS", "The Number System", "NS" },
	{ "EE", "Expressions & Equations", "EE" },
	{ "F", "Functions", "F" },
	{ "G", "Geometry", "G" },
	{ "SP", "Statistics and Probability", "SP" },
};

static const struct dg_block math_high[] = {
	{ "AlgLin",
	  "Algebra and Functions I - Linear Functions, Equations, and "
	  "Inequalities",
	  "A-REI" },
	{ "AlgQuad", "Algebra and Functions II - Quadratic Functions", "F-IF" },
	{ "GeoRightTri", "Geometry and Right Triangle Trigonometry", "G-SRT" },
	{ "NQ", "Number and Quantity", "N-RN" },
	{ "SP", "Statistics and Probability", "S-ID" },
};

static const char *const ela_topics[] = {
	"SchoolGardens",   "OceanPlastic", "SpaceFood",	   "CitizenScience",
	"MarineSanctuary", "UrbanTrees",   "Volunteering", "AnimalMigration",
};

static const char *const math_topics[] = {
	"FieldTrip",   "ClassStore",	 "BikeShare",
	"GardenPlots", "RecyclingDrive", "SchoolCarnival",
};

static const char *const science_domains[] = { "LS", "PS", "ESS" };

/* Item generation state shared by all assessments of a catalog. */
struct dg_forge {
	struct dg_rng r;
	uint32_t next_key;
	uint32_t next_passage;
};

static int dg_catalog_grade_index(int grade)
{
	if (grade >= 3 && grade <= 8)
		return grade - 3;
	return grade == 11 ? 6 : -1;
}

static int dg_catalog_grade_of(int index)
{
	return index == 6 ? 11 : index + 3;
}

static const struct dg_block *dg_catalog_block_list(enum dg_subject subject,
						    int grade, int *n)
{
	if (subject == DG_ELA) {
		*n = (int)COUNT(ela_blocks);
		return ela_blocks;
	}
	if (grade <= 5) {
		*n = (int)COUNT(math_elementary);
		return math_elementary;
	}
	if (grade <= 7) {
		*n = (int)COUNT(math_67);
		return math_67;
	}
	if (grade == 8) {
		*n = (int)COUNT(math_8);
		return math_8;
	}
	*n = (int)COUNT(math_high);
	return math_high;
}

int dg_catalog_blocks(enum dg_subject subject, int grade)
{
	int n;

	if (subject == DG_SCIENCE)
		return 0;
	dg_catalog_block_list(subject, grade, &n);
	return n;
}

static int dg_catalog_slot(enum dg_kind kind, enum dg_subject subject,
			   int block)
{
	switch (kind) {
	case DG_KIND_SUM:
		return subject == DG_MATH ? 1 : 0;
	case DG_KIND_ICA:
		return subject == DG_MATH ? 3 : 2;
	case DG_KIND_IAB:
		return 4 + (subject == DG_MATH ? MAX_BLOCKS : 0) + block;
	default:
		return SLOT_CAST;
	}
}

int dg_catalog_find(const struct dg_catalog *c, int year, int grade,
		    enum dg_kind kind, enum dg_subject subject, int block)
{
	int gi = dg_catalog_grade_index(grade);

	if (gi < 0 || year < 0 || year >= c->years || block < 0 ||
	    block >= MAX_BLOCKS)
		return -1;
	return c->slots[(year * GRADES + gi) * SLOTS +
			dg_catalog_slot(kind, subject, block)];
}

const char *dg_catalog_subtype(const struct dg_asmt *a)
{
	if (a->kind == DG_KIND_ICA)
		return "ICA";
	return a->kind == DG_KIND_IAB ? "IAB" : "SUM";
}

const char *dg_catalog_subject(enum dg_subject subject)
{
	if (subject == DG_MATH)
		return "MATH";
	return subject == DG_SCIENCE ? "SCIENCE" : "ELA";
}

const char *dg_catalog_genre_name(const char *genre)
{
	static const char *const names[][2] = {
		{ "ARGU", "Argumentative" }, { "EXPL", "Explanatory" },
		{ "INFO", "Informative" },   { "NARR", "Narrative" },
		{ "OPIN", "Opinion" },
	};
	size_t i;

	for (i = 0; i < COUNT(names); i++)
		if (strcmp(genre, names[i][0]) == 0)
			return names[i][1];
	return "";
}

/* Grade as standards write it: "5", or "11-12" in high school. */
static const char *dg_catalog_std_grade(int grade, char *tmp, size_t size)
{
	if (grade == 11)
		return "11-12";
	snprintf(tmp, size, "%d", grade);
	return tmp;
}

static const char *dg_catalog_pick_format(struct dg_rng *r,
					  enum dg_subject subject,
					  const char *claim)
{
	static const char *const ela_formats[] = { "MC", "MS", "EBSR" };
	static const int reading_w[] = { 60, 15, 25 };
	static const int other_w[] = { 65, 30, 5 };
	static const char *const math_formats[] = { "MC", "MS", "EQ" };
	static const int math_w[] = { 60, 15, 25 };
	static const int science_w[] = { 70, 30, 0 };

	if (subject == DG_MATH)
		return math_formats[dg_rng_weighted(r, math_w, 3)];
	if (subject == DG_SCIENCE)
		return ela_formats[dg_rng_weighted(r, science_w, 3)];
	if (claim[0] == '1')
		return ela_formats[dg_rng_weighted(r, reading_w, 3)];
	return ela_formats[dg_rng_weighted(r, other_w, 3)];
}

static void dg_catalog_answer(struct dg_rng *r, struct dg_item *it)
{
	it->max_points = 1;
	it->n_options = 0;
	it->answer[0] = '\0';
	it->distractor = 0;
	if (strcmp(it->format, "MC") == 0) {
		int key = (int)dg_rng_below(r, 4);
		int wrong = (key + 1 + (int)dg_rng_below(r, 3)) % 4;

		it->n_options = 4;
		it->answer[0] = (char)('A' + key);
		it->answer[1] = '\0';
		it->distractor = (char)('A' + wrong);
	} else if (strcmp(it->format, "MS") == 0) {
		int n = dg_rng_range(r, 5, 6);
		int a = (int)dg_rng_below(r, (uint32_t)n - 1);
		int b = a + 1 + (int)dg_rng_below(r, (uint32_t)(n - a - 1));

		it->n_options = (unsigned char)n;
		snprintf(it->answer, sizeof(it->answer), "%c,%c", 'A' + a,
			 'A' + b);
		it->max_points = (unsigned char)(dg_rng_chance(r, 0.3) ? 2 : 1);
	} else if (strcmp(it->format, "EBSR") == 0) {
		it->n_options = 4;
		it->max_points = (unsigned char)(dg_rng_chance(r, 0.4) ? 2 : 1);
	} else if (strcmp(it->format, "EQ") == 0) {
		it->max_points = (unsigned char)(dg_rng_chance(r, 0.2) ? 2 : 1);
	} else if (strcmp(it->format, "WER") == 0) {
		it->max_points = 6;
	}
}

/* Reading claims read passages: a new passage every four to six items. */
static void dg_catalog_passage(struct dg_forge *f, struct dg_item *it,
			       int *left)
{
	if (it->claim[0] != '1' || it->claim[1] != '-') {
		it->passage = 0;
		return;
	}
	if (*left <= 0) {
		f->next_passage += 1 + dg_rng_below(&f->r, 5);
		*left = dg_rng_range(&f->r, 4, 6);
	}
	(*left)--;
	it->passage = f->next_passage;
}

static void dg_catalog_ela_target(struct dg_rng *r, struct dg_item *it,
				  int grade)
{
	char g[8];
	const char *sg = dg_catalog_std_grade(grade, g, sizeof(g));
	int t;

	if (strcmp(it->claim, "1-LT") == 0) {
		t = dg_rng_range(r, 1, 7);
		snprintf(it->standard, sizeof(it->standard), "%s.RL.%d", sg,
			 dg_rng_range(r, 1, 9));
	} else if (strcmp(it->claim, "1-IT") == 0) {
		t = dg_rng_range(r, 8, 14);
		snprintf(it->standard, sizeof(it->standard), "%s.RI.%d", sg,
			 dg_rng_range(r, 1, 9));
	} else if (strcmp(it->claim, "2-W") == 0) {
		t = dg_rng_range(r, 1, 10);
		if (t >= 8)
			snprintf(it->standard, sizeof(it->standard), "%s.L.%d",
				 sg, t - 6);
		else
			snprintf(it->standard, sizeof(it->standard), "%s.W.%d",
				 sg, (t + 1) / 2);
	} else if (strcmp(it->claim, "3-L") == 0) {
		t = 4;
		snprintf(it->standard, sizeof(it->standard), "%s.SL.%d", sg,
			 dg_rng_range(r, 2, 3));
	} else {
		t = dg_rng_range(r, 1, 4);
		snprintf(it->standard, sizeof(it->standard), "%s.W.%d", sg,
			 dg_rng_range(r, 7, 9));
	}
	snprintf(it->target, sizeof(it->target), "%d-%d", t, grade);
}

/* Claim 1 targets follow the domain; claims 2-4 have their own lists. */
static void dg_catalog_math_target(struct dg_rng *r, struct dg_item *it,
				   int grade, int domain)
{
	int n;
	const struct dg_block *b = dg_catalog_block_list(DG_MATH, grade, &n);
	char letter, cluster;
	int number;

	if (domain < 0 || domain >= n)
		domain = (int)dg_rng_below(r, (uint32_t)n);
	if (strcmp(it->claim, "1") == 0)
		letter = (char)('A' + 2 * domain + (int)dg_rng_below(r, 2));
	else if (strcmp(it->claim, "2") == 0)
		letter = (char)('A' + dg_rng_below(r, 4));
	else
		letter = (char)('A' + dg_rng_below(r, 6));
	snprintf(it->target, sizeof(it->target), "%c-%d", letter, grade);
	cluster = (char)('A' + dg_rng_below(r, 3));
	number = dg_rng_range(r, 1, 6);
	if (grade == 11)
		snprintf(it->standard, sizeof(it->standard), "%s.%c.%d",
			 b[domain].area, cluster, number);
	else
		snprintf(it->standard, sizeof(it->standard), "%d.%s.%c.%d",
			 grade, b[domain].area, cluster, number);
}

static void dg_catalog_science_target(struct dg_rng *r, struct dg_item *it,
				      int grade)
{
	const char *band = grade == 5 ? "5" : grade == 8 ? "MS" : "HS";
	const char *domain = science_domains[dg_rng_below(r, 3)];
	int idea = dg_rng_range(r, 1, 4);
	int expectation = dg_rng_range(r, 1, 6);

	snprintf(it->claim, sizeof(it->claim), "%s", domain);
	snprintf(it->standard, sizeof(it->standard), "%s-%s%d-%d", band, domain,
		 idea, expectation);
	snprintf(it->target, sizeof(it->target), "%s", it->standard);
}

/* Fill one item of assessment a; format NULL picks one for the claim. */
static void dg_catalog_item(struct dg_forge *f, const struct dg_asmt *a,
			    struct dg_item *it, const char *claim,
			    const char *format, int domain, int segment)
{
	struct dg_rng *r = &f->r;

	memset(it, 0, sizeof(*it));
	f->next_key += 1 + dg_rng_below(r, 3);
	it->key = f->next_key;
	it->segment = (unsigned char)segment;
	snprintf(it->claim, sizeof(it->claim), "%s", claim);
	if (a->subject == DG_ELA)
		dg_catalog_ela_target(r, it, a->grade);
	else if (a->subject == DG_MATH)
		dg_catalog_math_target(r, it, a->grade, domain);
	else
		dg_catalog_science_target(r, it, a->grade);
	if (!format)
		format = dg_catalog_pick_format(r, a->subject, it->claim);
	snprintf(it->format, sizeof(it->format), "%s", format);
	dg_catalog_answer(r, it);
	it->dok = (unsigned char)dg_rng_range(r, 1, 3);
	it->difficulty = 0.9 * dg_rng_normal(r);
}

static const char *dg_catalog_ela_claim(struct dg_rng *r)
{
	static const char *const claims[] = { "1-LT", "1-IT", "2-W", "3-L",
					      "4-CR" };
	static const int weights[] = { 25, 25, 20, 18, 12 };

	return claims[dg_rng_weighted(r, weights, 5)];
}

static const char *dg_catalog_math_claim(struct dg_rng *r)
{
	static const char *const claims[] = { "1", "2", "3", "4" };
	static const int weights[] = { 60, 12, 18, 10 };

	return claims[dg_rng_weighted(r, weights, 4)];
}

/* The full write's target and standard depend on its genre. */
static void dg_catalog_full_write(struct dg_asmt *a, struct dg_item *it)
{
	char g[8];
	const char *sg = dg_catalog_std_grade(a->grade, g, sizeof(g));
	int target = 7;
	int standard = 1;

	if (strcmp(a->genre, "INFO") == 0 || strcmp(a->genre, "EXPL") == 0) {
		target = 4;
		standard = 2;
	} else if (strcmp(a->genre, "NARR") == 0) {
		target = 2;
		standard = 3;
	}
	snprintf(it->target, sizeof(it->target), "%d-%d", target, a->grade);
	snprintf(it->standard, sizeof(it->standard), "%s.W.%da", sg, standard);
	it->dok = 4;
}

/* Summative and ICA forms: a main segment and a performance task. */
static void dg_catalog_fill_full(struct dg_forge *f, struct dg_asmt *a)
{
	int perf = a->subject == DG_ELA ? 4 : 5;
	int main_n = a->n_items - perf;
	int left = 0, i;

	for (i = 0; i < main_n; i++) {
		struct dg_item *it = &a->items[i];
		const char *claim = a->subject == DG_ELA
					? dg_catalog_ela_claim(&f->r)
					: dg_catalog_math_claim(&f->r);

		dg_catalog_item(f, a, it, claim, NULL, -1, 0);
		dg_catalog_passage(f, it, &left);
	}
	for (i = main_n; i < a->n_items; i++) {
		struct dg_item *it = &a->items[i];
		static const char *const math_perf[] = { "2", "4", "3", "2",
							 "4" };

		if (a->subject == DG_MATH) {
			dg_catalog_item(f, a, it, math_perf[i - main_n], NULL,
					-1, 1);
		} else if (i == a->n_items - 1) {
			dg_catalog_item(f, a, it, "2-W", "WER", -1, 1);
			dg_catalog_full_write(a, it);
		} else {
			dg_catalog_item(f, a, it, "4-CR", NULL, -1, 1);
			it->dok = 3;
		}
	}
}

/* IABs cover one claim (ELA) or one domain (math). */
static void dg_catalog_fill_iab(struct dg_forge *f, struct dg_asmt *a,
				const struct dg_block *b, int domain)
{
	int left = 0, i;

	for (i = 0; i < a->n_items; i++) {
		struct dg_item *it = &a->items[i];

		if (a->subject == DG_ELA) {
			dg_catalog_item(f, a, it, b->area, NULL, -1, 0);
			dg_catalog_passage(f, it, &left);
		} else {
			const char *claim =
			    dg_rng_chance(&f->r, 0.75) ? "1" : "3";

			dg_catalog_item(f, a, it, claim, NULL, domain, 0);
		}
	}
}

static void dg_catalog_fill_cast(struct dg_forge *f, struct dg_asmt *a)
{
	int i;

	for (i = 0; i < a->n_items; i++)
		dg_catalog_item(f, a, &a->items[i], "", NULL, -1, 0);
}

static struct dg_asmt *dg_catalog_add(struct dg_catalog *c, size_t *cap,
				      int year, int grade, int slot)
{
	struct dg_asmt *a;
	int gi = dg_catalog_grade_index(grade);

	if (c->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		c->asmts = dg_xrealloc(c->asmts, *cap * sizeof(*c->asmts));
	}
	c->slots[(year * GRADES + gi) * SLOTS + slot] = (int)c->n;
	a = &c->asmts[c->n++];
	memset(a, 0, sizeof(*a));
	return a;
}

static void dg_catalog_common(struct dg_forge *f, struct dg_asmt *a,
			      enum dg_kind kind, enum dg_subject subject,
			      int grade, int year, int year_end, int n_items)
{
	a->kind = kind;
	a->subject = subject;
	a->grade = grade;
	a->year = year;
	a->year_end = year_end;
	a->version = dg_rng_range(&f->r, 9000, 19999);
	a->n_items = n_items;
	a->items = dg_xcalloc((size_t)n_items, sizeof(*a->items));
	a->n_segments = 1;
	a->form_key[0] = dg_rng_range(&f->r, 10000, 29999);
	a->form_key[1] = dg_rng_range(&f->r, 10000, 29999);
}

static void dg_catalog_genre(struct dg_forge *f, struct dg_asmt *a)
{
	static const char *const elementary[] = { "OPIN", "INFO", "NARR" };
	static const char *const secondary[] = { "ARGU", "EXPL", "NARR" };
	const char *const *list = a->grade <= 5 ? elementary : secondary;

	if (a->subject == DG_ELA)
		snprintf(a->genre, sizeof(a->genre), "%s",
			 list[dg_rng_below(&f->r, 3)]);
}

static const char *dg_catalog_grade_words(int grade, char *tmp, size_t size)
{
	if (grade == 11)
		return "High School";
	snprintf(tmp, size, "Grade %d", grade);
	return tmp;
}

static void dg_catalog_make_sum(struct dg_catalog *c, struct dg_forge *f,
				size_t *cap, int year, int year_end, int grade,
				enum dg_subject s)
{
	struct dg_asmt *a = dg_catalog_add(c, cap, year, grade,
					   dg_catalog_slot(DG_KIND_SUM, s, 0));
	const char *sub = dg_catalog_subject(s);
	const char *topic =
	    s == DG_ELA ? ela_topics[dg_rng_below(&f->r, COUNT(ela_topics))]
			: math_topics[dg_rng_below(&f->r, COUNT(math_topics))];
	int n = s == DG_ELA ? dg_rng_range(&f->r, 38, 40)
			    : dg_rng_range(&f->r, 34, 36);
	char g[24];

	dg_catalog_common(f, a, DG_KIND_SUM, s, grade, year, year_end, n);
	dg_catalog_genre(f, a);
	snprintf(a->test_id, sizeof(a->test_id), "SBAC-SUM-%s-%d-%d-%d", sub,
		 grade, year_end - 1, year_end);
	snprintf(a->name, sizeof(a->name), "(SBAC)%s", a->test_id);
	snprintf(a->label, sizeof(a->label), "%s %s - Summative",
		 dg_catalog_grade_words(grade, g, sizeof(g)),
		 s == DG_ELA ? "ELA" : "Math");
	a->n_segments = 2;
	snprintf(a->segment[0], sizeof(a->segment[0]),
		 "(SBAC)SBAC-SUM-%s-%d-CAT-%d-%d", sub, grade, year_end - 1,
		 year_end);
	snprintf(a->segment[1], sizeof(a->segment[1]),
		 "(SBAC)SBAC-SUM-%s-%d-PT-%s-%d-%d", sub, grade, topic,
		 year_end - 1, year_end);
	snprintf(a->form[0], sizeof(a->form[0]), "%s SUM G%d %d ENG", sub,
		 grade, year_end);
	snprintf(a->form[1], sizeof(a->form[1]), "%s SUM PT G%d %d ENG", sub,
		 grade, year_end);
	dg_catalog_fill_full(f, a);
}

static void dg_catalog_make_ica(struct dg_catalog *c, struct dg_forge *f,
				size_t *cap, int year, int year_end, int grade,
				enum dg_subject s)
{
	struct dg_asmt *a = dg_catalog_add(c, cap, year, grade,
					   dg_catalog_slot(DG_KIND_ICA, s, 0));
	const char *sub = dg_catalog_subject(s);
	char letter = s == DG_ELA ? 'E' : 'M';
	const char *topic =
	    s == DG_ELA ? ela_topics[dg_rng_below(&f->r, COUNT(ela_topics))]
			: math_topics[dg_rng_below(&f->r, COUNT(math_topics))];
	int n = s == DG_ELA ? dg_rng_range(&f->r, 36, 40)
			    : dg_rng_range(&f->r, 32, 36);
	char g[24];

	dg_catalog_common(f, a, DG_KIND_ICA, s, grade, year, year_end, n);
	dg_catalog_genre(f, a);
	snprintf(a->test_id, sizeof(a->test_id),
		 "SBAC-ICA-FIXED-G%d%c-COMBINED-%d", grade, letter, year_end);
	snprintf(a->name, sizeof(a->name), "(SBAC)%s-Winter-%d-%d", a->test_id,
		 year_end - 1, year_end);
	snprintf(a->label, sizeof(a->label), "%s %s - Interim Comprehensive",
		 dg_catalog_grade_words(grade, g, sizeof(g)),
		 s == DG_ELA ? "ELA" : "Math");
	a->n_segments = 2;
	snprintf(a->segment[0], sizeof(a->segment[0]),
		 "(SBAC)SBAC-ICA-FIXED-G%d%c-%s-%d-Winter-%d-%d", grade, letter,
		 sub, grade, year_end - 1, year_end);
	snprintf(a->segment[1], sizeof(a->segment[1]),
		 "(SBAC)SBAC-ICA-FIXED-G%d%c-Perf-%s-%s-%d-Winter-%d-%d", grade,
		 letter, topic, sub, grade, year_end - 1, year_end);
	snprintf(a->form[0], sizeof(a->form[0]), "%s ICA G%d %d ENG", sub,
		 grade, year_end);
	snprintf(a->form[1], sizeof(a->form[1]), "%s ICA Perf G%d %d ENG", sub,
		 grade, year_end);
	dg_catalog_fill_full(f, a);
}

static void dg_catalog_make_iab(struct dg_catalog *c, struct dg_forge *f,
				size_t *cap, int year, int year_end, int grade,
				enum dg_subject s, int block)
{
	struct dg_asmt *a = dg_catalog_add(
	    c, cap, year, grade, dg_catalog_slot(DG_KIND_IAB, s, block));
	int nb;
	const struct dg_block *b = &dg_catalog_block_list(s, grade, &nb)[block];
	const char *sub = dg_catalog_subject(s);
	char letter = s == DG_ELA ? 'E' : 'M';
	int n = s == DG_ELA ? dg_rng_range(&f->r, 8, 15)
			    : dg_rng_range(&f->r, 10, 16);
	char g[24];

	dg_catalog_common(f, a, DG_KIND_IAB, s, grade, year, year_end, n);
	snprintf(a->block, sizeof(a->block), "%s", b->code);
	snprintf(a->test_id, sizeof(a->test_id),
		 "SBAC-IAB-FIXED-G%d%c-%s-%s-%d", grade, letter, b->code, sub,
		 grade);
	snprintf(a->name, sizeof(a->name), "(SBAC)%s-Winter-%d-%d", a->test_id,
		 year_end - 1, year_end);
	snprintf(a->label, sizeof(a->label), "%s %s - %s",
		 dg_catalog_grade_words(grade, g, sizeof(g)),
		 s == DG_ELA ? "ELA" : "Math", b->title);
	snprintf(a->segment[0], sizeof(a->segment[0]), "%s", a->name);
	snprintf(a->form[0], sizeof(a->form[0]), "IAB-G%d%c-%s-%d ENG", grade,
		 letter, b->code, year_end);
	dg_catalog_fill_iab(f, a, b, block);
}

static void dg_catalog_make_cast(struct dg_catalog *c, struct dg_forge *f,
				 size_t *cap, int year, int year_end, int grade)
{
	struct dg_asmt *a = dg_catalog_add(c, cap, year, grade, SLOT_CAST);
	char g[24];

	dg_catalog_common(f, a, DG_KIND_CAST, DG_SCIENCE, grade, year, year_end,
			  dg_rng_range(&f->r, 30, 34));
	snprintf(a->test_id, sizeof(a->test_id), "CAST-SUM-SCIENCE-%d-%d-%d",
		 grade, year_end - 1, year_end);
	snprintf(a->name, sizeof(a->name), "(CA)%s", a->test_id);
	snprintf(a->label, sizeof(a->label), "%s Science - CAST",
		 dg_catalog_grade_words(grade, g, sizeof(g)));
	snprintf(a->segment[0], sizeof(a->segment[0]), "%s", a->name);
	snprintf(a->form[0], sizeof(a->form[0]), "CAST G%d %d ENG", grade,
		 year_end);
	dg_catalog_fill_cast(f, a);
}

static void dg_catalog_make_grade(struct dg_catalog *c, struct dg_forge *f,
				  size_t *cap, int year, int year_end,
				  int grade)
{
	enum dg_subject s;
	int b;

	for (s = DG_ELA; s <= DG_MATH; s++) {
		dg_catalog_make_sum(c, f, cap, year, year_end, grade, s);
		dg_catalog_make_ica(c, f, cap, year, year_end, grade, s);
	}
	for (s = DG_ELA; s <= DG_MATH; s++)
		for (b = 0; b < dg_catalog_blocks(s, grade); b++)
			dg_catalog_make_iab(c, f, cap, year, year_end, grade, s,
					    b);
	if (dg_scales_cast(grade))
		dg_catalog_make_cast(c, f, cap, year, year_end, grade);
}

void dg_catalog_build(struct dg_catalog *c, uint64_t seed, int first_year,
		      int years)
{
	struct dg_forge f;
	size_t cap = 0, i;
	int year, gi;

	memset(c, 0, sizeof(*c));
	c->years = years;
	c->slots = dg_xmalloc((size_t)years * GRADES * SLOTS * sizeof(int));
	for (i = 0; i < (size_t)years * GRADES * SLOTS; i++)
		c->slots[i] = -1;
	dg_rng_init(&f.r, dg_rng_key(seed, 0xca7, 0, 0));
	f.next_key = 10000 + dg_rng_below(&f.r, 40000);
	f.next_passage = 100 + dg_rng_below(&f.r, 800);
	for (year = 0; year < years; year++)
		for (gi = 0; gi < GRADES; gi++)
			dg_catalog_make_grade(c, &f, &cap, year,
					      first_year + year,
					      dg_catalog_grade_of(gi));
}

void dg_catalog_release(struct dg_catalog *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->asmts[i].items);
	free(c->asmts);
	free(c->slots);
	memset(c, 0, sizeof(*c));
}
