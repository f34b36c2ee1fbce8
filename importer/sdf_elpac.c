#include "sdf_elpac.h"

#include "score_cells.h"
#include "sdf_rows.h"

/* Oral and written language composites, as alternate scores. */
static const struct {
	const char *code, *scale, *level, *se;
} composites[2] = {
	{ "ORAL", "OralLanguageScaleScore", "OralLanguagePL",
	  "OralLanguageCSEM" },
	{ "WRITTEN", "WrittenLanguageScaleScore", "WrittenLanguagePL",
	  "WrittenLanguageCSEM" },
};

static const struct {
	const char *code, *level;
} domains[4] = {
	{ "LISTENING", "ListeningPL" },
	{ "SPEAKING", "SpeakingPL" },
	{ "READING", "ReadingPL" },
	{ "WRITING", "WritingPL" },
};

struct elpac {
	int overall[3], composites[2][3], domains[4][3];
};

static void bind_scores(struct elpac *c, const struct table *t)
{
	int i;

	c->overall[0] = table_column(t, "OverallScaleScore");
	c->overall[1] = table_column(t, "OverallScaleScoreCSEM");
	c->overall[2] = table_column(t, "OverallPL");
	for (i = 0; i < 2; i++) {
		c->composites[i][0] = table_column(t, composites[i].scale);
		c->composites[i][1] = table_column(t, composites[i].se);
		c->composites[i][2] = table_column(t, composites[i].level);
	}
	for (i = 0; i < 4; i++) {
		c->domains[i][0] = c->domains[i][1] = -1;
		c->domains[i][2] = table_column(t, domains[i].level);
	}
}

static void read_scores(void *scores, struct delimited_job *job, struct exam *e,
			const struct sdf_record *r,
			const struct store_assessment *a)
{
	struct elpac *c = scores;
	int i;

	(void)r;
	score_cells_overall(job, e, a, c->overall);
	for (i = 0; i < 2; i++)
		score_cells_child(job, e, "alt", composites[i].code, 4,
				  c->composites[i]);
	for (i = 0; i < 4; i++)
		score_cells_child(job, e, "domain", domains[i].code, 3,
				  c->domains[i]);
}

int sdf_elpac_import(struct delimited_job *job)
{
	static const char *const required[] = { "OverallScaleScore",
						"OverallPL", NULL };
	static const struct sdf_record summative[] = {
		{ 21, "ELPAC", "ELPAC" },
	};
	static const struct sdf_format format = {
		required, summative, 1, "21: only the summative ELPAC is read",
		read_scores
	};
	struct elpac c;

	bind_scores(&c, job->table);
	return sdf_rows_import(job, &format, &c);
}
