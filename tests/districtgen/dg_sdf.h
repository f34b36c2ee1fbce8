/*
 * Rows of the state's caret-delimited student score data files (CAASPP
 * and ELPAC). A row is a caller-provided value holding one text cell per
 * known column; each file picks its columns and their order with a
 * layout. Nothing is allocated.
 */
#ifndef DG_SDF_H
#define DG_SDF_H

#include <stddef.h>
#include <stdint.h>

#include "dg_buf.h"
#include "dg_district.h"
#include "dg_student.h"

enum dg_sdf_col {
	DG_SDF_RECORD_TYPE,
	DG_SDF_SSID,
	DG_SDF_LAST_NAME,
	DG_SDF_FIRST_NAME,
	DG_SDF_MIDDLE_NAME,
	DG_SDF_BIRTH_DATE,
	DG_SDF_GENDER,
	DG_SDF_GRADE,
	DG_SDF_ADDRESS,
	DG_SDF_CALPADS_DISTRICT_CODE,
	DG_SDF_CALPADS_DISTRICT_NAME,
	DG_SDF_CALPADS_SCHOOL_CODE,
	DG_SDF_CALPADS_SCHOOL_NAME,
	DG_SDF_TESTED_DISTRICT_CODE,
	DG_SDF_TESTED_DISTRICT_NAME,
	DG_SDF_TESTED_SCHOOL_CODE,
	DG_SDF_TESTED_SCHOOL_NAME,
	DG_SDF_COMPLETED_DATE,
	DG_SDF_SECTION504,
	DG_SDF_MIGRANT,
	DG_SDF_EL_STATUS,
	DG_SDF_ELAS,
	DG_SDF_LANGUAGE,
	DG_SDF_MILITARY,
	DG_SDF_FOSTER,
	DG_SDF_HOMELESS,
	DG_SDF_ECON,
	DG_SDF_IDEA,
	DG_SDF_HISPANIC,
	DG_SDF_AMIND,
	DG_SDF_ASIAN,
	DG_SDF_PACIFIC,
	DG_SDF_FILIPINO,
	DG_SDF_BLACK,
	DG_SDF_WHITE,
	DG_SDF_TWO_OR_MORE,
	DG_SDF_PARENT_ED,
	DG_SDF_OPPORTUNITY1,
	DG_SDF_OPPORTUNITY2,
	DG_SDF_OPPORTUNITY3,
	DG_SDF_OPPORTUNITY4,
	DG_SDF_CONDITION,
	DG_SDF_ATTEMPTEDNESS,
	DG_SDF_SCORE_STATUS,
	DG_SDF_INCLUDE,
	DG_SDF_LEXILE,
	DG_SDF_THETA,
	DG_SDF_SCALE_SCORE,
	DG_SDF_SEM,
	DG_SDF_BAND_MIN,
	DG_SDF_BAND_MAX,
	DG_SDF_LEVEL,
	DG_SDF_CLAIM1_PL,
	DG_SDF_CLAIM2_PL,
	DG_SDF_CLAIM3_PL,
	DG_SDF_CLAIM4_PL,
	DG_SDF_DOMAIN1,
	DG_SDF_DOMAIN2,
	DG_SDF_DOMAIN3,
	DG_SDF_GENRE,
	DG_SDF_WER_POR,
	DG_SDF_WER_DEVEEL,
	DG_SDF_WER_COV,
	DG_SDF_OVERALL_SS,
	DG_SDF_OVERALL_PL,
	DG_SDF_OVERALL_CSEM,
	DG_SDF_ORAL_SS,
	DG_SDF_ORAL_PL,
	DG_SDF_ORAL_CSEM,
	DG_SDF_WRITTEN_SS,
	DG_SDF_WRITTEN_PL,
	DG_SDF_WRITTEN_CSEM,
	DG_SDF_LISTENING_PL,
	DG_SDF_SPEAKING_PL,
	DG_SDF_READING_PL,
	DG_SDF_WRITING_PL,
	DG_SDF_LOCAL_ID,
	DG_SDF_AVAILABLE_DATE,
	DG_SDF_END,
	DG_SDF_COLS
};

struct dg_sdf_row {
	char v[DG_SDF_COLS][96];
};

void dg_sdf_clear(struct dg_sdf_row *row);
void dg_sdf_set(struct dg_sdf_row *row, enum dg_sdf_col col, const char *fmt,
		...) __attribute__((format(printf, 3, 4)));
void dg_sdf_set_day(struct dg_sdf_row *row, enum dg_sdf_col col, int64_t days);
void dg_sdf_header(struct dg_buf *b, const enum dg_sdf_col *layout, size_t n,
		   const char *eol);
void dg_sdf_emit(struct dg_buf *b, const struct dg_sdf_row *row,
		 const enum dg_sdf_col *layout, size_t n, const char *eol);
/*
 * Identity, enrolment, testing place and demographic cells of a student
 * in school year index year (-1: the year before the first) at a school.
 */
void dg_sdf_student(struct dg_sdf_row *row, const struct dg_student *st,
		    const struct dg_district *d, const struct dg_school *s,
		    int year, int64_t tested_day);

#endif
