/*
 * The assessments of a run and their fixed item forms: Smarter Balanced
 * summative, ICA and IAB tests for ELA and math and CAST for science, one
 * set per school year and grade. The catalog owns its assessments and
 * their items; dg_catalog_release() frees them.
 */
#ifndef DG_CATALOG_H
#define DG_CATALOG_H

#include <stddef.h>
#include <stdint.h>

#include "dg_scales.h"

enum dg_kind { DG_KIND_SUM, DG_KIND_ICA, DG_KIND_IAB, DG_KIND_CAST };

struct dg_item {
	uint32_t key;
	uint32_t passage;
	char format[6];
	/* Content claim and target, e.g. "2-W" and "8-5", or "1" and "E-5". */
	char claim[8];
	char target[24];
	char standard[24];
	/* Correct option(s) of MC and MS items, e.g. "B" or "A,D". */
	char answer[8];
	/* The wrong option most students pick. */
	char distractor;
	unsigned char dok;
	unsigned char max_points;
	unsigned char n_options;
	unsigned char segment;
	/* Difficulty on the standardised achievement scale. */
	double difficulty;
};

struct dg_asmt {
	char name[128];
	char test_id[80];
	char label[128];
	char block[16];
	enum dg_kind kind;
	enum dg_subject subject;
	int grade;
	int year;
	int year_end;
	int version;
	/* Genre of the full write (ARGU, EXPL, INFO, NARR, OPIN) or "". */
	char genre[5];
	int n_segments;
	char segment[2][144];
	char form[2][48];
	int form_key[2];
	struct dg_item *items;
	int n_items;
	/* Set once any TRT document of the run refers to it. */
	int used;
};

struct dg_catalog {
	struct dg_asmt *asmts;
	size_t n;
	int years;
	/* Assessment index per (year, grade, slot), or -1. */
	int *slots;
};

void dg_catalog_build(struct dg_catalog *c, uint64_t seed, int first_year,
		      int years);
void dg_catalog_release(struct dg_catalog *c);
/* How many IABs a grade has in a subject. */
int dg_catalog_blocks(enum dg_subject subject, int grade);
/* Index of an assessment, or -1; block only matters for IABs. */
int dg_catalog_find(const struct dg_catalog *c, int year, int grade,
		    enum dg_kind kind, enum dg_subject subject, int block);
/* "SUM", "ICA" or "IAB" (CAST is a summative test too). */
const char *dg_catalog_subtype(const struct dg_asmt *a);
/* "ELA", "MATH" or "SCIENCE". */
const char *dg_catalog_subject(enum dg_subject subject);
/* Writing type name of a genre code, e.g. "Argumentative". */
const char *dg_catalog_genre_name(const char *genre);

#endif
