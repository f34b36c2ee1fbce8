#include "trt_examinee.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"

enum value_kind { TEXT, PERSONAL, PERSONAL_DATE, FLAG, DATE, GRADE };

enum slot_id {
	S_SSID,
	S_ALT_SSID,
	S_FIRST,
	S_MIDDLE,
	S_LAST,
	S_ALIAS,
	S_BIRTH,
	S_SEX,
	S_GRADE,
	S_HISPANIC,
	S_AMERICAN_INDIAN,
	S_ASIAN,
	S_BLACK,
	S_WHITE,
	S_PACIFIC,
	S_TWO_OR_MORE,
	S_FILIPINO,
	S_IDEA,
	S_LEP,
	S_504,
	S_ECON,
	S_MIGRANT,
	S_LANGUAGE,
	S_ELAS,
	S_ELAS_START,
	S_FIRST_ENTRY,
	S_LEP_ENTRY,
	S_LEP_EXIT,
	S_ELP_LEVEL,
	S_DISABILITY,
	S_MILITARY,
	S_SCHOOL_ID,
	S_SCHOOL_NAME,
	S_DISTRICT_ID,
	S_DISTRICT_NAME,
	S_STATE_ABBR,
	S_STATE_NAME,
	S_COUNT
};

struct known_name {
	const char *name;
	enum slot_id slot;
	enum value_kind kind;
};

/* Every name of FORMATS.md, with the aliases older producers write. */
static const struct known_name known_names[] = {
	{ "StudentIdentifier", S_SSID, PERSONAL },
	{ "SSID", S_SSID, PERSONAL },
	{ "AlternateSSID", S_ALT_SSID, PERSONAL },
	{ "FirstName", S_FIRST, PERSONAL },
	{ "MiddleName", S_MIDDLE, PERSONAL },
	{ "LastOrSurname", S_LAST, PERSONAL },
	{ "AliasName", S_ALIAS, PERSONAL },
	{ "Birthdate", S_BIRTH, PERSONAL_DATE },
	{ "DOB", S_BIRTH, PERSONAL_DATE },
	{ "Sex", S_SEX, TEXT },
	{ "GradeLevelWhenAssessed", S_GRADE, GRADE },
	{ "Grade", S_GRADE, GRADE },
	{ "HispanicOrLatinoEthnicity", S_HISPANIC, FLAG },
	{ "AmericanIndianOrAlaskaNative", S_AMERICAN_INDIAN, FLAG },
	{ "Asian", S_ASIAN, FLAG },
	{ "BlackOrAfricanAmerican", S_BLACK, FLAG },
	{ "White", S_WHITE, FLAG },
	{ "NativeHawaiianOrOtherPacificIslander", S_PACIFIC, FLAG },
	{ "DemographicRaceTwoOrMoreRaces", S_TWO_OR_MORE, FLAG },
	{ "Filipino", S_FILIPINO, FLAG },
	{ "IDEAIndicator", S_IDEA, FLAG },
	{ "LEPStatus", S_LEP, FLAG },
	{ "Section504Status", S_504, FLAG },
	{ "EconomicDisadvantageStatus", S_ECON, FLAG },
	{ "MigrantStatus", S_MIGRANT, FLAG },
	{ "LanguageCode", S_LANGUAGE, TEXT },
	{ "EnglishLanguageAcquisitionStatus", S_ELAS, TEXT },
	{ "EnglishLanguageAcquisitionStatusStartDate", S_ELAS_START, DATE },
	{ "FirstEntryDateIntoUSSchool", S_FIRST_ENTRY, DATE },
	{ "LimitedEnglishProficiencyEntryDate", S_LEP_ENTRY, DATE },
	{ "LEPExitDate", S_LEP_EXIT, DATE },
	{ "EnglishLanguageProficiencyLevel", S_ELP_LEVEL, TEXT },
	{ "PrimaryDisabilityType", S_DISABILITY, TEXT },
	{ "MilitaryConnectedStudentIndicator", S_MILITARY, TEXT },
	{ "SchoolId", S_SCHOOL_ID, TEXT },
	{ "ResponsibleInstitutionIdentifier", S_SCHOOL_ID, TEXT },
	{ "SchoolName", S_SCHOOL_NAME, TEXT },
	{ "NameOfInstitution", S_SCHOOL_NAME, TEXT },
	{ "DistrictId", S_DISTRICT_ID, TEXT },
	{ "ResponsibleDistrictIdentifier", S_DISTRICT_ID, TEXT },
	{ "DistrictName", S_DISTRICT_NAME, TEXT },
	{ "OrganizationName", S_DISTRICT_NAME, TEXT },
	{ "StateAbbreviation", S_STATE_ABBR, TEXT },
	{ "StateName", S_STATE_NAME, TEXT },
};

#define KNOWN_COUNT (sizeof(known_names) / sizeof(known_names[0]))

_Static_assert(S_COUNT <= TRT_SLOT_COUNT, "slot table too small");

void trt_examinee_init(struct trt_examinee *x)
{
	memset(x, 0, sizeof(*x));
}

static enum trt_context parse_context(const char *context)
{
	if (context && !strcmp(context, "FINAL"))
		return TRT_FINAL;
	if (context && !strcmp(context, "INITIAL"))
		return TRT_INITIAL;
	return TRT_CONTEXT_NONE;
}

static const struct known_name *find_name(const char *name)
{
	size_t i;

	for (i = 0; i < KNOWN_COUNT; i++)
		if (!strcmp(known_names[i].name, name))
			return &known_names[i];
	return NULL;
}

static void put_group(struct trt_examinee *x, struct exam *e, const char *value,
		      enum trt_context context)
{
	int i;

	if (!value || !*value || x->group_count == TRT_GROUP_MAX)
		return;
	for (i = 0; i < x->group_count; i++)
		if (x->group_context[i] == context &&
		    !strcmp(x->groups[i], value))
			return;
	x->groups[x->group_count] = exam_strdup(e, value);
	x->group_context[x->group_count++] = context;
}

void trt_examinee_put(struct trt_examinee *x, struct exam *e, const char *name,
		      const char *value, const char *context, long line)
{
	enum trt_context ctx = parse_context(context);
	const struct known_name *known;
	struct trt_slot *slot;

	if (!name)
		return;
	if (!strcmp(name, "StudentGroupName")) {
		put_group(x, e, value, ctx);
		return;
	}
	if (!(known = find_name(name)))
		return;
	slot = &x->slots[known->slot];
	/* FINAL wins; a later value of the same context replaces. */
	if (slot->value && slot->context > ctx)
		return;
	slot->value = exam_strdup(e, value ? value : "");
	slot->context = ctx;
	slot->line = line;
}

int trt_parse_flag(const char *v, enum flag *out)
{
	static const char *const yes[] = { "yes", "y", "true", "t", "1" };
	static const char *const no[] = { "no", "n", "false", "f", "0" };
	size_t i;

	*out = FLAG_UNKNOWN;
	if (!v || !*v || !strcasecmp(v, "Unknown/Cannot Provide"))
		return 0;
	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (!strcasecmp(v, yes[i])) {
			*out = FLAG_YES;
			return 0;
		}
		if (!strcasecmp(v, no[i])) {
			*out = FLAG_NO;
			return 0;
		}
	}
	return -1;
}

static int days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

int trt_is_date(const char *t)
{
	int i, year, month, day;

	if (!t || strlen(t) < 10)
		return 0;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (t[i] != '-')
				return 0;
		} else if (!isdigit((unsigned char)t[i])) {
			return 0;
		}
	}
	if (t[10] && t[10] != 'T' && t[10] != ' ')
		return 0;
	year = atoi(t);
	month = atoi(t + 5);
	day = atoi(t + 8);
	return month >= 1 && month <= 12 && day >= 1 &&
	       day <= days_in_month(year, month);
}

static const char *slot_value(const struct trt_examinee *x, enum slot_id id)
{
	const char *v = x->slots[id].value;

	return v && *v ? v : NULL;
}

static enum flag slot_flag(const struct trt_examinee *x, enum slot_id id,
			   const char *field, struct diag_list *errors)
{
	enum flag f;

	if (trt_parse_flag(x->slots[id].value, &f) < 0)
		diag_add(errors, x->slots[id].line, field, x->slots[id].value,
			 "not a boolean (expected Yes or No)");
	return f;
}

static const char *slot_date(const struct trt_examinee *x, enum slot_id id,
			     const char *field, int personal,
			     struct diag_list *errors)
{
	const char *v = slot_value(x, id);

	if (v && !trt_is_date(v)) {
		diag_add(errors, x->slots[id].line, field, personal ? NULL : v,
			 "not a date (YYYY-MM-DD)");
		return NULL;
	}
	return v;
}

static void finish_flags(const struct trt_examinee *x, struct exam_student *s,
			 struct diag_list *errors)
{
#define FLAG_OF(slot, name) slot_flag(x, slot, name, errors)
	s->hispanic = FLAG_OF(S_HISPANIC, "HispanicOrLatinoEthnicity");
	s->american_indian =
	    FLAG_OF(S_AMERICAN_INDIAN, "AmericanIndianOrAlaskaNative");
	s->asian = FLAG_OF(S_ASIAN, "Asian");
	s->black = FLAG_OF(S_BLACK, "BlackOrAfricanAmerican");
	s->white = FLAG_OF(S_WHITE, "White");
	s->pacific_islander =
	    FLAG_OF(S_PACIFIC, "NativeHawaiianOrOtherPacificIslander");
	s->two_or_more_races =
	    FLAG_OF(S_TWO_OR_MORE, "DemographicRaceTwoOrMoreRaces");
	s->filipino = FLAG_OF(S_FILIPINO, "Filipino");
	s->idea = FLAG_OF(S_IDEA, "IDEAIndicator");
	s->lep = FLAG_OF(S_LEP, "LEPStatus");
	s->section504 = FLAG_OF(S_504, "Section504Status");
	s->economic_disadvantage =
	    FLAG_OF(S_ECON, "EconomicDisadvantageStatus");
	s->migrant = FLAG_OF(S_MIGRANT, "MigrantStatus");
#undef FLAG_OF
}

static void finish_dates(const struct trt_examinee *x, struct exam_student *s,
			 struct diag_list *errors)
{
	s->birthdate = slot_date(x, S_BIRTH, "Birthdate", 1, errors);
	s->elas_start_date =
	    slot_date(x, S_ELAS_START,
		      "EnglishLanguageAcquisitionStatusStartDate", 0, errors);
	s->first_entry_us_school = slot_date(
	    x, S_FIRST_ENTRY, "FirstEntryDateIntoUSSchool", 0, errors);
	s->lep_entry_date = slot_date(
	    x, S_LEP_ENTRY, "LimitedEnglishProficiencyEntryDate", 0, errors);
	s->lep_exit_date = slot_date(x, S_LEP_EXIT, "LEPExitDate", 0, errors);
}

static void finish_grade(const struct trt_examinee *x, struct exam *e,
			 struct diag_list *errors)
{
	const char *v = slot_value(x, S_GRADE);

	e->grade = -1;
	if (!v)
		return;
	e->grade = catalog_parse_grade(v);
	if (e->grade < 0)
		diag_add(errors, x->slots[S_GRADE].line,
			 "GradeLevelWhenAssessed", v,
			 "not a grade (KG or 01 to 12)");
}

static void finish_groups(const struct trt_examinee *x, struct exam *e)
{
	int i, any_final = 0;

	for (i = 0; i < x->group_count; i++)
		if (x->group_context[i] == TRT_FINAL)
			any_final = 1;
	for (i = 0; i < x->group_count; i++)
		if (!any_final || x->group_context[i] == TRT_FINAL)
			exam_add_group(e, x->groups[i]);
}

void trt_examinee_finish(struct trt_examinee *x, struct exam *e,
			 struct diag_list *errors)
{
	struct exam_student *s = &e->student;

	s->ssid = slot_value(x, S_SSID);
	s->alternate_ssid = slot_value(x, S_ALT_SSID);
	s->first_name = slot_value(x, S_FIRST);
	s->middle_name = slot_value(x, S_MIDDLE);
	s->last_name = slot_value(x, S_LAST);
	s->alias_name = slot_value(x, S_ALIAS);
	s->sex = slot_value(x, S_SEX);
	s->language_code = slot_value(x, S_LANGUAGE);
	s->elas = slot_value(x, S_ELAS);
	s->primary_disability = slot_value(x, S_DISABILITY);
	s->military_connected = slot_value(x, S_MILITARY);
	finish_flags(x, s, errors);
	finish_dates(x, s, errors);
	finish_grade(x, e, errors);
	finish_groups(x, e);

	e->school_id = slot_value(x, S_SCHOOL_ID);
	e->school_name = slot_value(x, S_SCHOOL_NAME);
	e->district_id = slot_value(x, S_DISTRICT_ID);
	e->district_name = slot_value(x, S_DISTRICT_NAME);
}
