/*
 * Synthetic but realistic personal names and street addresses. Every
 * function writes into buffers the caller provides; nothing is allocated
 * and every returned string points into static tables.
 */
#ifndef DG_NAMES_H
#define DG_NAMES_H

#include <stddef.h>

#include "dg_rng.h"

/* Family background: drives names, race flags and home language. */
enum dg_heritage {
	DG_H_HISPANIC,
	DG_H_WHITE,
	DG_H_BLACK,
	DG_H_VIETNAMESE,
	DG_H_CHINESE,
	DG_H_FILIPINO,
	DG_H_KOREAN,
	DG_H_SOUTH_ASIAN,
	DG_H_ARABIC,
	DG_H_ARMENIAN,
	DG_H_NATIVE,
	DG_H_PACIFIC,
	DG_H_MIXED,
	DG_H_COUNT
};

struct dg_name {
	char first[48];
	char middle[48];
	char last[80];
};

/* A heritage drawn with roughly the mix of a California district. */
enum dg_heritage dg_names_heritage(struct dg_rng *r);
/*
 * A student's name; sex is 'M', 'F' or 'N'. middle is empty for about
 * half of the students.
 */
void dg_names_student(struct dg_rng *r, enum dg_heritage h, char sex,
		      struct dg_name *out);
/* An ASCII staff login stem such as "jlee" (no domain). */
void dg_names_login_stem(struct dg_rng *r, char *out, size_t size);
/* A street address such as "1423 Maple Ave". */
void dg_names_street(struct dg_rng *r, char *out, size_t size);

#endif
