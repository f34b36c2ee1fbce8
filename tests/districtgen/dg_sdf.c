#include "dg_sdf.h"

#include "dg_date.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const names[DG_SDF_COLS] = {
	"RecordType",
	"SSID",
	"StudentLastName",
	"StudentFirstName",
	"StudentMiddleName",
	"DateofBirth",
	"Gender",
	"GradeAssessed",
	"StudentAddress",
	"CALPADSDistrictCode",
	"CALPADSDistrictName",
	"CALPADSSchoolCode",
	"CALPADSSchoolName",
	"FinalTestedDistrictCode",
	"FinalTestedDistrictName",
	"FinalTestedSchoolCode",
	"FinalTestedSchoolName",
	"FinalTestCompletedDate",
	"Section504Status",
	"MigrantStatus",
	"ELStatus",
	"ELAS",
	"CEDSLanguageCode",
	"MilitaryStatus",
	"FosterStatus",
	"HomelessStatus",
	"EconomicDisadvantageStatus",
	"IDEAIndicator",
	"HispanicorLatino",
	"AmericanIndianorAlaskaNative",
	"Asian",
	"HawaiianOrOtherPacificIslander",
	"Filipino",
	"BlackorAfricanAmerican",
	"White",
	"TwoorMoreRaces",
	"ParentEducationLevel",
	"OpportunityID1",
	"OpportunityID2",
	"OpportunityID3",
	"OpportunityID4",
	"ConditionCode",
	"Attemptedness",
	"ScoreStatus",
	"IncludeIndicator",
	"LexileorQuantileMeasure",
	"ThetaScore",
	"ScaleScore",
	"StandardErrorMeasurement",
	"SmarterScaleScoresErrorBandsMin",
	"SmarterScaleScoresErrorBandsMax",
	"AchievementLevels",
	"SmarterClaim1PL",
	"SmarterClaim2PL",
	"SmarterClaim3PL",
	"SmarterClaim4PL",
	"Domain1Level",
	"Domain2Level",
	"Domain3Level",
	"Genre",
	"WERPOR",
	"WERDEVEEL",
	"WERCOV",
	"OverallScaleScore",
	"OverallPL",
	"OverallScaleScoreCSEM",
	"OralLanguageScaleScore",
	"OralLanguagePL",
	"OralLanguageCSEM",
	"WrittenLanguageScaleScore",
	"WrittenLanguagePL",
	"WrittenLanguageCSEM",
	"ListeningPL",
	"SpeakingPL",
	"ReadingPL",
	"WritingPL",
	"LocalStudentID",
	"ScoreAvailableDate",
	"EndofRecord",
};

void dg_sdf_clear(struct dg_sdf_row *row)
{
	int i;

	for (i = 0; i < DG_SDF_COLS; i++)
		row->v[i][0] = '\0';
}

void dg_sdf_set(struct dg_sdf_row *row, enum dg_sdf_col col, const char *fmt,
		...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(row->v[col], sizeof(row->v[col]), fmt, ap);
	va_end(ap);
}

void dg_sdf_set_day(struct dg_sdf_row *row, enum dg_sdf_col col, int64_t days)
{
	int y, m, d;

	dg_date_civil(days, &y, &m, &d);
	dg_sdf_set(row, col, "%04d-%02d-%02d", y, m, d);
}

void dg_sdf_header(struct dg_buf *b, const enum dg_sdf_col *layout, size_t n,
		   const char *eol)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			dg_buf_putc(b, '^');
		dg_buf_puts(b, names[layout[i]]);
	}
	dg_buf_puts(b, eol);
}

void dg_sdf_emit(struct dg_buf *b, const struct dg_sdf_row *row,
		 const enum dg_sdf_col *layout, size_t n, const char *eol)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			dg_buf_putc(b, '^');
		dg_buf_puts(b, row->v[layout[i]]);
	}
	dg_buf_puts(b, eol);
}

static const char *dg_sdf_yn(int on)
{
	return on ? "Y" : "N";
}

static void dg_sdf_race(struct dg_sdf_row *row, unsigned race)
{
	dg_sdf_set(row, DG_SDF_HISPANIC, "%s",
		   dg_sdf_yn(race & DG_RACE_HISPANIC));
	dg_sdf_set(row, DG_SDF_AMIND, "%s", dg_sdf_yn(race & DG_RACE_AMIND));
	dg_sdf_set(row, DG_SDF_ASIAN, "%s", dg_sdf_yn(race & DG_RACE_ASIAN));
	dg_sdf_set(row, DG_SDF_PACIFIC, "%s",
		   dg_sdf_yn(race & DG_RACE_PACIFIC));
	dg_sdf_set(row, DG_SDF_FILIPINO, "%s",
		   dg_sdf_yn(race & DG_RACE_FILIPINO));
	dg_sdf_set(row, DG_SDF_BLACK, "%s", dg_sdf_yn(race & DG_RACE_BLACK));
	dg_sdf_set(row, DG_SDF_WHITE, "%s", dg_sdf_yn(race & DG_RACE_WHITE));
	dg_sdf_set(row, DG_SDF_TWO_OR_MORE, "%s",
		   dg_sdf_yn(race & DG_RACE_TWO));
}

static void dg_sdf_programs(struct dg_sdf_row *row, const struct dg_student *st,
			    int year)
{
	static const char *const elas[] = { "EO", "EL", "IFEP", "RFEP" };
	enum dg_elas e = dg_student_elas(st, year);

	dg_sdf_set(row, DG_SDF_SECTION504, "%s", dg_sdf_yn(st->s504));
	dg_sdf_set(row, DG_SDF_MIGRANT, "%s", dg_sdf_yn(st->migrant));
	dg_sdf_set(row, DG_SDF_EL_STATUS, "%s", dg_sdf_yn(e == DG_ELAS_EL));
	dg_sdf_set(row, DG_SDF_ELAS, "%s", elas[e]);
	dg_sdf_set(row, DG_SDF_LANGUAGE, "%s", st->language);
	dg_sdf_set(row, DG_SDF_MILITARY, "%s", dg_sdf_yn(st->military));
	dg_sdf_set(row, DG_SDF_FOSTER, "%s", dg_sdf_yn(st->foster));
	dg_sdf_set(row, DG_SDF_HOMELESS, "%s", dg_sdf_yn(st->homeless));
	dg_sdf_set(row, DG_SDF_ECON, "%s", dg_sdf_yn(st->econ));
	dg_sdf_set(row, DG_SDF_IDEA, "%s", dg_sdf_yn(st->idea));
	dg_sdf_set(row, DG_SDF_PARENT_ED, "%d", st->parent_ed);
	dg_sdf_race(row, st->race);
}

void dg_sdf_student(struct dg_sdf_row *row, const struct dg_student *st,
		    const struct dg_district *d, const struct dg_school *s,
		    int year, int64_t tested_day)
{
	int grade = dg_student_grade(st, year);

	dg_sdf_set(row, DG_SDF_SSID, "%s", st->ssid);
	dg_sdf_set(row, DG_SDF_LAST_NAME, "%s", st->name.last);
	dg_sdf_set(row, DG_SDF_FIRST_NAME, "%s", st->name.first);
	dg_sdf_set(row, DG_SDF_MIDDLE_NAME, "%s", st->name.middle);
	dg_sdf_set_day(row, DG_SDF_BIRTH_DATE, st->birth_days);
	dg_sdf_set(row, DG_SDF_GENDER, "%c", st->sex == 'N' ? 'X' : st->sex);
	if (grade == 0)
		dg_sdf_set(row, DG_SDF_GRADE, "KN");
	else
		dg_sdf_set(row, DG_SDF_GRADE, "%02d", grade);
	dg_sdf_set(row, DG_SDF_ADDRESS, "%s", st->address);
	dg_sdf_set(row, DG_SDF_CALPADS_DISTRICT_CODE, "%s", d->cds);
	dg_sdf_set(row, DG_SDF_CALPADS_DISTRICT_NAME, "%s", d->name);
	dg_sdf_set(row, DG_SDF_CALPADS_SCHOOL_CODE, "%s", s->cds);
	dg_sdf_set(row, DG_SDF_CALPADS_SCHOOL_NAME, "%s", s->name);
	dg_sdf_set(row, DG_SDF_TESTED_DISTRICT_CODE, "%s", d->cds);
	dg_sdf_set(row, DG_SDF_TESTED_DISTRICT_NAME, "%s", d->name);
	dg_sdf_set(row, DG_SDF_TESTED_SCHOOL_CODE, "%s", s->cds);
	dg_sdf_set(row, DG_SDF_TESTED_SCHOOL_NAME, "%s", s->name);
	dg_sdf_set_day(row, DG_SDF_COMPLETED_DATE, tested_day);
	dg_sdf_set(row, DG_SDF_LOCAL_ID, "%06u",
		   (unsigned)(st->home % 900000 + 100000));
	dg_sdf_set(row, DG_SDF_END, "ZZ");
	dg_sdf_programs(row, st, year);
}
