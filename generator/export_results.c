#include "export_results.h"

#include <string.h>
#include <strings.h>

#include "escape.h"
#include "label.h"
#include "stats.h"

#define SLOTS 6

static const char *const header =
    "DistrictId,DistrictName,NcesId,SchoolId,SchoolName,"
    "StudentIdentifier,FirstName,LastOrSurname,SubmitDateTime,SchoolYear,"
    "TestSessionId,AssessmentType,AssessmentSubType,AssessmentName,"
    "Subject,GradeLevelWhenAssessed,Completeness,AdministrationCondition,"
    "ScaleScoreAchievementLevel,ScaleScore,ScaleScoreStandardError,"
    "Alt1ScoreAchievementLevel,Alt1ScaleScore,Alt1ScaleScoreStandardError,"
    "Alt2ScoreAchievementLevel,Alt2ScaleScore,Alt2ScaleScoreStandardError,"
    "Alt3ScoreAchievementLevel,Alt3ScaleScore,Alt3ScaleScoreStandardError,"
    "Alt4ScoreAchievementLevel,Alt4ScaleScore,Alt4ScaleScoreStandardError,"
    "Alt5ScoreAchievementLevel,Alt5ScaleScore,Alt5ScaleScoreStandardError,"
    "Alt6ScoreAchievementLevel,Alt6ScaleScore,Alt6ScaleScoreStandardError,"
    "Claim1ScoreAchievementLevel,Claim2ScoreAchievementLevel,"
    "Claim3ScoreAchievementLevel,Claim4ScoreAchievementLevel,"
    "Claim5ScoreAchievementLevel,Claim6ScoreAchievementLevel,"
    "Sex,MigrantStatus,Section504Status,IDEAIndicator,LEPStatus,"
    "LanguageCode,LanguageAltCode,MilitaryConnectedStudentIndicator,"
    "EnglishLanguageAcquisitionStatus,"
    "EnglishLanguageAcquisitionStatusStartDate,HispanicOrLatinoEthnicity,"
    "AmericanIndianOrAlaskaNative,Asian,BlackOrAfricanAmerican,White,"
    "NativeHawaiianOrOtherPacificIslander,TwoOrMoreRaces,Filipino,"
    "AssignedAccommodationList\r\n";

static void text(struct buf *b, const char *s)
{
	escape_csv(b, s ? s : "");
	buf_putc(b, ',');
}

static void number(struct buf *b, int has, double v)
{
	if (has)
		buf_printf(b, "%ld", stats_round(v));
	buf_putc(b, ',');
}

static void flag(struct buf *b, int f)
{
	text(b, f < 0 ? "" : f ? "Yes" : "No");
}

/* "2025-04-22T11:02:37.412" becomes "2025-04-22 11:02:37". */
static void submitted(struct buf *b, const char *date)
{
	char out[20];
	size_t n = date ? strlen(date) : 0;

	if (n > 19)
		n = 19;
	memcpy(out, date ? date : "", n);
	out[n] = '\0';
	if (n > 10 && out[10] == 'T')
		out[10] = ' ';
	text(b, out);
}

static void grade(struct buf *b, int g)
{
	if (g == 0)
		buf_puts(b, "KG");
	else if (g > 0)
		buf_printf(b, "%02d", g);
	buf_putc(b, ',');
}

/* Alternate scores: ELPAC's oral and written composites fill 1 and 2. */
static int alt_slot(const struct ds_exam *e, const struct ds_score *c)
{
	if (!strcmp(e->asmt->family, "ELPAC")) {
		if (!strcasecmp(c->code, "ORAL"))
			return 1;
		return !strcasecmp(c->code, "WRITTEN") ? 2 : 0;
	}
	return !strcmp(c->kind, "alt")
		   ? label_claim_slot(e->asmt->subject, c->code)
		   : 0;
}

static void alts(struct buf *b, const struct ds_exam *e)
{
	const struct ds_score *slot[SLOTS + 1] = { NULL };
	int i, k;

	for (i = 0; i < e->score_count; i++) {
		k = alt_slot(e, &e->scores[i]);
		if (k >= 1 && k <= SLOTS && !slot[k])
			slot[k] = &e->scores[i];
	}
	for (k = 1; k <= SLOTS; k++) {
		const struct ds_score *c = slot[k];

		number(b, c && c->level > 0, c ? c->level : 0);
		number(b, c && c->has_scale_score, c ? c->scale_score : 0);
		number(b, c && c->has_scale_se, c ? c->scale_se : 0);
	}
}

static void claims(struct buf *b, const struct ds_exam *e)
{
	int level[SLOTS + 1] = { 0 };
	int i, k;

	for (i = 0; i < e->score_count; i++) {
		const struct ds_score *c = &e->scores[i];

		if (alt_slot(e, c))
			continue;
		k = label_claim_slot(e->asmt->subject, c->code);
		if (k >= 1 && k <= SLOTS && !level[k])
			level[k] = c->level;
	}
	for (k = 1; k <= SLOTS; k++)
		number(b, level[k] > 0, level[k]);
}

static void accommodations(struct buf *b, const struct ds_exam *e)
{
	struct buf list = BUF_INIT;
	int i;

	for (i = 0; i < e->accommodation_count; i++)
		buf_printf(&list, "%s%s", i ? "|" : "",
			   e->accommodations[i].code);
	escape_csv(b, buf_cstr(&list));
	buf_puts(b, "\r\n");
	buf_release(&list);
}

static void identity(struct buf *b, const struct ds_exam *e)
{
	const struct ds_school *s = e->school;

	text(b, s ? s->district_id : NULL);
	text(b, s ? s->district_name : NULL);
	text(b, NULL);
	text(b, s ? s->natural_id : NULL);
	text(b, s ? s->name : NULL);
	text(b, e->student->ssid);
	text(b, e->student->first_name);
	text(b, e->student->last_name);
	submitted(b, e->date_completed);
	buf_printf(b, "%d,", e->school_year);
	text(b, e->session_id);
}

static void test(struct buf *b, const struct ds_exam *e)
{
	const struct ds_assessment *a = e->asmt;

	text(b, strcmp(a->type, "summative") ? "Interim" : "Summative");
	text(b, a->kind);
	text(b, label_assessment(a));
	text(b, label_export_subject(a));
	grade(b, e->grade);
	text(b, e->completeness);
	text(b, e->admin_condition);
	number(b, e->level > 0, e->level);
	number(b, e->has_scale_score, e->scale_score);
	number(b, e->has_scale_se, e->scale_se);
}

static void demographics(struct buf *b, const struct ds_exam *e)
{
	const struct ds_student *p = e->student;

	text(b, p->sex);
	flag(b, e->migrant);
	flag(b, e->section504);
	flag(b, e->idea);
	flag(b, e->lep);
	text(b, e->language_code ? e->language_code : p->language_code);
	text(b, NULL);
	text(b, p->military_connected);
	text(b, e->elas ? e->elas : p->elas);
	text(b, p->elas_start_date);
	flag(b, p->hispanic);
	flag(b, p->american_indian);
	flag(b, p->asian);
	flag(b, p->black);
	flag(b, p->white);
	flag(b, p->pacific_islander);
	flag(b, p->two_or_more_races);
	flag(b, p->filipino);
}

void export_results(struct site *s)
{
	const struct dataset *ds = s->ds;
	struct buf b = BUF_INIT;
	int i, k;

	buf_puts(&b, header);
	for (k = 0; k < ds->slice_count; k++) {
		for (i = 0; i < ds->slices[k].count; i++) {
			const struct ds_exam *e = ds->slices[k].exams[i];

			identity(&b, e);
			test(&b, e);
			alts(&b, e);
			claims(&b, e);
			demographics(&b, e);
			accommodations(&b, e);
		}
	}
	bundle_take(s->bundle, EXPORT_RESULTS_PATH, &b);
}
