#include "dg_trt.h"

#include "dg_fp.h"
#include "dg_date.h"
#include "dg_rng.h"

#include <stdio.h>
#include <string.h>

#define STREAM_ACCOMMODATION 0xacc0ULL

/* Examinee attribute and relationship context in progress. */
struct dg_trt_ctx {
	struct dg_buf *b;
	const struct dg_trt_exam *e;
	/* Older producers: INITIAL and FINAL pairs, other attribute order. */
	int legacy;
	const char *indent;
};

static void dg_trt_attr(struct dg_buf *b, const char *name, const char *value)
{
	dg_buf_putc(b, ' ');
	dg_buf_puts(b, name);
	dg_buf_puts(b, "=\"");
	dg_buf_xml(b, value);
	dg_buf_putc(b, '"');
}

static void dg_trt_attr_int(struct dg_buf *b, const char *name, long long v)
{
	dg_buf_putc(b, ' ');
	dg_buf_puts(b, name);
	dg_buf_puts(b, "=\"");
	dg_buf_int(b, v, 0);
	dg_buf_putc(b, '"');
}

static void dg_trt_attr_stamp(struct dg_buf *b, const char *name, int64_t ms)
{
	dg_buf_putc(b, ' ');
	dg_buf_puts(b, name);
	dg_buf_puts(b, "=\"");
	dg_date_put_stamp(b, ms);
	dg_buf_putc(b, '"');
}

static void dg_trt_attr_fixed(struct dg_buf *b, const char *name, double v,
			      int decimals)
{
	dg_buf_putc(b, ' ');
	dg_buf_puts(b, name);
	dg_buf_puts(b, "=\"");
	dg_buf_fixed(b, v, decimals);
	dg_buf_putc(b, '"');
}

static void dg_trt_context(const struct dg_trt_ctx *x, const char *element,
			   const char *context, int64_t ms, const char *name,
			   const char *value)
{
	struct dg_buf *b = x->b;

	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, x->indent);
	dg_buf_putc(b, '<');
	dg_buf_puts(b, element);
	if (x->legacy) {
		dg_trt_attr(b, "name", name);
		dg_trt_attr(b, "value", value);
		dg_trt_attr(b, "context", context);
		dg_trt_attr_stamp(b, "contextDate", ms);
	} else {
		dg_trt_attr(b, "context", context);
		dg_trt_attr_stamp(b, "contextDate", ms);
		dg_trt_attr(b, "name", name);
		dg_trt_attr(b, "value", value);
	}
	dg_buf_puts(b, "/>\n");
}

/* One attribute or relationship, FINAL and, in older files, INITIAL. */
static void dg_trt_examinee(const struct dg_trt_ctx *x, const char *element,
			    const char *name, const char *value)
{
	const struct dg_doc *doc = x->e->doc;

	if (x->legacy)
		dg_trt_context(x, element, "INITIAL", doc->start_ms, name,
			       value);
	dg_trt_context(x, element, "FINAL", doc->done_ms, name, value);
}

static void dg_trt_flag(const struct dg_trt_ctx *x, const char *name, int on)
{
	const char *yes = x->legacy ? "YES" : "Yes";
	const char *no = x->legacy ? "NO" : "No";

	dg_trt_examinee(x, "ExamineeAttribute", name, on ? yes : no);
}

static void dg_trt_test(struct dg_buf *b, const struct dg_trt_exam *e,
			int legacy)
{
	const struct dg_asmt *a = e->asmt;
	int interim = a->kind == DG_KIND_ICA || a->kind == DG_KIND_IAB;
	char grade[4];

	if (legacy)
		snprintf(grade, sizeof(grade), "%d", a->grade);
	else
		snprintf(grade, sizeof(grade), "%02d", a->grade);
	dg_buf_puts(b, legacy ? "    <Test" : "  <Test");
	dg_trt_attr(b, "name", a->name);
	dg_trt_attr(b, "subject", dg_catalog_subject(a->subject));
	dg_trt_attr(b, "testId", a->test_id);
	dg_trt_attr(b, "bankKey", "200");
	dg_trt_attr(b, "contract", a->kind == DG_KIND_CAST ? "CA" : "SBAC");
	dg_trt_attr(b, "mode", "online");
	dg_trt_attr(b, "grade", grade);
	if (legacy)
		dg_trt_attr(b, "assessmentType",
			    interim ? "interim" : "summative");
	else
		dg_trt_attr(b, "assessmentType",
			    interim ? "Interim" : "Summative");
	/* Older producers write the start year, newer ones the end year. */
	dg_trt_attr_int(b, "academicYear", a->year_end - legacy);
	dg_trt_attr_int(b, "assessmentVersion", a->version);
	if (legacy)
		dg_trt_attr(b, "handScoreProject", "0");
	dg_buf_puts(b, "/>\n");
}

static const char *dg_trt_sex(char sex)
{
	if (sex == 'F')
		return "Female";
	return sex == 'M' ? "Male" : "Nonbinary";
}

static const char *dg_trt_elas(enum dg_elas s)
{
	static const char *const names[] = { "EO", "EL", "IFEP", "RFEP" };

	return names[s];
}

static const char *dg_trt_military(int m)
{
	if (m == 1)
		return "ActiveDuty";
	return m == 2 ? "NationalGuardOrReserve" : "NotMilitaryConnected";
}

static void dg_trt_day(char *out, size_t size, int64_t days)
{
	int y, m, d;

	dg_date_civil(days, &y, &m, &d);
	snprintf(out, size, "%04d-%02d-%02d", y, m, d);
}

static void dg_trt_identity(const struct dg_trt_ctx *x)
{
	const struct dg_student *st = x->e->student;
	int year = x->e->doc->year;
	char grade[4], birth[16];

	snprintf(grade, sizeof(grade), "%02d", dg_student_grade(st, year));
	dg_trt_day(birth, sizeof(birth), st->birth_days);
	dg_trt_examinee(x, "ExamineeAttribute", "StudentIdentifier", st->ssid);
	dg_trt_examinee(x, "ExamineeAttribute", "Birthdate", birth);
	dg_trt_examinee(x, "ExamineeAttribute", "FirstName", st->name.first);
	if (st->name.middle[0])
		dg_trt_examinee(x, "ExamineeAttribute", "MiddleName",
				st->name.middle);
	dg_trt_examinee(x, "ExamineeAttribute", "LastOrSurname", st->name.last);
	dg_trt_examinee(x, "ExamineeAttribute", "Sex", dg_trt_sex(st->sex));
	dg_trt_examinee(x, "ExamineeAttribute", "GradeLevelWhenAssessed",
			grade);
}

static void dg_trt_race(const struct dg_trt_ctx *x)
{
	unsigned race = x->e->student->race;

	dg_trt_flag(x, "HispanicOrLatinoEthnicity", race & DG_RACE_HISPANIC);
	dg_trt_flag(x, "AmericanIndianOrAlaskaNative", race & DG_RACE_AMIND);
	dg_trt_flag(x, "Asian", race & DG_RACE_ASIAN);
	dg_trt_flag(x, "Filipino", race & DG_RACE_FILIPINO);
	dg_trt_flag(x, "BlackOrAfricanAmerican", race & DG_RACE_BLACK);
	dg_trt_flag(x, "White", race & DG_RACE_WHITE);
	dg_trt_flag(x, "NativeHawaiianOrOtherPacificIslander",
		    race & DG_RACE_PACIFIC);
	dg_trt_flag(x, "DemographicRaceTwoOrMoreRaces", race & DG_RACE_TWO);
}

/* Start dates: kindergarten entry, or reclassification for RFEP. */
static void dg_trt_language(const struct dg_trt_ctx *x)
{
	const struct dg_student *st = x->e->student;
	int year = x->e->doc->year;
	int first_year = x->e->asmt->year_end - year;
	enum dg_elas elas = dg_student_elas(st, year);
	int k_year = first_year - 1 - st->grade0;
	char entry[16], since[16];

	dg_trt_day(entry, sizeof(entry), dg_date_days(k_year, 8, 15));
	if (elas == DG_ELAS_RFEP)
		dg_trt_day(since, sizeof(since),
			   dg_date_days(k_year + st->reclass_grade, 3, 1));
	else
		snprintf(since, sizeof(since), "%s", entry);
	dg_trt_flag(x, "LEPStatus", elas == DG_ELAS_EL);
	if (st->initial_elas == DG_ELAS_EL)
		dg_trt_examinee(x, "ExamineeAttribute",
				"LimitedEnglishProficiencyEntryDate", entry);
	dg_trt_examinee(x, "ExamineeAttribute", "LanguageCode", st->language);
	dg_trt_examinee(x, "ExamineeAttribute",
			"EnglishLanguageAcquisitionStatus", dg_trt_elas(elas));
	dg_trt_examinee(x, "ExamineeAttribute",
			"EnglishLanguageAcquisitionStatusStartDate", since);
}

static void dg_trt_programs(const struct dg_trt_ctx *x)
{
	const struct dg_student *st = x->e->student;
	int i;

	dg_trt_flag(x, "IDEAIndicator", st->idea);
	dg_trt_language(x);
	dg_trt_flag(x, "Section504Status", st->s504);
	dg_trt_flag(x, "EconomicDisadvantageStatus", st->econ);
	dg_trt_flag(x, "MigrantStatus", st->migrant);
	dg_trt_examinee(x, "ExamineeAttribute",
			"MilitaryConnectedStudentIndicator",
			dg_trt_military(st->military));
	for (i = 0; i < x->e->n_groups; i++)
		dg_trt_examinee(x, "ExamineeAttribute", "StudentGroupName",
				x->e->groups[i]);
}

static void dg_trt_relationships(const struct dg_trt_ctx *x)
{
	const struct dg_district *d = x->e->district;
	const struct dg_school *s = x->e->school;
	const char *el = "ExamineeRelationship";

	dg_trt_examinee(x, el, "StateAbbreviation", "CA");
	dg_trt_examinee(x, el, "StateName", "California");
	if (x->legacy) {
		dg_trt_examinee(x, el, "ResponsibleDistrictIdentifier", d->cds);
		dg_trt_examinee(x, el, "OrganizationName", d->name);
		dg_trt_examinee(x, el, "ResponsibleInstitutionIdentifier",
				s->cds);
		dg_trt_examinee(x, el, "NameOfInstitution", s->name);
		return;
	}
	dg_trt_examinee(x, el, "DistrictId", d->cds);
	dg_trt_examinee(x, el, "DistrictName", d->name);
	dg_trt_examinee(x, el, "SchoolId", s->cds);
	dg_trt_examinee(x, el, "SchoolName", s->name);
}

static void dg_trt_examinee_block(const struct dg_trt_ctx *x)
{
	struct dg_buf *b = x->b;

	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "<Examinee");
	dg_trt_attr_int(b, "key", x->e->student->key);
	dg_trt_attr(b, "isDemo", "0");
	dg_buf_puts(b, ">\n");
	dg_trt_identity(x);
	dg_trt_race(x);
	dg_trt_programs(x);
	dg_trt_relationships(x);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "</Examinee>\n");
}

/* A version 4 UUID made from the exam's key. */
static void dg_trt_uuid(struct dg_buf *b, uint64_t key)
{
	static const char hex[] = "0123456789abcdef";
	uint64_t hi = dg_rng_hash(key ^ 0x55aaULL);
	uint64_t lo = dg_rng_hash(hi ^ key);
	char out[37];
	int i, pos = 0;

	hi = (hi & ~0xf000ULL) | 0x4000ULL;
	lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
	for (i = 0; i < 32; i++) {
		uint64_t word = i < 16 ? hi : lo;
		int shift = 60 - 4 * (i % 16);

		if (i == 8 || i == 12 || i == 16 || i == 20)
			out[pos++] = '-';
		out[pos++] = hex[(word >> shift) & 0xf];
	}
	out[pos] = '\0';
	dg_buf_puts(b, out);
}

/* Proctor session ids look like "SVE-4821": school tag and a number. */
static void dg_trt_session(struct dg_buf *b, const struct dg_trt_exam *e)
{
	uint64_t h =
	    dg_rng_key(e->doc->exam_key >> 20, e->doc->school, e->doc->asmt,
		       (uint64_t)(e->doc->start_ms / DG_MS_PER_DAY));

	dg_buf_puts(b, " sessionId=\"");
	dg_buf_puts(b, e->school->tag);
	dg_buf_putc(b, '-');
	dg_buf_int(b, (long long)(1000 + h % 9000), 4);
	dg_buf_putc(b, '"');
}

static void dg_trt_opportunity_open(const struct dg_trt_ctx *x)
{
	const struct dg_trt_exam *e = x->e;
	const struct dg_doc *doc = e->doc;
	struct dg_buf *b = x->b;
	const char *completeness = e->result->partial ? "Partial" : "Complete";

	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "<Opportunity");
	dg_trt_attr_int(b, "oppId", (long long)doc->opp_id);
	dg_buf_puts(b, " key=\"");
	dg_trt_uuid(b, doc->exam_key);
	dg_buf_putc(b, '"');
	dg_trt_attr(b, "opportunity", "1");
	dg_trt_attr(b, "status",
		    doc->kind == DG_DOC_RESET ? "reset" : "scored");
	dg_trt_attr_stamp(b, "statusDate", doc->status_ms);
	dg_trt_attr_stamp(b, "dateCompleted", doc->done_ms);
	dg_trt_attr_stamp(b, "startDate", doc->start_ms);
	dg_trt_attr(b, "completeness", completeness);
	if (x->legacy)
		dg_trt_attr(b, "completeStatus", completeness);
	dg_trt_attr(b, "administrationCondition", e->result->condition);
	dg_trt_session(b, e);
	dg_trt_attr_int(b, "itemCount", e->asmt->n_items);
	dg_trt_attr(b, "ftCount", "0");
	dg_trt_attr_int(b, "pauseCount", (long long)(doc->exam_key % 3));
	dg_trt_attr(b, "windowId", "ANNUAL");
	dg_trt_attr(b, "clientName", "SBAC");
	dg_buf_puts(b, " effectiveDate=\"");
	dg_date_put_day(b, doc->start_ms / DG_MS_PER_DAY);
	dg_buf_puts(b, "\">\n");
}

static void dg_trt_segments(const struct dg_trt_ctx *x)
{
	const struct dg_asmt *a = x->e->asmt;
	struct dg_buf *b = x->b;
	int i;

	for (i = 0; i < a->n_segments; i++) {
		dg_buf_puts(b, x->indent);
		dg_buf_puts(b, x->indent);
		dg_buf_puts(b, "<Segment");
		dg_trt_attr(b, "id", a->segment[i]);
		dg_trt_attr_int(b, "position", i + 1);
		dg_trt_attr(b, "formId", a->form[i]);
		dg_buf_puts(b, " formKey=\"200-");
		dg_buf_int(b, a->form_key[i], 0);
		dg_buf_putc(b, '"');
		dg_trt_attr(b, "algorithm", "fixedform");
		dg_trt_attr(b, "algorithmVersion", "0");
		dg_buf_puts(b, "/>\n");
	}
}

static void dg_trt_accommodation(const struct dg_trt_ctx *x, const char *code,
				 const char *type, const char *value)
{
	struct dg_buf *b = x->b;

	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "<Accommodation");
	dg_trt_attr(b, "code", code);
	dg_trt_attr(b, "type", type);
	dg_trt_attr(b, "value", value);
	dg_trt_attr(b, "segment", "0");
	dg_buf_puts(b, "/>\n");
}

/* Supports follow the student's programmes: IEP, English learner. */
static void dg_trt_accommodations(const struct dg_trt_ctx *x)
{
	const struct dg_student *st = x->e->student;
	const struct dg_asmt *a = x->e->asmt;
	int el = dg_student_elas(st, x->e->doc->year) == DG_ELAS_EL;
	int spanish = el && strcmp(st->language, "spa") == 0 &&
		      a->subject != DG_ELA && st->home % 2 == 0;

	if (spanish)
		dg_trt_accommodation(x, "ESN", "Language", "Spanish");
	else
		dg_trt_accommodation(x, "ENU", "Language", "English");
	dg_trt_accommodation(x, "TDS_ASL0", "American Sign Language",
			     "Do not show ASL videos");
	dg_trt_accommodation(x, "TDS_ClosedCap0", "Closed Captioning",
			     "Closed Captioning Not Available");
	if (st->idea && a->subject == DG_MATH)
		dg_trt_accommodation(x, "NEA_Abacus",
				     "Non-Embedded Accommodations", "Abacus");
	else if (st->idea)
		dg_trt_accommodation(x, "TDS_TTS_Stim&TDS_TTS_Item",
				     "Text-to-Speech", "Stimuli and Items");
	else
		dg_trt_accommodation(x, "NEA0", "Non-Embedded Accommodations",
				     "None");
	if (el)
		dg_trt_accommodation(x, "NEDS_TransDirs",
				     "Non-Embedded Designated Supports",
				     "Translated Test Directions");
	else
		dg_trt_accommodation(
		    x, "NEDS0", "Non-Embedded Designated Supports", "None");
}

static void dg_trt_score_open(const struct dg_trt_ctx *x, const char *measure,
			      const char *label)
{
	struct dg_buf *b = x->b;

	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "<Score");
	dg_trt_attr(b, "measureOf", measure);
	dg_trt_attr(b, "measureLabel", label);
}

/* Summative scale scores are whole numbers, interim ones fractional. */
static void dg_trt_scale_score(const struct dg_trt_ctx *x, const char *measure,
			       double ss, double se)
{
	int decimals =
	    x->e->asmt->kind == DG_KIND_ICA || x->e->asmt->kind == DG_KIND_IAB
		? 10
		: 0;

	dg_trt_score_open(x, measure, "ScaleScore");
	dg_trt_attr_fixed(x->b, "value", ss, decimals);
	dg_trt_attr_fixed(x->b, "standardError", se, decimals);
	dg_buf_puts(x->b, "/>\n");
}

static void dg_trt_level(const struct dg_trt_ctx *x, const char *measure,
			 int level)
{
	dg_trt_score_open(x, measure, "PerformanceLevel");
	dg_trt_attr_int(x->b, "value", level);
	dg_trt_attr(x->b, "standardError", "");
	dg_buf_puts(x->b, "/>\n");
}

static void dg_trt_residual(const struct dg_trt_ctx *x, const char *measure,
			    const char *label, double v)
{
	dg_trt_score_open(x, measure, label);
	dg_trt_attr_fixed(x->b, "value", v, 15);
	dg_trt_attr(x->b, "standardError", "");
	dg_buf_puts(x->b, "/>\n");
}

static void dg_trt_traits(const struct dg_trt_ctx *x)
{
	static const char *const traits[] = { "ORG", "EVI", "CON" };
	const struct dg_result *res = x->e->result;
	char measure[24];
	int i;

	for (i = 0; i < 3; i++) {
		snprintf(measure, sizeof(measure), "SOCK_%s_%s",
			 x->e->asmt->genre, traits[i]);
		dg_trt_score_open(x, measure, "RawScore");
		dg_trt_attr_int(x->b, "value", res->traits[i]);
		dg_trt_attr(x->b, "standardError", "0");
		if (res->trait_condition[0])
			dg_trt_attr(x->b, "conditionCode",
				    res->trait_condition);
		dg_buf_puts(x->b, "/>\n");
	}
}

static void dg_trt_scores(const struct dg_trt_ctx *x)
{
	const struct dg_result *res = x->e->result;
	const struct dg_scale *sc =
	    x->e->asmt->kind == DG_KIND_CAST
		? dg_scales_cast(x->e->asmt->grade)
		: dg_scales_sbac(x->e->asmt->subject, x->e->asmt->grade);
	int cast = x->e->asmt->kind == DG_KIND_CAST;
	int i;

	dg_trt_scale_score(x, "Overall", res->ss, res->se);
	dg_trt_level(x, "Overall", res->level);
	dg_trt_score_open(x, "Overall", "ThetaScore");
	dg_trt_attr_fixed(x->b, "value", res->theta, 12);
	dg_trt_attr_fixed(x->b, "standardError", res->se / sc->slope, 12);
	dg_buf_puts(x->b, "/>\n");
	for (i = 0; i < res->n_claims; i++) {
		const struct dg_claim_score *c = &res->claims[i];

		if (!cast)
			dg_trt_scale_score(x, c->code, c->ss, c->se);
		dg_trt_level(x, c->code, c->level);
	}
	for (i = 0; i < res->n_targets; i++) {
		const struct dg_target_score *t = &res->targets[i];

		dg_trt_residual(x, t->code, "StudentRelativeResidualScore",
				t->residual);
		dg_trt_residual(x, t->code, "StandardMetRelativeResidualScore",
				t->met_residual);
	}
	if (res->has_traits)
		dg_trt_traits(x);
}

static void dg_trt_score_info(const struct dg_trt_ctx *x, const char *pad,
			      int points, const char *dimension, int close)
{
	struct dg_buf *b = x->b;

	dg_buf_puts(b, pad);
	dg_buf_puts(b, "<ScoreInfo");
	dg_trt_attr_int(b, "scorePoint", points);
	dg_trt_attr(b, "maxScore", "0");
	dg_trt_attr(b, "scoreDimension", dimension);
	dg_trt_attr(b, "scoreStatus", "Scored");
	dg_buf_puts(b, close ? "/>\n" : ">\n");
}

/* Hand-scored writing: one sub-score per dimension, each by a rater. */
static void dg_trt_write_dimensions(const struct dg_trt_ctx *x,
				    const struct dg_response *resp)
{
	static const char *const dims[] = { "Organization/Purpose",
					    "Evidence/Elaboration",
					    "Conventions" };
	struct dg_buf *b = x->b;
	int i;

	dg_trt_score_info(x, "      ", resp->score, "Overall", 0);
	dg_buf_puts(b, "        <SubScoreList>\n");
	for (i = 0; i < 3; i++) {
		dg_trt_score_info(x, "          ", resp->trait[i], dims[i], 0);
		dg_buf_puts(b, "            <SubScoreList>\n");
		dg_trt_score_info(x, "              ", resp->trait[i],
				  "Initial", 0);
		dg_buf_puts(b,
			    "                <ScoreRationale>\n"
			    "                  <Message>{&quot;scorerID&quot;"
			    ":&quot;hs-rater-");
		dg_buf_int(b, (long long)(x->e->doc->exam_key % 90 + 10), 0);
		dg_buf_puts(b, "&quot;}</Message>\n"
			       "                </ScoreRationale>\n"
			       "              </ScoreInfo>\n"
			       "            </SubScoreList>\n"
			       "          </ScoreInfo>\n");
	}
	dg_buf_puts(b, "        </SubScoreList>\n      </ScoreInfo>\n");
}

static void dg_trt_item(const struct dg_trt_ctx *x,
			const struct dg_response *resp)
{
	const struct dg_asmt *a = x->e->asmt;
	const struct dg_item *it = &a->items[resp->item];
	struct dg_buf *b = x->b;
	char level[32];

	snprintf(level, sizeof(level), "%s|%s", it->claim, it->target);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "<Item");
	dg_trt_attr_int(b, "position", resp->item + 1);
	dg_trt_attr(b, "bankKey", "200");
	dg_trt_attr_int(b, "key", it->key);
	dg_trt_attr(b, "format", it->format);
	dg_trt_attr_int(b, "score", resp->score);
	dg_trt_attr(b, "scoreStatus", resp->score < 0 ? "NOTSCORED" : "SCORED");
	dg_trt_attr_int(b, "numberVisits", resp->visits);
	dg_trt_attr_int(b, "responseDuration", resp->duration_s);
	dg_trt_attr_int(b, "pageNumber", resp->item + 1);
	dg_trt_attr(b, "pageVisits", "1");
	dg_trt_attr_int(b, "pageTime",
			resp->duration_s * 1000LL + resp->admin_ms % 1000);
	dg_trt_attr_stamp(b, "adminDate", resp->admin_ms);
	dg_buf_puts(b, " operational=\"1\" isSelected=\"1\" dropped=\"0\"");
	dg_trt_attr(b, "segmentId", a->segment[it->segment]);
	dg_trt_attr(b, "contentLevel", level);
	dg_trt_attr(b, "strand", it->claim);
	dg_trt_attr(b, "mimeType", "text/plain");
	dg_buf_puts(b, ">\n      <Response");
	dg_trt_attr_stamp(b, "date",
			  resp->admin_ms + resp->duration_s * 1000LL);
	dg_buf_puts(b, " type=\"value\">");
	dg_buf_xml(b, resp->value);
	dg_buf_puts(b, "</Response>\n");
	if (strcmp(it->format, "WER") == 0)
		dg_trt_write_dimensions(x, resp);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, x->indent);
	dg_buf_puts(b, "</Item>\n");
}

void dg_trt_write(struct dg_buf *b, const struct dg_trt_exam *e)
{
	struct dg_trt_ctx x;
	int i;

	x.b = b;
	x.e = e;
	x.legacy = e->doc->legacy;
	x.indent = x.legacy ? "    " : "  ";
	dg_buf_puts(b, "<TDSReport>\n");
	dg_trt_test(b, e, x.legacy);
	dg_trt_examinee_block(&x);
	dg_trt_opportunity_open(&x);
	dg_trt_segments(&x);
	dg_trt_accommodations(&x);
	dg_trt_scores(&x);
	for (i = 0; e->items && i < e->result->n_items; i++)
		dg_trt_item(&x, &e->result->items[i]);
	dg_buf_puts(b, x.indent);
	dg_buf_puts(b, "</Opportunity>\n</TDSReport>\n");
}
