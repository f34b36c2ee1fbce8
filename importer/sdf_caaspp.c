#include "sdf_caaspp.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "exam_filer.h"
#include "log.h"
#include "score_cells.h"
#include "sdf_assessment.h"
#include "sdf_row.h"

struct record {
	int type;
	const char *family, *subject;
};

static const struct record records[] = {
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
	struct sdf_row row;
	int overall[3], theta;
	int claims[4][3], composites[2][3], domains[3][3];
	int genre, traits[3];
	struct exam exam;
	struct exam_filer filer;
	long skipped;
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

static const struct record *find_record(int type)
{
	size_t i;

	for (i = 0; i < sizeof(records) / sizeof(records[0]); i++)
		if (records[i].type == type)
			return &records[i];
	return NULL;
}

static void read_claims(struct caaspp *c, const struct record *r)
{
	const char *const *codes = NULL;
	int i;

	if (!strcmp(r->family, "SBAC"))
		codes = !strcmp(r->subject, "ELA") ? ela_claims : math_claims;
	for (i = 0; codes && i < 4; i++)
		if (codes[i])
			score_cells_child(c->job, &c->exam, "claim", codes[i],
					  3, c->claims[i]);
	for (i = 0; codes && i < 2; i++)
		score_cells_child(c->job, &c->exam, "claim",
				  composite_claims[i], 3, c->composites[i]);
	for (i = 0; !codes && i < 3; i++)
		score_cells_child(c->job, &c->exam, "domain", domain_codes[i],
				  3, c->domains[i]);
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
	t = exam_add_trait(&c->exam);
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
	if (!(code = genre_code(&c->exam, genre))) {
		delimited_job_error(c->job, c->genre, genre,
				    "not a writing genre (argumentative, "
				    "explanatory, informational, narrative "
				    "or opinion)");
		return;
	}
	for (i = 0; i < 3; i++)
		read_trait(c, i, code);
}

static void read_scores(struct caaspp *c, const struct record *r,
			const struct store_assessment *a)
{
	struct exam *e = &c->exam;

	score_cells_overall(c->job, e, a, c->overall);
	e->has_theta = delimited_job_number(c->job, c->theta, &e->theta) == 1;
	read_claims(c, r);
	read_traits(c);
	sdf_assessment_scored(e);
}

static int import_row(void *ctx)
{
	struct caaspp *c = ctx;
	struct exam *e = &c->exam;
	const struct store_assessment *a = NULL;
	const struct record *r;
	int rc;

	exam_reset(e);
	if (!(r = find_record(sdf_row_record_type(&c->row, c->job)))) {
		c->skipped++;
		return 0;
	}
	if (sdf_row_read(&c->row, c->job, e) && (e->grade < 0 || !e->opp_key))
		return 0;
	rc = sdf_assessment_resolve(c->job, &c->filer, e, r->family, r->subject,
				    c->row.grade, &a);
	if (rc < 0 || !a)
		return rc;
	read_scores(c, r, a);
	return exam_filer_file_row(&c->filer, c->job, e, a, c->row.school);
}

int sdf_caaspp_import(struct delimited_job *job)
{
	static const char *const required[] = { "ScaleScore",
						"AchievementLevels", NULL };
	struct caaspp c;
	int rc;

	if (delimited_job_require(job, sdf_row_required) +
	    delimited_job_require(job, required))
		return -1;
	memset(&c, 0, sizeof(c));
	c.job = job;
	sdf_row_bind(&c.row, job->table);
	bind_scores(&c, job->table);
	exam_init(&c.exam);
	exam_filer_init(&c.filer, job->store, job->import_id,
			&job->result->exams);
	rc = delimited_job_each_row(job, import_row, &c);
	if (c.skipped)
		log_warn("%s: skipped %ld rows of a RecordType other than "
			 "01-06 or 09",
			 job->name, c.skipped);
	exam_filer_release(&c.filer);
	exam_release(&c.exam);
	return rc < -1 ? rc : job->errors->count ? -1 : 0;
}
