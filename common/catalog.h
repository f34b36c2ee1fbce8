/*
 * The scale and claim catalogs of schemas/scales.csv and claims.csv,
 * read once from the copies compiled into the program.  The catalog
 * owns every row it returns; rows live until catalog_release().
 */
#ifndef SCOREBOOK_CATALOG_H
#define SCOREBOOK_CATALOG_H

struct scale_row {
	char family[8], subject[12];
	int grade, levels;
	double low, high, cut2, cut3, cut4; /* cut4 is 0 with 3 levels */
};

struct claim_row {
	char subject[12], code[16], name[64];
	int slot;
};

int catalog_load(void);
void catalog_release(void);

const struct scale_row *catalog_scale(const char *family, const char *subject,
				      int grade);
const struct claim_row *catalog_claim(const char *subject, const char *code);
int catalog_scale_count(void);
const struct scale_row *catalog_scale_at(int i);
int catalog_claim_count(void);
const struct claim_row *catalog_claim_at(int i);

/*
 * The level (1..levels) of a score on a scale, from its cuts.
 */
int catalog_level(const struct scale_row *scale, double score);

/*
 * The interim block category from score and standard error around the
 * Level 3 cut: 3 Above, 1 Below, 2 Near (At or Near) Standard.
 */
int catalog_iab_category(const struct scale_row *scale, double score,
			 double se);

/* Grade text ("KG", "4", "04", "11") to a number; -1 if not a grade. */
int catalog_parse_grade(const char *text);

#endif
