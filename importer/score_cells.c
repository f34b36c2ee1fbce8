#include "score_cells.h"

#include <string.h>
#include <strings.h>

int score_cells_scale(struct delimited_job *job, int column,
		      const struct store_assessment *a, double *out)
{
	const char *v = table_cell(job->table, column);
	int rc;

	if (!strcasecmp(v, "NS"))
		return 0;
	rc = delimited_job_number(job, column, out);
	if (rc <= 0 || !a || !a->has_scale)
		return rc;
	if (*out < a->scale_low || *out > a->scale_high) {
		delimited_job_error(job, column, v, "outside %g-%g",
				    a->scale_low, a->scale_high);
		return -1;
	}
	return 1;
}

int score_cells_se(struct delimited_job *job, int column, double *out)
{
	int rc = delimited_job_number(job, column, out);

	if (rc == 1 && *out < 0) {
		delimited_job_error(job, column, table_cell(job->table, column),
				    "standard error below zero");
		return -1;
	}
	return rc;
}

int score_cells_level(struct delimited_job *job, int column, int max, int *out)
{
	long level;
	int rc = delimited_job_int(job, column, &level);

	if (rc <= 0)
		return rc;
	if (level < 1 || level > max) {
		delimited_job_error(job, column, table_cell(job->table, column),
				    "level outside 1-%d", max);
		return -1;
	}
	*out = (int)level;
	return 1;
}

void score_cells_overall(struct delimited_job *job, struct exam *e,
			 const struct store_assessment *a, const int cols[3])
{
	int max = a->levels > 0 ? a->levels : 4;

	e->has_scale_score =
	    score_cells_scale(job, cols[0], a, &e->scale_score) == 1;
	e->has_scale_se = score_cells_se(job, cols[1], &e->scale_se) == 1;
	score_cells_level(job, cols[2], max, &e->level);
}

void score_cells_child(struct delimited_job *job, struct exam *e,
		       const char *kind, const char *code, int max_level,
		       const int cols[3])
{
	struct exam_score *s;
	double scale = 0, se = 0;
	int has_scale, has_se, level = 0;

	has_scale = score_cells_scale(job, cols[0], NULL, &scale) == 1;
	has_se = score_cells_se(job, cols[1], &se) == 1;
	score_cells_level(job, cols[2], max_level, &level);
	if (!has_scale && !has_se && !level)
		return;
	s = exam_add_score(e);
	s->kind = kind;
	s->code = code;
	s->scale_score = scale;
	s->has_scale_score = has_scale;
	s->scale_se = se;
	s->has_scale_se = has_se;
	s->level = level;
	s->line = table_line(job->table);
}
