#include "dg_rng.h"

#include "dg_fp.h"

#include <assert.h>

uint64_t dg_rng_hash(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

uint64_t dg_rng_key(uint64_t seed, uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t h = dg_rng_hash(seed);

	h = dg_rng_hash(h ^ a);
	h = dg_rng_hash(h ^ (b * 0x9e3779b97f4a7c15ULL));
	return dg_rng_hash(h ^ (c * 0xc2b2ae3d27d4eb4fULL));
}

void dg_rng_init(struct dg_rng *r, uint64_t key)
{
	int i;

	for (i = 0; i < 4; i++) {
		key += 0x9e3779b97f4a7c15ULL;
		r->s[i] = dg_rng_hash(key);
	}
}

static uint64_t dg_rng_rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t dg_rng_next(struct dg_rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = dg_rng_rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = dg_rng_rotl(s[3], 45);
	return result;
}

/* Lemire's multiply-shift; the tiny bias is irrelevant for test data. */
uint32_t dg_rng_below(struct dg_rng *r, uint32_t n)
{
	assert(n > 0);
	return (uint32_t)(((dg_rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int dg_rng_range(struct dg_rng *r, int lo, int hi)
{
	assert(hi >= lo);
	return lo + (int)dg_rng_below(r, (uint32_t)(hi - lo + 1));
}

double dg_rng_unit(struct dg_rng *r)
{
	return (double)(dg_rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/*
 * Sum of twelve uniforms minus six (Irwin-Hall): close enough to normal
 * for synthetic scores and, unlike Box-Muller, needs no libm function
 * whose last bit could differ between C libraries.
 */
double dg_rng_normal(struct dg_rng *r)
{
	double sum = 0.0;
	int i;

	for (i = 0; i < 12; i++)
		sum += dg_rng_unit(r);
	return sum - 6.0;
}

int dg_rng_chance(struct dg_rng *r, double p)
{
	return dg_rng_unit(r) < p;
}

size_t dg_rng_weighted(struct dg_rng *r, const int *weights, size_t n)
{
	long total = 0;
	long pick;
	size_t i;

	for (i = 0; i < n; i++)
		total += weights[i];
	assert(total > 0);
	pick = (long)dg_rng_below(r, (uint32_t)total);
	for (i = 0; i < n; i++) {
		pick -= weights[i];
		if (pick < 0)
			return i;
	}
	return n - 1;
}

void dg_rng_shuffle(struct dg_rng *r, uint32_t *v, size_t n)
{
	size_t i;

	for (i = n; i > 1; i--) {
		size_t j = dg_rng_below(r, (uint32_t)i);
		uint32_t t = v[i - 1];

		v[i - 1] = v[j];
		v[j] = t;
	}
}
