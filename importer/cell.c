#include "cell.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trt_examinee.h"

/* Decimal digits, one point, an exponent: no hex, inf or nan. */
static int decimal_shape(const char *p)
{
	int digits = 0;

	if (*p == '+' || *p == '-')
		p++;
	for (; isdigit((unsigned char)*p) || *p == '.'; p++)
		digits += *p != '.';
	if (!digits)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!isdigit((unsigned char)*p))
			return 0;
		while (isdigit((unsigned char)*p))
			p++;
	}
	return *p == '\0';
}

int cell_number(const char *text, double *out)
{
	char *end;
	double v;

	if (!text || !*text)
		return 0;
	if (!decimal_shape(text))
		return -1;
	errno = 0;
	v = strtod(text, &end);
	if (*end || errno == ERANGE || !isfinite(v))
		return -1;
	*out = v;
	return 1;
}

int cell_int(const char *text, long *out)
{
	double v;
	int rc = cell_number(text, &v);

	if (rc <= 0)
		return rc;
	if (v != floor(v) || v < -2e9 || v > 2e9)
		return -1;
	*out = (long)v;
	return 1;
}

static int days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

static int put_date(int year, int month, int day, char *out)
{
	if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
	    day > days_in_month(year, month))
		return -1;
	/* The checks above keep each part to its width. */
	snprintf(out, CELL_DATE_SIZE, "%04d-%02d-%02d", year % 10000,
		 month % 100, day % 100);
	return 1;
}

static int all_digits(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)p[i]))
			return 0;
	return 1;
}

/* The number n decimal digits at p spell. */
static int digits_value(const char *p, int n)
{
	int v = 0;

	while (n--)
		v = v * 10 + (*p++ - '0');
	return v;
}

/* "20240315" or "03152024": a leading year is told by its month. */
static int eight_digits(const char *t, char *out)
{
	int head = digits_value(t, 4), mid = digits_value(t + 4, 2);

	if (head >= 1900 && mid >= 1 && mid <= 12)
		return put_date(head, mid, digits_value(t + 6, 2), out);
	return put_date(digits_value(t + 4, 4), digits_value(t, 2),
			digits_value(t + 2, 2), out);
}

static int slashed(const char *t, char *out)
{
	int month, day, year, used = 0;

	if (sscanf(t, "%2d/%2d/%4d%n", &month, &day, &year, &used) != 3 ||
	    (t[used] && t[used] != ' '))
		return -1;
	return put_date(year, month, day, out);
}

int cell_date(const char *text, char out[CELL_DATE_SIZE])
{
	size_t len;

	if (!text || !*text)
		return 0;
	len = strlen(text);
	if (trt_is_date(text)) {
		memcpy(out, text, 10);
		out[10] = '\0';
		return 1;
	}
	if (len == 8 && all_digits(text, 8))
		return eight_digits(text, out);
	if (strchr(text, '/'))
		return slashed(text, out);
	return -1;
}

int cell_flag(const char *text, enum flag *out)
{
	if (trt_parse_flag(text, out) < 0)
		return -1;
	return *out == FLAG_UNKNOWN ? 0 : 1;
}

int cell_school_year(const char *iso_date)
{
	int year = atoi(iso_date), month = atoi(iso_date + 5);

	return month >= 7 ? year + 1 : year;
}
