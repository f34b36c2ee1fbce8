#include "stats.h"

#include <math.h>
#include <stdio.h>

void stats_add(struct stats_acc *a, double x)
{
	double delta = x - a->mean;

	a->n++;
	a->mean += delta / a->n;
	a->m2 += delta * (x - a->mean);
}

double stats_sd(const struct stats_acc *a)
{
	return a->n < 2 ? 0 : sqrt(a->m2 / (a->n - 1));
}

double stats_se_mean(const struct stats_acc *a)
{
	return a->n < 2 ? 0 : stats_sd(a) / sqrt(a->n);
}

long stats_round(double x)
{
	return x < 0 ? -(long)floor(-x + 0.5) : (long)floor(x + 0.5);
}

int stats_percent(int part, int total)
{
	if (total <= 0)
		return 0;
	return (int)(((long long)part * 200 + total) / (2LL * total));
}

int stats_suppressed(int n, int min)
{
	return n < min;
}

void stats_count_text(char *out, size_t size, int count, int total, int min)
{
	if (stats_suppressed(total, min))
		snprintf(out, size, "*");
	else
		snprintf(out, size, "%d (%d%%)", count,
			 stats_percent(count, total));
}
