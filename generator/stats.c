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

void stats_percents(const int *counts, int n, int total, int *pct)
{
	long long rest[16];
	int i, top, left = 100;

	for (i = 0; i < n; i++) {
		pct[i] = total > 0 ? (int)(100LL * counts[i] / total) : 0;
		rest[i] = total > 0 ? 100LL * counts[i] % total : 0;
		left -= pct[i];
	}
	for (; total > 0 && n > 0 && n <= 16 && left > 0; left--) {
		for (top = 0, i = 1; i < n; i++)
			if (rest[i] > rest[top])
				top = i;
		pct[top]++;
		rest[top] = -1;
	}
}

void stats_share_text(char *out, size_t size, int count, int pct, int total,
		      int min)
{
	if (stats_suppressed(total, min))
		snprintf(out, size, "*");
	else
		snprintf(out, size, "%d (%d%%)", count, pct);
}
