/*
 * The values in delimited cells: numbers (zero-padded "0047" and
 * exponent forms "2.10E+03" alike), whole numbers, dates in the shapes
 * state files use, and yes/no flags.  Each parser returns 1 for a value,
 * 0 for an empty cell and -1 for text that is not one; outputs are the
 * caller's.
 */
#ifndef SCOREBOOK_CELL_H
#define SCOREBOOK_CELL_H

#include "exam.h"

#define CELL_DATE_SIZE 11 /* "YYYY-MM-DD" and its NUL */

int cell_number(const char *text, double *out);
/* A number that is whole, such as "0047" or "2.10E+03". */
int cell_int(const char *text, long *out);
/* YYYY-MM-DD (a time may follow), MM/DD/YYYY, YYYYMMDD or MMDDYYYY. */
int cell_date(const char *text, char out[CELL_DATE_SIZE]);
/* Y/N, Yes/No, TRUE/FALSE, T/F, 1/0 in any case. */
int cell_flag(const char *text, enum flag *out);
/* The school year of an ISO date: July 1 to June 30, named by its end. */
int cell_school_year(const char *iso_date);

#endif
