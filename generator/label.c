#include "label.h"

#include <string.h>
#include <strings.h>

#include "catalog.h"

static int is(const char *a, const char *b)
{
	return a && !strcmp(a, b);
}

int label_level_count(const struct ds_assessment *a)
{
	if (is(a->kind, "IAB"))
		return 3;
	if (a->levels >= 2 && a->levels <= 4)
		return a->levels;
	return is(a->family, "CAA") || is(a->family, "CSA") ? 3 : 4;
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

int label_claim_slot(const char *subject, const char *code)
{
	const struct claim_row *r = catalog_claim(subject, code);

	return r ? r->slot : 0;
}

int label_is_composite(const char *code)
{
	return code &&
	       (!strcasecmp(code, "ORAL") || !strcasecmp(code, "WRITTEN"));
}
