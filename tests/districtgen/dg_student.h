/*
 * Synthetic students. A student is a plain value: it owns no memory and
 * everything about it follows from the run's seed and its index, so any
 * student can be rebuilt alone.
 */
#ifndef DG_STUDENT_H
#define DG_STUDENT_H

#include <stdint.h>

#include "dg_names.h"
#include "dg_scales.h"

/* English language acquisition status. */
enum dg_elas { DG_ELAS_EO, DG_ELAS_EL, DG_ELAS_IFEP, DG_ELAS_RFEP };

/* Race and ethnicity flags, as the TRT and score data files carry them. */
enum dg_race {
	DG_RACE_HISPANIC = 1,
	DG_RACE_AMIND = 2,
	DG_RACE_ASIAN = 4,
	DG_RACE_BLACK = 8,
	DG_RACE_WHITE = 16,
	DG_RACE_PACIFIC = 32,
	DG_RACE_FILIPINO = 64,
	DG_RACE_TWO = 128
};

/* What every student of one run shares. */
struct dg_cohort {
	uint64_t seed;
	/* End year of the first school year, e.g. 2025 for 2024-25. */
	int first_year;
	int years;
};

struct dg_student {
	uint32_t index;
	char ssid[11];
	long key;
	struct dg_name name;
	/* 'M', 'F' or 'N' (nonbinary). */
	char sex;
	int64_t birth_days;
	enum dg_heritage heritage;
	unsigned race;
	/* Home language, ISO 639-2. */
	const char *language;
	enum dg_elas initial_elas;
	/* Grade from which an initial English learner is reclassified. */
	int reclass_grade;
	unsigned char idea, s504, econ, migrant, foster, homeless;
	/* 0 not connected, 1 active duty, 2 national guard or reserve. */
	unsigned char military;
	/* CALPADS parent education level code, 10-15. */
	unsigned char parent_ed;
	/* Standardised achievement in ELA, math and science. */
	double ability[3];
	/* Grade in the first school year; negative before kindergarten. */
	int grade0;
	/* First school year (index) the student has left the district. */
	int left_year;
	/* Whether enrolled in the school year before the first. */
	int in_prior;
	uint32_t home;
	char address[80];
};

/* A student tested in at least one of the cohort's school years. */
void dg_student_make(struct dg_student *st, const struct dg_cohort *c,
		     uint32_t index);
/*
 * A student seen only in the school year before the first one, in the
 * given grade then (graduates and leavers for the score data file).
 */
void dg_student_make_prior(struct dg_student *st, const struct dg_cohort *c,
			   uint32_t index, int prior_grade);

/* Grade in school year index year; -1 is the year before the first. */
int dg_student_grade(const struct dg_student *st, int year);
int dg_student_enrolled(const struct dg_student *st, int year);
int dg_student_tested_grade(int grade);
enum dg_elas dg_student_elas(const struct dg_student *st, int year);
/* Standardised achievement in a subject in a school year. */
double dg_student_z(const struct dg_student *st, uint64_t seed,
		    enum dg_subject subject, int year);
/* Non-zero when the student changed school within a level that year. */
uint32_t dg_student_moved(const struct dg_student *st, uint64_t seed, int year);

#endif
