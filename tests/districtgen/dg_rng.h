/*
 * Deterministic pseudo-random numbers (xoshiro256** seeded by splitmix64).
 * Every random choice in districtgen comes from a generator keyed by the
 * run's seed plus what is being generated (a student, an exam, ...), so a
 * thing's values never depend on how many other things were made before
 * it. Nothing here allocates.
 */
#ifndef DG_RNG_H
#define DG_RNG_H

#include <stddef.h>
#include <stdint.h>

struct dg_rng {
	uint64_t s[4];
};

/* Well-mixed 64-bit hash of x (the splitmix64 finaliser). */
uint64_t dg_rng_hash(uint64_t x);
/* Key for a sub-stream: the seed and up to three identifying numbers. */
uint64_t dg_rng_key(uint64_t seed, uint64_t a, uint64_t b, uint64_t c);

void dg_rng_init(struct dg_rng *r, uint64_t key);
uint64_t dg_rng_next(struct dg_rng *r);
/* Uniform in [0, n); n must be positive. */
uint32_t dg_rng_below(struct dg_rng *r, uint32_t n);
/* Uniform in [lo, hi], both inclusive. */
int dg_rng_range(struct dg_rng *r, int lo, int hi);
/* Uniform in [0, 1). */
double dg_rng_unit(struct dg_rng *r);
/* Approximately standard normal, within -6..6. */
double dg_rng_normal(struct dg_rng *r);
/* 1 with probability p, else 0. */
int dg_rng_chance(struct dg_rng *r, double p);
/* Index drawn with probability proportional to weights[i]. */
size_t dg_rng_weighted(struct dg_rng *r, const int *weights, size_t n);
void dg_rng_shuffle(struct dg_rng *r, uint32_t *v, size_t n);

#endif
