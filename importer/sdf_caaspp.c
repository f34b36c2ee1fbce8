#include "sdf_caaspp.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "score_cells.h"
#include "sdf_rows.h"

static const struct sdf_record records[] = {
	{ 1, "SBAC", "ELA" },	 { 2, "SBAC", "MATH" },
	{ 3, "CAA", "ELA" },	 { 4, "CAA", "MATH" },
	{ 5, "CAA", "SCIENCE" }, { 6, "CAST", "SCIENCE" },
	{ 9, "CSA", "SPANISH" },
};

/* Claim slots 1-4 of each Smarter Balanced subject, as claims.csv codes. */
static const char *const ela_claims[4] = { "SOCK_R", "2-W", "SOCK_LS", "4-CR" };
static const char *const math_claims[4] = { "1", "SOCK_2", "3", NULL };
static const char *const composite_claims[2] = { "COMP1", "COMP2" };
static const char *const domain_codes[3] = { "1", "2", "3" };

/* Writing traits: column, trait code, highest score. */
static const struct {
	const char *column, *trait;
	int max;
} traits[3] = {
	{ "WERPOR", "ORG", 4 },
	{ "WERDEVEEL", "EVI", 4 },
	{ "WERCOV", "CON", 2 },
};

struct caaspp {
	struct delimited_job *job;
	struct exam *exam;
	int overall[3], theta;
	int claims[4][3], composites[2][3], domains[3][3];
	int genre, traits[3];
};

static void bind_scores(struct caaspp *c, const struct table *t)
{
	char name[64];
	int i;

	c->overall[0] = table_column(t, "ScaleScore");
	c->overall[1] = table_column(t, "StandardErrorMeasurement");
	c->overall[2] = table_column(t, "AchievementLevels");
	c->theta = table_column(t, "ThetaScore");
	for (i = 0; i < 4; i++) {
		snprintf(name, sizeof(name), "SmarterClaimScore%d", i + 1);
		c->claims[i][0] = table_column(t, name);
		c->claims[i][1] = -1;
		snprintf(name, sizeof(name), "SmarterClaim%dPL", i + 1);
		c->claims[i][2] = table_column(t, name);
	}
	for (i = 0; i < 2; i++) {
		snprintf(name, sizeof(name), "SmarterCompClaim%dScore", i + 1);
		c->composites[i][0] = table_column(t, name);
		c->composites[i][1] = -1;
		snprintf(name, sizeof(name), "SmarterCompClaim%dPL", i + 1);
		c->composites[i][2] = table_column(t, name);
	}
	for (i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "Domain%dLevel", i + 1);
		c->domains[i][0] = c->domains[i][1] = -1;
		c->domains[i][2] = table_column(t, name);
	}
	c->genre = table_column(t, "Genre");
	for (i = 0; i < 3; i++)
		c->traits[i] = table_column(t, traits[i].column);
}

static void read_claims(struct caaspp *c, const struct sdf_record *r)
{
	const char *const *codes = NULL;
	int i;

	if (!strcmp(r->family, "SBAC"))
		codes = !strcmp(r->subject, "ELA") ? ela_claims : math_claims;
	for (i = 0; codes && i < 4; i++)
		if (codes[i])
			score_cells_child(c->job, c->exam, "claim", codes[i], 3,
					  c->claims[i]);
	for (i = 0; codes && i < 2; i++)
		score_cells_child(c->job, c->exam, "claim", composite_claims[i],
				  3, c->composites[i]);
	for (i = 0; !codes && i < 3; i++)
		score_cells_child(c->job, c->exam, "domain", domain_codes[i], 3,
				  c->domains[i]);
}

/* The genre code of a Genre cell: "Narrative" and "NARR" alike. */
static const char *genre_code(struct exam *e, const char *genre)
{
	static const char *const codes[] = { "ARGU", "EXPL", "INFO", "NARR",
					     "OPIN" };
	char code[5] = "";
	size_t i;

	for (i = 0; i < 4 && genre[i]; i++)
		code[i] = (char)toupper((unsigned char)genre[i]);
	code[i] = '\0';
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (!strcmp(code, codes[i]))
			return exam_strdup(e, code);
	return NULL;
}

/* A trait cell holds a score, or a letter condition code (B, L, ...). */
static void read_trait(struct caaspp *c, int i, const char *genre)
{
	const char *v = table_cell(c->job->table, c->traits[i]);
	struct exam_trait *t;
	long score;

	if (!*v)
		return;
	t = exam_add_trait(c->exam);
	t->genre = genre;
	t->trait = traits[i].trait;
	t->max_score = traits[i].max;
	t->line = table_line(c->job->table);
	if (isalpha((unsigned char)*v) && strlen(v) <= 2) {
		t->condition_code = v;
		return;
	}
	if (delimited_job_int(c->job, c->traits[i], &score) != 1)
		return;
	if (score < 0 || score > traits[i].max)
		delimited_job_error(c->job, c->traits[i], v,
				    "writing trait score outside 0-%d",
				    traits[i].max);
	t->score = (int)score;
	t->has_score = 1;
}

static void read_traits(struct caaspp *c)
{
	const char *genre = table_cell(c->job->table, c->genre);
	const char *code;
	int i, given = 0;

	for (i = 0; i < 3; i++)
		given |= *table_cell(c->job->table, c->traits[i]) != '\0';
	if (!given)
		return;
	if (!(code = genre_code(c->exam, genre))) {
		delimited_job_error(c->job, c->genre, genre,
				    "not a writing genre (argumentative, "
				    "explanatory, informational, narrative "
				    "or opinion)");
		return;
	}
	for (i = 0; i < 3; i++)
		read_trait(c, i, code);
}

static void read_scores(void *scores, struct delimited_job *job, struct exam *e,
			const struct sdf_record *r,
			const struct store_assessment *a)
{
	struct caaspp *c = scores;

	c->job = job;
	c->exam = e;
	score_cells_overall(job, e, a, c->overall);
	e->has_theta = delimited_job_number(job, c->theta, &e->theta) == 1;
	read_claims(c, r);
	read_traits(c);
}

int sdf_caaspp_import(struct delimited_job *job)
{
	static const char *const required[] = { "ScaleScore",
						"AchievementLevels", NULL };
	static const struct sdf_format format = { required, records,
						  sizeof(records) /
						      sizeof(records[0]),
						  "01-06 or 09", read_scores };
	struct caaspp c;

	bind_scores(&c, job->table);
	return sdf_rows_import(job, &format, &c);
}
