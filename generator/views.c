#include "views.h"

#include <stdlib.h>

#include "page_dashboard.h"
#include "page_home.h"
#include "page_items.h"
#include "page_results.h"
#include "page_targets.h"
#include "xalloc.h"

static int view_pages(struct site *s, const struct view *v)
{
	if (page_results(s, v) < 0)
		return -1;
	if (view_has_items(v) && page_items(s, v) < 0)
		return -1;
	if (view_has_targets(v) && page_targets(s, v) < 0)
		return -1;
	return 0;
}

/* The students of the cohort with a result in the year. */
static int population(const struct site *s, const struct cohort *c, int year)
{
	const struct dataset *ds = s->ds;
	int i, k, n = 0;

	if (c->group)
		return c->group->member_count;
	for (i = 0; i < ds->roster_count; i++) {
		const struct ds_student *p = ds->roster[i];

		for (k = 0; k < p->exam_count; k++)
			if (p->exams[k]->in_scope &&
			    p->exams[k]->school_year == year)
				break;
		n += k < p->exam_count;
	}
	return n;
}

static int dashboards(struct site *s, const struct cohort *c,
		      const struct view *views, int count)
{
	int i = 0;

	while (i < count) {
		int year = views[i].slice->year, n = 0;

		while (i + n < count && views[i + n].slice->year == year)
			n++;
		if (page_dashboard_wanted(views + i, n) &&
		    page_dashboard(s, c, year, views + i, n,
				   population(s, c, year)) < 0)
			return -1;
		i += n;
	}
	return 0;
}

int views_build(struct site *s, const struct cohort *c)
{
	const struct dataset *ds = s->ds;
	struct view *views =
	    xcalloc((size_t)ds->slice_count + 1, sizeof(*views));
	int i, n = 0, rc = 0;

	for (i = 0; i < ds->slice_count; i++) {
		view_init(&views[n], c, &ds->slices[i]);
		if (views[n].count)
			n++;
		else
			view_release(&views[n]);
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = view_pages(s, &views[i]);
	if (rc == 0)
		rc = dashboards(s, c, views, n);
	if (rc == 0)
		rc = page_home(s, c, views, n);
	for (i = 0; i < n; i++)
		view_release(&views[i]);
	free(views);
	return rc;
}
