#include "catalog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "embedded.h"
#include "xalloc.h"

static struct scale_row *scales;
static int scale_count;
static struct claim_row *claims;
static int claim_count;

/* Split one line of a catalog file at commas; the catalogs hold no quotes. */
static int split_line(char *line, char **fields, int max)
{
	int n = 0;

	fields[n++] = line;
	for (; *line && n < max; line++) {
		if (*line == ',') {
			*line = '\0';
			fields[n++] = line + 1;
		}
	}
	return n;
}

static int load_scale(char **f, int n)
{
	struct scale_row *r;

	if (n < 9)
		return -1;
	scales = xrealloc(scales, (size_t)(scale_count + 1) * sizeof(*r));
	r = &scales[scale_count++];
	memset(r, 0, sizeof(*r));
	snprintf(r->family, sizeof(r->family), "%s", f[0]);
	snprintf(r->subject, sizeof(r->subject), "%s", f[1]);
	r->grade = atoi(f[2]);
	r->levels = atoi(f[3]);
	r->low = atof(f[4]);
	r->high = atof(f[5]);
	r->cut2 = atof(f[6]);
	r->cut3 = atof(f[7]);
	r->cut4 = f[8][0] ? atof(f[8]) : 0;
	return 0;
}

static int load_claim(char **f, int n)
{
	struct claim_row *r;

	if (n < 4)
		return -1;
	claims = xrealloc(claims, (size_t)(claim_count + 1) * sizeof(*r));
	r = &claims[claim_count++];
	memset(r, 0, sizeof(*r));
	snprintf(r->subject, sizeof(r->subject), "%s", f[0]);
	snprintf(r->code, sizeof(r->code), "%s", f[1]);
	r->slot = atoi(f[2]);
	snprintf(r->name, sizeof(r->name), "%s", f[3]);
	return 0;
}

static int load_table(const char *text, int (*row)(char **, int))
{
	char *copy = xstrdup(text);
	char *line, *save = NULL;
	int first = 1, rc = 0;

	for (line = strtok_r(copy, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *fields[12];
		int n;

		if (first) {
			first = 0;
			continue;
		}
		n = split_line(line, fields, 12);
		if (row(fields, n) < 0)
			rc = -1;
	}
	free(copy);
	return rc;
}

int catalog_load(void)
{
	if (scales)
		return 0;
	if (load_table(embedded_scales_csv, load_scale) < 0 ||
	    load_table(embedded_claims_csv, load_claim) < 0)
		return -1;
	return 0;
}

void catalog_release(void)
{
	free(scales);
	free(claims);
	scales = NULL;
	claims = NULL;
	scale_count = claim_count = 0;
}

const struct scale_row *catalog_scale(const char *family, const char *subject,
				      int grade)
{
	int i;

	for (i = 0; i < scale_count; i++) {
		const struct scale_row *r = &scales[i];

		if (r->grade == grade && !strcasecmp(r->family, family) &&
		    !strcasecmp(r->subject, subject))
			return r;
	}
	return NULL;
}

const struct claim_row *catalog_claim(const char *subject, const char *code)
{
	int i;

	for (i = 0; i < claim_count; i++)
		if (!strcasecmp(claims[i].subject, subject) &&
		    !strcmp(claims[i].code, code))
			return &claims[i];
	return NULL;
}

int catalog_scale_count(void)
{
	return scale_count;
}

const struct scale_row *catalog_scale_at(int i)
{
	return &scales[i];
}

int catalog_claim_count(void)
{
	return claim_count;
}

const struct claim_row *catalog_claim_at(int i)
{
	return &claims[i];
}

int catalog_level(const struct scale_row *scale, double score)
{
	if (scale->levels >= 4 && score >= scale->cut4)
		return 4;
	if (score >= scale->cut3)
		return 3;
	if (score >= scale->cut2)
		return 2;
	return 1;
}

int catalog_iab_category(const struct scale_row *scale, double score, double se)
{
	if (score - 1.5 * se >= scale->cut3)
		return 3;
	if (score + 1.5 * se < scale->cut3)
		return 1;
	return 2;
}

int catalog_parse_grade(const char *text)
{
	char *end;
	long g;

	if (!text || !*text)
		return -1;
	if (!strcasecmp(text, "KG") || !strcasecmp(text, "K"))
		return 0;
	g = strtol(text, &end, 10);
	if (*end || g < 0 || g > 13)
		return -1;
	return (int)g;
}
