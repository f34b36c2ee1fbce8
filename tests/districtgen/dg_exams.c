#include "dg_exams.h"

#include "dg_mem.h"
#include "dg_out.h"
#include "dg_score.h"
#include "dg_trt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Largest TRT document: items with long responses stay far below. */
#define DOC_MAX (8u << 20)

static int dg_exams_width(size_t n)
{
	int width = 1;

	while (n >= 10) {
		n /= 10;
		width++;
	}
	return width < 6 ? 6 : width;
}

/* "000042.xml": zero-padded so that names sort in delivery order. */
static void dg_exams_name(char *out, size_t number, int width)
{
	int i;

	for (i = width - 1; i >= 0; i--) {
		out[i] = (char)('0' + number % 10);
		number /= 10;
	}
	memcpy(out + width, ".xml", 5);
}

static void dg_exams_render(const struct dg_world *w, const struct dg_doc *doc,
			    struct dg_result *res, struct dg_buf *b)
{
	const struct dg_student *st = &w->plan.students[doc->student];
	const struct dg_asmt *a = &w->catalog.asmts[doc->asmt];
	struct dg_trt_exam e;
	struct dg_score_in in;
	int groups[2], i;

	in.asmt = a;
	in.z = dg_student_z(st, w->cohort.seed, a->subject, doc->year);
	in.exam_key = doc->exam_key;
	in.start_ms = doc->start_ms;
	in.done_ms = doc->done_ms;
	in.update = doc->kind == DG_DOC_UPDATE;
	in.items = !w->opts->no_items;
	dg_score_exam(res, &in);
	e.district = &w->district;
	e.school = &w->district.schools[doc->school];
	e.student = st;
	e.asmt = a;
	e.doc = doc;
	e.result = res;
	e.items = !w->opts->no_items;
	e.n_groups = dg_groups_of(&w->groups, doc->student, doc->year, groups);
	for (i = 0; i < e.n_groups; i++)
		e.groups[i] = w->groups.v[groups[i]].name;
	dg_trt_write(b, &e);
}

int dg_exams_write(const struct dg_world *w, const char *outdir)
{
	char dir[4096], name[32];
	struct dg_result *res = dg_xmalloc(sizeof(*res));
	struct dg_buf b;
	int width = dg_exams_width(w->plan.n_docs);
	int rc = 0;
	size_t i;

	snprintf(dir, sizeof(dir), "%s/trt", outdir);
	if (dg_out_mkdirs(dir) < 0 || dg_out_clear_numbered(dir) < 0) {
		free(res);
		return -1;
	}
	dg_buf_init(&b, DOC_MAX);
	for (i = 0; i < w->plan.n_docs && rc == 0; i++) {
		dg_buf_reset(&b);
		dg_exams_render(w, &w->plan.docs[i], res, &b);
		dg_exams_name(name, i + 1, width);
		rc = dg_out_file(dir, name, &b);
	}
	dg_buf_release(&b);
	free(res);
	return rc;
}
