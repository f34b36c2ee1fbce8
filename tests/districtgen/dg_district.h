/*
 * The synthetic district: its CDS codes, names and schools. A district
 * owns its school array; dg_district_release() frees it.
 */
#ifndef DG_DISTRICT_H
#define DG_DISTRICT_H

#include <stdint.h>

enum dg_school_kind {
	DG_SCHOOL_ELEMENTARY,
	DG_SCHOOL_MIDDLE,
	DG_SCHOOL_HIGH,
	DG_SCHOOL_K8,
	DG_SCHOOL_K12,
	DG_SCHOOL_KINDS
};

struct dg_school {
	char code[8];
	char cds[15];
	char name[64];
	/* Three ASCII capitals used in proctor session ids. */
	char tag[4];
	enum dg_school_kind kind;
	int lo_grade;
	int hi_grade;
};

struct dg_district {
	char county_code[3];
	char county_name[32];
	char code[6];
	/* County and district code together: the CDS code's first 7 digits. */
	char county_district[8];
	char cds[15];
	char name[64];
	/* E-mail domain of the district's staff logins. */
	char domain[48];
	struct dg_school *schools;
	int n_schools;
	int n_kind[DG_SCHOOL_KINDS];
	int first_of_kind[DG_SCHOOL_KINDS];
};

void dg_district_build(struct dg_district *d, uint64_t seed, int n_schools);
void dg_district_release(struct dg_district *d);
/*
 * Index of the school a student attends in a grade (0-12), or -1 when no
 * school serves it. home spreads students over schools of one level and
 * keeps elementary feeders together; a non-zero moved picks another one.
 */
int dg_district_school(const struct dg_district *d, int grade, uint32_t home,
		       uint32_t moved);

#endif
