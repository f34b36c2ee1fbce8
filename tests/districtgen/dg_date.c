#include "dg_date.h"

/* Howard Hinnant's days_from_civil, valid far beyond any school year. */
int64_t dg_date_days(int year, int month, int day)
{
	int64_t y = year - (month <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t mp = (month + 9) % 12;
	int64_t doy = (153 * mp + 2) / 5 + day - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void dg_date_civil(int64_t days, int *year, int *month, int *day)
{
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

int dg_date_weekday(int64_t days)
{
	int64_t w = (days + 4) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

int64_t dg_date_school_day(int64_t days)
{
	int w = dg_date_weekday(days);

	if (w == 6)
		return days + 2;
	if (w == 0)
		return days + 1;
	return days;
}

void dg_date_put_day(struct dg_buf *b, int64_t days)
{
	int y, m, d;

	dg_date_civil(days, &y, &m, &d);
	dg_buf_int(b, y, 4);
	dg_buf_putc(b, '-');
	dg_buf_int(b, m, 2);
	dg_buf_putc(b, '-');
	dg_buf_int(b, d, 2);
}

void dg_date_put_stamp(struct dg_buf *b, int64_t ms)
{
	int64_t days = ms / DG_MS_PER_DAY;
	int64_t rest = ms - days * DG_MS_PER_DAY;

	if (rest < 0) {
		days--;
		rest += DG_MS_PER_DAY;
	}
	dg_date_put_day(b, days);
	dg_buf_putc(b, 'T');
	dg_buf_int(b, rest / 3600000, 2);
	dg_buf_putc(b, ':');
	dg_buf_int(b, rest / 60000 % 60, 2);
	dg_buf_putc(b, ':');
	dg_buf_int(b, rest / 1000 % 60, 2);
	dg_buf_putc(b, '.');
	dg_buf_int(b, rest % 1000, 3);
}
