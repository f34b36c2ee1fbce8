#include "dg_package.h"

#include "dg_fp.h"
#include "dg_out.h"

#include <string.h>

#define PACKAGE_MAX (1u << 30)

static const char header[] =
    "AssessmentId,AssessmentName,AssessmentSubject,AssessmentGrade,"
    "AssessmentType,AssessmentSubtype,AssessmentLabel,AssessmentVersion,"
    "AcademicYear,FullItemKey,BankKey,ItemId,Filename,Version,ItemType,"
    "Grade,Standard,Claim,Target,PassageId,ASL,Braille,LanguageBraille,"
    "DOK,Language,AllowCalculator,MathematicalPractice,MaxPoints,"
    "Glossary,ScoringEngine,Spanish,IsFieldTest,IsActive,"
    "ResponseRequired,AdminRequired,ItemPosition,MeasurementModel,"
    "Weight,ScorePoints,a,b0_b,b1_c,b2,b3,avg_b,bpref1,bpref2,bpref3,"
    "bpref4,bpref5,bpref6,bpref7,CommonCore,ClaimContentTarget,"
    "SecondaryCommonCore,SecondaryClaimContentTarget,CutPoint1,"
    "ScaledLow1,ScaledHigh1,CutPoint2,ScaledLow2,ScaledHigh2,CutPoint3,"
    "ScaledLow3,ScaledHigh3,CutPoint4,ScaledLow4,ScaledHigh4,AnswerKey,"
    "NumberOfAnswerOptions,PtWritingType\n";

static int dg_package_interim(const struct dg_asmt *a)
{
	return a->kind == DG_KIND_ICA || a->kind == DG_KIND_IAB;
}

static const char *dg_package_engine(const struct dg_item *it)
{
	if (strcmp(it->format, "MC") == 0)
		return "Automatic with Key";
	if (strcmp(it->format, "WER") == 0)
		return "HandScored";
	if (strcmp(it->format, "EQ") == 0)
		return "Automatic with Machine Rubric";
	return "Automatic with Key(s)";
}

/* Interim ELA packages carry stray tabs, as the real exports do. */
static void dg_package_claim(struct dg_buf *b, const struct dg_asmt *a,
			     const char *v)
{
	if (dg_package_interim(a) && a->subject == DG_ELA)
		dg_buf_printf(b, "\"%s\t\",", v);
	else
		dg_buf_printf(b, "%s,", v);
}

/* Interim packages write scale bounds in exponent form. */
static void dg_package_bound(struct dg_buf *b, const struct dg_asmt *a, int v)
{
	if (dg_package_interim(a))
		dg_buf_printf(b, "%.3E,", (double)v);
	else
		dg_buf_printf(b, "%d,", v);
}

static void dg_package_cuts(struct dg_buf *b, const struct dg_asmt *a)
{
	const struct dg_scale *sc = a->kind == DG_KIND_CAST
					? dg_scales_cast(a->grade)
					: dg_scales_sbac(a->subject, a->grade);
	int lows[4] = { sc->lo, sc->cut[0], sc->cut[1], sc->cut[2] };
	int level;

	for (level = 0; level < 4; level++) {
		dg_buf_printf(b, "%d,", level + 1);
		dg_package_bound(b, a, lows[level]);
		dg_package_bound(b, a,
				 level < 3 ? lows[level + 1] - 1 : sc->hi);
	}
}

static void dg_package_asmt_fields(struct dg_buf *b, const struct dg_asmt *a)
{
	dg_buf_printf(b, "%s,%s,%s,%d,%s,%s,", a->name, a->test_id,
		      dg_catalog_subject(a->subject), a->grade,
		      dg_package_interim(a) ? "interim" : "summative",
		      dg_catalog_subtype(a));
	dg_buf_csv(b, a->label);
	dg_buf_printf(b, ",%d,%d,", a->version, a->year_end);
}

static void dg_package_item_fields(struct dg_buf *b, const struct dg_asmt *a,
				   const struct dg_item *it)
{
	int math = a->subject == DG_MATH;

	dg_buf_printf(b, "200-%u,200,%u,item-200-%u.xml,%d,%s,%d,%s,", it->key,
		      it->key, it->key, a->version, it->format, a->grade,
		      it->standard);
	dg_package_claim(b, a, it->claim);
	dg_package_claim(b, a, it->target);
	if (it->passage)
		dg_buf_printf(b, "%u,", it->passage);
	else
		dg_buf_putc(b, ',');
	dg_buf_printf(
	    b, "%s,BRF,ENU-Braille,%d,ENU,%s,", it->key % 3 ? "N" : "Y",
	    it->dok, math ? (a->grade >= 6 && it->key % 2 ? "Yes" : "No") : "");
	if (math)
		dg_buf_printf(b, "%u,", it->key % 8 + 1);
	else
		dg_buf_putc(b, ',');
	dg_buf_printf(b, "%d,,%s,%s,FALSE,TRUE,TRUE,TRUE,", it->max_points,
		      dg_package_engine(it), math ? "Y" : "N");
}

/* IRT parameters: difficulty from the form, discrimination from the key. */
static void dg_package_irt(struct dg_buf *b, const struct dg_item *it,
			   int position)
{
	double a_param = 0.4 + (it->key % 80) / 100.0;

	dg_buf_printf(b, "%d,%s,1,%d,%.2f,%.4f,", position,
		      it->max_points > 1 ? "IRTGPC" : "IRT3PLn", it->max_points,
		      a_param, it->difficulty);
	if (it->max_points > 1)
		dg_buf_printf(b, "%.4f,,,", it->difficulty + 0.5);
	else
		dg_buf_puts(b, "0,,,");
	dg_buf_printf(b, "%.4f,,,,,,,,", it->difficulty);
}

static void dg_package_row(struct dg_buf *b, const struct dg_asmt *a, int i)
{
	const struct dg_item *it = &a->items[i];

	dg_package_asmt_fields(b, a);
	dg_package_item_fields(b, a, it);
	dg_package_irt(b, it, i + 1);
	dg_buf_printf(b, "%s,%s|%s,,,", it->standard, it->claim, it->target);
	dg_package_cuts(b, a);
	dg_buf_csv(b, it->answer);
	dg_buf_putc(b, ',');
	if (it->n_options)
		dg_buf_printf(b, "%d", it->n_options);
	dg_buf_putc(b, ',');
	if (it->segment == 1 && a->genre[0])
		dg_buf_puts(b, dg_catalog_genre_name(a->genre));
	dg_buf_putc(b, '\n');
}

int dg_package_write(const struct dg_world *w, const char *dir)
{
	struct dg_buf b;
	size_t i;
	int k, rc;

	dg_buf_init(&b, PACKAGE_MAX);
	dg_buf_puts(&b, header);
	for (i = 0; i < w->catalog.n; i++) {
		const struct dg_asmt *a = &w->catalog.asmts[i];

		if (!a->used)
			continue;
		for (k = 0; k < a->n_items; k++)
			dg_package_row(&b, a, k);
	}
	rc = dg_out_file(dir, "assessments.csv", &b);
	dg_buf_release(&b);
	return rc;
}
