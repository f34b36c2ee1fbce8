/*
 * Splitting one run's bundles among N runs that need not know of each
 * other ("shards"): a bundle belongs to shard K of N when the SHA-256 of
 * its school's (or, for a district overview, its district's) id, read
 * as a number, gives K - 1 modulo N.  Every machine and compiler agrees
 * on that, so N machines can each take one K and together write every
 * bundle exactly once.  Nothing here allocates.
 */
#ifndef SCOREBOOK_SHARD_H
#define SCOREBOOK_SHARD_H

#include <stddef.h>
#include <stdint.h>

struct shard {
	int index; /* K, from 1 to count */
	int count; /* N; 0 or 1: the run is not split */
};

/* "K/N" with whole numbers 1 <= K <= N; 0, or -1 after logging why. */
int shard_parse(const char *text, struct shard *s);

/* The first 8 bytes of the SHA-256 of id, big-endian. */
uint64_t shard_hash(const char *id);

/* Which shard id falls to: from 1 to count. */
int shard_of(const char *id, int count);

/* Whether the run is split into more than one shard. */
int shard_split(const struct shard *s);

/* Whether this shard writes the bundle of id; an unsplit run writes all. */
int shard_owns(const struct shard *s, const char *id);

/*
 * The name of a run-level file: "audit.csv" unsplit, "audit-K-of-N.csv"
 * in shard K of N, so that shards sharing or merging an output folder
 * never overwrite each other's.  Fails when out is too small.
 */
int shard_file_name(const struct shard *s, const char *stem, const char *ext,
		    char *out, size_t size);

#endif
