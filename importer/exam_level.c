#include "exam_level.h"

#include <string.h>

#include "catalog.h"

const char *exam_level_family(const char *name, const char *subject)
{
	if (strstr(name, "CAA"))
		return "CAA";
	if (!strcmp(subject, "SCIENCE"))
		return "CAST";
	if (!strcmp(subject, "ELPAC"))
		return "ELPAC";
	if (!strcmp(subject, "SPANISH"))
		return "CSA";
	return "SBAC";
}

int exam_level_scale(struct store_assessment *a)
{
	const struct scale_row *scale =
	    catalog_scale(a->family, a->subject, a->grade);

	if (!scale)
		return 0;
	a->has_scale = 1;
	a->levels = scale->levels;
	a->scale_low = scale->low;
	a->scale_high = scale->high;
	a->cut2 = scale->cut2;
	a->cut3 = scale->cut3;
	a->cut4 = scale->cut4;
	return 1;
}

void exam_level_derive(struct exam *e, const struct store_assessment *a)
{
	struct scale_row scale;

	if (e->level || !e->has_scale_score || !a->has_scale)
		return;
	memset(&scale, 0, sizeof(scale));
	scale.levels = a->levels;
	scale.cut2 = a->cut2;
	scale.cut3 = a->cut3;
	scale.cut4 = a->cut4;
	if (!strcmp(a->kind, "IAB"))
		e->level = catalog_iab_category(
		    &scale, e->scale_score, e->has_scale_se ? e->scale_se : 0);
	else
		e->level = catalog_level(&scale, e->scale_score);
	e->level_derived = 1;
}

void exam_level_count(struct exam_counts *c, enum store_exam_outcome o)
{
	switch (o) {
	case EXAM_INSERTED:
		c->inserted++;
		break;
	case EXAM_UPDATED:
		c->updated++;
		break;
	case EXAM_DELETED:
		c->deleted++;
		break;
	case EXAM_OLDER:
		c->older++;
		break;
	default:
		c->unchanged++;
	}
}
