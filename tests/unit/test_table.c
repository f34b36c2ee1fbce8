/*
 * The text decoder, the table reader and the cell parsers of the
 * delimited importers.
 */
#include <stdlib.h>

#include "unit.h"

#include "cell.h"
#include "diag.h"
#include "log.h"
#include "table.h"
#include "text_decode.h"

static void test_decode_utf8(void)
{
	const char bom[] = "\xEF\xBB\xBFname\nCaf\xC3\xA9\n";
	struct text t;

	text_decode("bom.csv", bom, sizeof(bom) - 1, &t);
	CHECK(!t.converted && !t.owned, "utf-8 text is not copied");
	CHECK(t.len == sizeof(bom) - 4 && !memcmp(t.data, "name\n", 5),
	      "a byte order mark is dropped");
	text_decode_release(&t);
	CHECK(text_decode_is_utf8("\xF0\x9F\x98\x80", 4),
	      "a four-byte sequence is utf-8");
	CHECK(!text_decode_is_utf8("\xC0\xAF", 2), "an overlong form is not");
	CHECK(!text_decode_is_utf8("\xED\xA0\x80", 3), "a surrogate is not");
	CHECK(!text_decode_is_utf8("abc\xE9", 4), "a lone 0xE9 is not");
}

static void test_decode_repair(void)
{
	struct diag_list errors = { 0 };
	char *out, value[301];
	int i;

	out = text_decode_repair("Exa\xD6ineeRelationship", 0);
	CHECK_STR(out, "Exa\xEF\xBF\xBDineeRelationship",
		  "a byte that starts no sequence becomes U+FFFD");
	free(out);
	out = text_decode_repair("Caf\xC3\xA9", 0);
	CHECK_STR(out, "Caf\xC3\xA9", "valid text is copied as it is");
	free(out);
	out = text_decode_repair("ab\xC3\xA9", 3);
	CHECK_STR(out, "ab", "a cut falls between characters");
	free(out);

	for (i = 0; i < 300; i += 2)
		memcpy(value + i, "\xC3\xA9", 2);
	value[300] = '\0';
	diag_add(&errors, 4, "Na\xFFme", value, "bad \x80 byte");
	CHECK(text_decode_is_utf8(errors.items[0].value,
				  strlen(errors.items[0].value)) &&
		  strlen(errors.items[0].value) <= 120 &&
		  strlen(errors.items[0].value) >= 118,
	      "an error's long value is cut short, still UTF-8");
	CHECK_STR(errors.items[0].field, "Na\xEF\xBF\xBDme",
		  "an error's field is made UTF-8");
	CHECK_STR(errors.items[0].message, "bad \xEF\xBF\xBD byte",
		  "an error's message is made UTF-8");
	diag_clear(&errors);
}

static void test_decode_cp1252(void)
{
	const char latin[] = "Caf\xE9 \x80\x93\x81";
	struct text t;

	text_decode("latin.csv", latin, sizeof(latin) - 1, &t);
	CHECK(t.converted, "text that is not utf-8 is converted");
	CHECK_STR(t.data, "Caf\xC3\xA9 \xE2\x82\xAC\xE2\x80\x9C\xC2\x81",
		  "0xE9, 0x80, 0x93 and undefined 0x81 become utf-8");
	CHECK(text_decode_is_utf8(t.data, t.len), "the result is utf-8");
	text_decode_release(&t);
}

static int open_text(struct table *t, const char *text)
{
	return table_open(t, text, strlen(text));
}

static void test_header(void)
{
	struct table t;

	CHECK(open_text(&t, "DISTRICT_ID,School Name,ssid\n1,a,b\n") == 0,
	      "a comma header opens");
	CHECK(table_delimiter(&t) == ',', "comma detected");
	CHECK(table_column(&t, "DistrictId") == 0,
	      "UPPER_SNAKE_CASE matches CamelCase");
	CHECK(table_column(&t, "schoolname") == 1, "names ignore case");
	CHECK(table_column(&t, "Missing") == -1, "an absent column is -1");
	CHECK_STR(table_name(&t, 1), "School Name", "names as written");
	table_close(&t);
	CHECK(open_text(&t, "a^b^c,d\n") == 0 && table_delimiter(&t) == '^',
	      "caret detected");
	table_close(&t);
	CHECK(open_text(&t, "a\tb\tc\n") == 0 && table_delimiter(&t) == '\t',
	      "tab detected");
	table_close(&t);
	CHECK(open_text(&t, "\n\n") < 0, "no header row is an error");
	table_close(&t);
}

static void test_quoting(void)
{
	const char text[] = "id,note,tail\n"
			    "1,\"a, b\",x\n"
			    "2,\"say \"\"hi\"\"\",y\n"
			    "3,\"two\nlines\",z\n"
			    "4,  padded\t , \" kept \"\n";
	struct table t;

	open_text(&t, text);
	CHECK(table_next(&t) == 1 && !strcmp(table_cell(&t, 1), "a, b"),
	      "a quoted delimiter stays in the cell");
	CHECK(table_next(&t) == 1 && !strcmp(table_cell(&t, 1), "say \"hi\""),
	      "doubled quotes are one quote");
	CHECK(table_next(&t) == 1 && !strcmp(table_cell(&t, 1), "two\nlines") &&
		  table_line(&t) == 4,
	      "a quoted newline stays in the cell; the row starts on line 4");
	CHECK(table_next(&t) == 1 && table_line(&t) == 6,
	      "the row after it is on line 6");
	CHECK_STR(table_cell(&t, 1), "padded", "spaces and tabs are trimmed");
	CHECK_STR(table_cell(&t, 2), "kept", "quoted spaces are trimmed too");
	CHECK(table_next(&t) == 0, "then the end");
	table_close(&t);
}

static void test_lines(void)
{
	const char text[] = "# comment\r\na^b\r\n\r\n1^2\r\n# note\r\n3^4";
	struct table t;

	open_text(&t, text);
	table_set_flags(&t, TABLE_COMMENTS);
	CHECK(t.header_line == 2, "comments before the header are skipped");
	CHECK(table_next(&t) == 1 && table_line(&t) == 4 &&
		  !strcmp(table_cell(&t, 1), "2"),
	      "crlf rows, blank lines skipped, line numbers kept");
	CHECK(table_next(&t) == 1 && table_line(&t) == 6 &&
		  !strcmp(table_cell(&t, 1), "4"),
	      "a comment line is skipped; a last row without a line end");
	CHECK_STR(table_cell(&t, 7), "", "a cell past the row is empty");
	CHECK(table_next(&t) == 0, "then the end");
	table_rewind(&t);
	CHECK(table_next(&t) == 1 && table_line(&t) == 4,
	      "rewind starts at the first data row");
	table_close(&t);
}

static void test_no_data(void)
{
	struct table t;

	open_text(&t, "CDSCode\tSchool\n01\tNo Data\n");
	table_set_flags(&t, TABLE_NO_DATA);
	CHECK(table_next(&t) == 1 && !strcmp(table_cell(&t, 1), ""),
	      "No Data is an empty cell");
	table_close(&t);
}

static void test_numbers(void)
{
	double v = 0;
	long n = 0;

	CHECK(cell_number("0047", &v) == 1 && v == 47, "zero-padded 0047");
	CHECK(cell_number("2.10E+03", &v) == 1 && v == 2100,
	      "exponent form 2.10E+03");
	CHECK(cell_number("-1.5", &v) == 1 && v == -1.5, "a negative");
	CHECK(cell_number("", &v) == 0, "empty is no value");
	CHECK(cell_number("0x10", &v) < 0, "hex is not a number");
	CHECK(cell_number("inf", &v) < 0, "inf is not a number");
	CHECK(cell_number("12a", &v) < 0, "trailing text is not a number");
	CHECK(cell_int("2.15E+03", &n) == 1 && n == 2150, "a whole exponent");
	CHECK(cell_int("2.5", &n) < 0, "2.5 is not whole");
}

static void test_dates(void)
{
	char d[CELL_DATE_SIZE];

	CHECK(cell_date("2024-05-01", d) == 1 && !strcmp(d, "2024-05-01"),
	      "iso date");
	CHECK(cell_date("2024-05-01 08:00:00", d) == 1 &&
		  !strcmp(d, "2024-05-01"),
	      "iso date and time");
	CHECK(cell_date("05/01/2024", d) == 1 && !strcmp(d, "2024-05-01"),
	      "MM/DD/YYYY");
	CHECK(cell_date("20240501", d) == 1 && !strcmp(d, "2024-05-01"),
	      "YYYYMMDD");
	CHECK(cell_date("05012024", d) == 1 && !strcmp(d, "2024-05-01"),
	      "MMDDYYYY");
	CHECK(cell_date("2024-02-30", d) < 0, "no February 30");
	CHECK(cell_date("13/01/2024", d) < 0, "no month 13");
	CHECK(cell_date("soon", d) < 0, "words are not dates");
	CHECK(cell_school_year("2023-07-01") == 2024 &&
		  cell_school_year("2024-06-30") == 2024,
	      "a school year runs July to June");
}

int main(void)
{
	log_set_level(LOG_QUIET);
	test_decode_utf8();
	test_decode_cp1252();
	test_decode_repair();
	test_header();
	test_quoting();
	test_lines();
	test_no_data();
	test_numbers();
	test_dates();
	return unit_done();
}
