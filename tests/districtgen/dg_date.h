/*
 * Calendar arithmetic on a proleptic Gregorian calendar without time
 * zones: days count from 1970-01-01, instants are milliseconds from its
 * midnight. Output goes into a caller's buffer; nothing is allocated.
 */
#ifndef DG_DATE_H
#define DG_DATE_H

#include <stdint.h>

#include "dg_buf.h"

#define DG_MS_PER_DAY 86400000LL
#define DG_MS_PER_MIN 60000LL

int64_t dg_date_days(int year, int month, int day);
void dg_date_civil(int64_t days, int *year, int *month, int *day);
/* 0 = Sunday ... 6 = Saturday. */
int dg_date_weekday(int64_t days);
/* The day itself when it is Monday to Friday, else the next Monday. */
int64_t dg_date_school_day(int64_t days);

/* YYYY-MM-DD */
void dg_date_put_day(struct dg_buf *b, int64_t days);
/* YYYY-MM-DDTHH:MM:SS.mmm */
void dg_date_put_stamp(struct dg_buf *b, int64_t ms);

#endif
