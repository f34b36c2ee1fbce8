#include "suppress.h"

/* The smallest part still showing, the first on a tie; -1 if none. */
static int smallest_shown(const int *counts, int n, const int *hidden)
{
	int i, best = -1;

	for (i = 0; i < n; i++)
		if (!hidden[i] && (best < 0 || counts[i] < counts[best]))
			best = i;
	return best;
}

int suppress_row(const int *counts, int n, int total, int min, int *hidden)
{
	int i, count = 0, other;

	for (i = 0; i < n; i++) {
		hidden[i] = total < min || counts[i] < min;
		count += hidden[i];
	}
	if (total < min)
		return 1;
	if (count == 1 && (other = smallest_shown(counts, n, hidden)) >= 0)
		hidden[other] = 1;
	return 0;
}
