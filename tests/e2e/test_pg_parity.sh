#!/bin/bash
# The same files imported into a SQLite store and into a PostgreSQL
# store give the same records and the same bundles, byte for byte.  Two
# deliveries: the class of test_generate (with its hostile names and
# extra.sql), generated as folders and as zips; and a synthetic district
# with its groups, generated per person of its grants file and as zips.
# Every file of every bundle must be identical; audit.csv must hold the
# same lines apart from their times.
#
# It needs the cluster of the pg pass of tests/run.sh (SCOREBOOK_TEST_PG):
# the suite's other passes leave it to that one, and run by hand without
# a cluster every check is a skip.
set -u
[ -z "${SCOREBOOK_TEST_PG:-}" ] && [ -n "${VARIANT:-}" ] && exit 0
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/pg_parity
rm -rf "$T"
mkdir -p "$T"
GEN=$BIN/scorebook-generate
IMPORT=$BIN/scorebook-import
F=$SRCDIR/tests/fixtures/generate

SKIP_REASON=
[ -n "${SCOREBOOK_TEST_PG:-}" ] ||
	SKIP_REASON="needs a PostgreSQL cluster (the pg pass of tests/run.sh)"

# import_both CASE PATH...: the files into a new store of each backend,
# named $sqlite and $pg; true when both imports exit 0.
import_both() {
	name=$1
	shift
	sqlite=$(new_sqlite_store "$name-sqlite")
	pg=$(new_pg_store "$name") || return 1
	"$IMPORT" -q -u tester -s "$sqlite" "$@" > "$T/$name-sqlite.log" 2>&1 &&
		"$IMPORT" -q -u tester -s "$pg" "$@" > "$T/$name-pg.log" 2>&1
}

# same_records: both stores hold the same rows (tests/lib/store.sh).
same_records() {
	store_canon "$sqlite" > "$T/$name-sqlite.canon" &&
		store_canon "$pg" > "$T/$name-pg.canon" &&
		test -s "$T/$name-sqlite.canon" &&
		diff "$T/$name-sqlite.canon" "$T/$name-pg.canon"
}

# generate_both OUT ARGS...: bundles from each store into OUT-sqlite and
# OUT-pg.
generate_both() {
	out=$1
	shift
	"$GEN" -q -u tester -s "$sqlite" -o "$T/$out-sqlite" "$@" &&
		"$GEN" -q -u tester -s "$pg" -o "$T/$out-pg" "$@"
}

# same_tree OUT: every file alike; audit.csv holds the same lines
# without their time column (bundles written by parallel workers are
# logged in the order they finish, on either backend).
same_tree() {
	test -n "$(ls "$T/$1-sqlite")" || return 1
	diff -r -x audit.csv "$T/$1-sqlite" "$T/$1-pg" || return 1
	for side in sqlite pg; do
		cut -d, -f1,3- "$T/$1-$side/audit.csv" | LC_ALL=C sort \
			> "$T/$1-$side.audit"
	done
	diff "$T/$1-sqlite.audit" "$T/$1-pg.audit"
}

# same_zips OUT: the archives are byte-identical.
same_zips() {
	n=0
	for z in "$T/$1-sqlite"/*.zip; do
		cmp "$z" "$T/$1-pg/$(basename "$z")" || return 1
		n=$((n + 1))
	done
	echo "$n archives"
	[ "$n" -gt 0 ] && [ "$n" = "$(ls "$T/$1-pg"/*.zip | wc -l)" ]
}

# ---- the class, its hostile school and extra.sql ----
if [ -z "$SKIP_REASON" ]; then
	sh "$F/make-class.sh" "$T/trt" 32
	import_both class "$T/trt" "$F/hostile-01-names.xml"
	rc=$?
	[ "$rc" = 0 ] && sql_file "$sqlite" "$F/extra.sql" &&
		sql_file "$pg" "$F/extra.sql"
	rc=$((rc || $?))
fi
step "class: both imports and extra.sql succeed" test "${rc:-1}" = 0
step "class: both stores hold the same records" same_records
step "class: bundles generated from each" generate_both class
step "class: identical bundle folders" same_tree class
step "class: zips generated from each" generate_both class-zip --zip
step "class: byte-identical zips" same_zips class-zip
step "class: identical bundles for one year" generate_both class-2024 \
	--year 2024
step "class: the year's bundles alike" same_tree class-2024

# ---- a district, its groups and its grants ----
D=$T/district
if [ -z "$SKIP_REASON" ]; then
	"$DISTRICTGEN" --seed 5 --schools 2 --students 150 --years 2 -o "$D" \
		> /dev/null 2>&1
	import_both district "$D/organizations.txt" "$D/assessments.csv" \
		"$D/trt" "$D/caaspp.txt" "$D/elpac.txt" "$D/groups.csv"
	rc=$?
fi
step "district: both imports succeed" test "${rc:-1}" = 0
step "district: both stores hold the same records" same_records
step "district: bundles per person of grants.csv from each" \
	generate_both people --grants "$D/grants.csv"
step "district: identical bundles for every person" same_tree people
step "district: zips generated from each" generate_both district-zip --zip
step "district: byte-identical zips" same_zips district-zip
tap_done
