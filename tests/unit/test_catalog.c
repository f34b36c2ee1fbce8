/*
 * The scale catalog: levels from cuts, interim categories, grades.
 */
#include "catalog.h"
#include "unit.h"

int main(void)
{
	const struct scale_row *ela5, *caa3;

	CHECK(catalog_load() == 0, "the catalog loads");
	ela5 = catalog_scale("SBAC", "ELA", 5);
	CHECK(ela5 && ela5->low == 2200 && ela5->high == 2730,
	      "ELA grade 5 ranges 2200-2730");
	CHECK(ela5 && catalog_level(ela5, 2441) == 1, "2441 is level 1");
	CHECK(ela5 && catalog_level(ela5, 2442) == 2, "the L2 cut is level 2");
	CHECK(ela5 && catalog_level(ela5, 2502) == 3, "the L3 cut is level 3");
	CHECK(ela5 && catalog_level(ela5, 2582) == 4, "the L4 cut is level 4");
	CHECK(ela5 && catalog_iab_category(ela5, 2502 + 30, 20) == 3,
	      "score - 1.5 SE at the L3 cut is Above");
	CHECK(ela5 && catalog_iab_category(ela5, 2502 - 31, 20) == 1,
	      "score + 1.5 SE below the L3 cut is Below");
	CHECK(ela5 && catalog_iab_category(ela5, 2502 - 30, 20) == 2,
	      "score + 1.5 SE at the L3 cut is Near");
	caa3 = catalog_scale("CAA", "MATH", 3);
	CHECK(caa3 && caa3->levels == 3 && catalog_level(caa3, 399) == 3,
	      "CAA has three levels");
	CHECK(catalog_scale("ELPAC", "ELPAC", 0) != NULL,
	      "ELPAC kindergarten has a scale");
	CHECK(catalog_scale("SBAC", "ELA", 9) == NULL,
	      "no Smarter Balanced scale for grade 9");
	CHECK(catalog_parse_grade("KG") == 0, "KG is grade 0");
	CHECK(catalog_parse_grade("04") == 4, "04 is grade 4");
	CHECK(catalog_parse_grade("4th") == -1, "4th is not a grade");
	CHECK(catalog_claim("MATH", "SOCK_2") != NULL,
	      "SOCK_2 is a math claim");
	CHECK(catalog_claim("ELA", "9-ZZ") == NULL, "9-ZZ is no claim");
	catalog_release();
	return unit_done();
}
