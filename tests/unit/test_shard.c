/* Splitting a run into shards: parsing K/N, the hash, the partition. */
#include <stdio.h>

#include "log.h"
#include "shard.h"
#include "unit.h"

static int parses(const char *text, int k, int n)
{
	struct shard s = { 0, 0 };

	return shard_parse(text, &s) == 0 && s.index == k && s.count == n;
}

static int refused(const char *text)
{
	struct shard s = { 0, 0 };

	return shard_parse(text, &s) < 0 && s.index == 0 && s.count == 0;
}

static void parse(void)
{
	CHECK(parses("1/3", 1, 3), "1/3 parses");
	CHECK(parses("3/3", 3, 3), "the last shard parses");
	CHECK(parses("1/1", 1, 1), "1/1 parses");
	CHECK(parses("007/10", 7, 10), "leading zeros are digits");
	CHECK(refused("0/3"), "K of 0 is refused");
	CHECK(refused("3/2"), "K above N is refused");
	CHECK(refused("1/0"), "N of 0 is refused");
	CHECK(refused("x/y"), "words are refused");
	CHECK(refused("3"), "a number without N is refused");
	CHECK(refused("1/3/5"), "a third part is refused");
	CHECK(refused("-1/3") && refused("+1/3") && refused(" 1/3"),
	      "signs and spaces are refused");
	CHECK(refused("1/3 ") && refused("1/3x") && refused("1/0x3"),
	      "trailing text is refused");
	CHECK(refused("1/99999999999"), "an N beyond an int is refused");
}

/* The rule of the man page, checked against `printf ID | sha256sum`. */
static void hash(void)
{
	CHECK(shard_hash("abc") == 0xba7816bf8f01cfeaULL,
	      "the hash is the first 8 bytes of SHA-256, big-endian");
	CHECK(shard_hash("10618600210007") == 0x7b547c6665d36486ULL,
	      "a school's CDS code hashes as sha256sum says");
	CHECK(shard_of("abc", 3) == 1 && shard_of("abc", 7) == 3,
	      "the shard is the hash modulo N, plus one");
	CHECK(shard_of("10618600210007", 3) == 2 &&
		  shard_of("10618600210007", 7) == 1,
	      "and so for a school id");
	CHECK(shard_of("", 3) == 2, "an empty id has a shard too");
}

/* Every id belongs to exactly one of N shards, and 1/1 holds them all. */
static void partition(void)
{
	struct shard s, whole = { 1, 1 }, none = { 0, 0 };
	int i, k, n = 5, once = 1, all = 1, count[5] = { 0 };
	char id[24];

	for (i = 0; i < 1000; i++) {
		int owners = 0;

		snprintf(id, sizeof(id), "1061860%07d", i);
		for (k = 1; k <= n; k++) {
			s.index = k;
			s.count = n;
			if (shard_owns(&s, id)) {
				owners++;
				count[k - 1]++;
			}
		}
		once &= owners == 1;
		all &= shard_owns(&whole, id) && shard_owns(&none, id);
	}
	CHECK(once, "every id is owned by exactly one of 5 shards");
	CHECK(all, "an unsplit run owns every id");
	for (k = 0, all = 1; k < n; k++)
		all &= count[k] > 150 && count[k] < 250;
	CHECK(all, "1000 ids fall about evenly on 5 shards");
}

static void file_names(void)
{
	struct shard s = { 2, 3 }, whole = { 1, 1 };
	char name[32], tiny[8];

	CHECK(shard_file_name(&s, "audit", "csv", name, sizeof(name)) == 0 &&
		  !strcmp(name, "audit-2-of-3.csv"),
	      "a shard's run-level file is named for it");
	CHECK(shard_file_name(&whole, "audit", "csv", name, sizeof(name)) ==
		      0 &&
		  !strcmp(name, "audit.csv"),
	      "an unsplit run keeps the plain name");
	CHECK(shard_file_name(&s, "passphrases", "csv", tiny, sizeof(tiny)) < 0,
	      "a name that does not fit fails");
}

int main(void)
{
	log_init("test_shard");
	log_set_level(LOG_QUIET);
	parse();
	hash();
	partition();
	file_names();
	return unit_done();
}
