#!/bin/bash
# scorebook-generate --shard K/N on a synthetic district of 40 schools:
# three shards, merged with cp -r, equal one unsharded run byte for byte
# (folders, zips, grants bundles and district overviews); every bundle
# is written by exactly one shard, the one the documented rule (SHA-256
# of the id) names, and the shards are about even.  Run-level files are
# per shard (audit-K-of-N.csv, passphrases-K-of-N.csv); bad values are
# usage errors.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/shard
rm -rf "$T"
mkdir -p "$T"
GEN=$BIN/scorebook-generate
DG=${DISTRICTGEN:-$BUILD/districtgen}
S=$(new_store store)
D=$T/district

gen() { # gen OUTDIR ARGS...: generate quietly, keep the status in $rc
	out=$1
	shift
	"$GEN" -q -s "$S" -o "$out" -u "${OP:-tester}" "$@" > "$T/gen.out" \
		2> "$T/gen.err"
	rc=$?
}

# shard_of ID N: the shard the man page's rule gives, worked out apart
# from the generator: the first 16 hex digits of the SHA-256 of the id,
# as a number, modulo N, plus one (a digit at a time: no overflow).
shard_of() {
	h=$(printf '%s' "$1" | sha256sum | cut -c1-16)
	r=0
	for i in $(seq 0 15); do
		r=$(((r * 16 + 0x${h:i:1}) % $2))
	done
	echo $((r + 1))
}

# merge OUT SHARD...: the shards' folders copied into one, as an
# operator would after running them on different machines.
merge() {
	dest=$1
	shift
	mkdir -p "$dest"
	for d in "$@"; do
		cp -r "$d/." "$dest/"
	done
}

# bundles DIR: the bundles of a run, one a line, run-level files left out.
bundles() {
	ls "$1" | grep -v '\.csv$'
}

"$DG" --seed 3 --students 400 --schools 40 --years 1 --no-items -o "$D" \
	> /dev/null 2>&1
"$BIN/scorebook-import" -q -s "$S" "$D/organizations.txt" \
	"$D/assessments.csv" "$D/trt" "$D/caaspp.txt" "$D/groups.csv" \
	> /dev/null 2>&1
expect_eq "the district imports" "$?" 0
expect_eq "every one of its 40 schools has results" \
	"$(sql "$S" "SELECT count(DISTINCT school_id) FROM exam")" 40

# ---- bad values ----
for v in 0/3 3/2 x/y 1/0 1/ /3 3 -1/3 1/3x; do
	gen "$T/bad" --shard "$v"
	expect_eq "--shard '$v' is a usage error (2)" "$rc" 2
	expect_eq "in one line naming the option and the value" \
		"$(wc -l < "$T/gen.err"):$(grep -cF -- "--shard '$v':" \
			"$T/gen.err")" "1:1"
done
check "a refused value writes nothing" test ! -e "$T/bad"

# ---- folders ----
OP=whole gen "$T/all" -j 2
expect_eq "the unsharded run exits 0" "$rc" 0
for k in 1 2 3; do
	OP=shard gen "$T/s$k" --shard "$k/3" -j 2
	expect_eq "shard $k/3 exits 0" "$rc" 0
done
merge "$T/merged" "$T/s1" "$T/s2" "$T/s3"
check "the merged shards equal the unsharded run, byte for byte" \
	diff -r -x 'audit*.csv' "$T/all" "$T/merged"
expect_eq "each shard writes its own audit file, no audit.csv" \
	"$(ls "$T/merged" | grep '\.csv$' | tr '\n' ' ')" \
	"audit-1-of-3.csv audit-2-of-3.csv audit-3-of-3.csv "
expect_eq "the shards logged the bundles and checksums of one run" \
	"$(sql "$S" "SELECT school, sha256 FROM bundle_log WHERE operator =
		'shard' ORDER BY 1")" \
	"$(sql "$S" "SELECT school, sha256 FROM bundle_log WHERE operator =
		'whole' ORDER BY 1")"
check "the last shard's audit file lists every shard's bundles" \
	test "$(grep -c ',shard,' "$T/s3/audit-3-of-3.csv")" = 40

for k in 1 2 3; do bundles "$T/s$k"; done | sort > "$T/placed"
expect_eq "every school is written by exactly one shard" \
	"$(uniq -d "$T/placed" | wc -l):$(wc -l < "$T/placed")" "0:40"
misplaced=
for k in 1 2 3; do
	for id in $(bundles "$T/s$k"); do
		[ "$(shard_of "$id" 3)" = "$k" ] || misplaced="$misplaced $id"
	done
done
expect_eq "each school is in the shard the SHA-256 rule names" \
	"$misplaced" ""
counts=$(for k in 1 2 3; do bundles "$T/s$k" | wc -l; done | tr '\n' ' ')
echo "# schools per shard: $counts"
uneven=
for c in $counts; do
	# 40 / 3 is 13.3; a shard outside 7-20 would point at a poor hash.
	[ "$c" -ge 7 ] && [ "$c" -le 20 ] || uneven="$uneven $c"
done
expect_eq "the shards are about even (7 to 20 schools of 40 each)" \
	"$uneven" ""

gen "$T/one" --shard 1/1
check "--shard 1/1 is the unsharded run, audit.csv included" \
	diff -r -x audit.csv "$T/all" "$T/one"
check "and writes audit.csv" test -f "$T/one/audit.csv"

# A school asked for by name is written by its own shard only.
id=$(bundles "$T/s2" | head -n 1)
gen "$T/ask1" --school "$id" --shard 1/3
gen "$T/ask2" --school "$id" --shard 2/3
expect_eq "--school with --shard: only the owning shard writes it" \
	"$(bundles "$T/ask1" | wc -l):$(bundles "$T/ask2")" "0:$id"

# ---- zips, three shards at once into one folder ----
gen "$T/zall" --zip -j 2
seq 1 3 | xargs -P 3 -I{} "$GEN" -q -s "$S" -o "$T/zshared" -u tester \
	--zip --shard {}/3 -j 1 2> "$T/xargs.err"
expect_eq "three shards run at once into one folder exit 0" "$?" 0
expect_eq "one zip per school" "$(ls "$T/zshared" | grep -c '\.zip$')" 40
check "the shared folder equals the unsharded run, zip for zip" \
	diff -r -x 'audit*.csv' "$T/zall" "$T/zshared"
check "no temporary file is left behind" \
	test -z "$(find "$T/zshared" -name '.*')"

# ---- grants: person bundles by school, overviews by district ----
gen "$T/gall" --grants "$D/grants.csv"
expect_eq "the unsharded grants run exits 0" "$rc" 0
for k in 1 2 3; do
	gen "$T/g$k" --grants "$D/grants.csv" --shard "$k/3" -j 2
	expect_eq "grants shard $k/3 exits 0" "$rc" 0
done
merge "$T/gmerged" "$T/g1" "$T/g2" "$T/g3"
check "merged grants shards equal the unsharded run, byte for byte" \
	diff -r -x 'audit*.csv' "$T/gall" "$T/gmerged"
district=$(sql "$S" "SELECT natural_id FROM district LIMIT 1")
owner=$(shard_of "$district" 3)
overviews=$(for k in 1 2 3; do
	ls -d "$T/g$k"/*/"$district" 2> /dev/null | sed "s|^$T/||"
done | cut -d/ -f1 | sort -u | tr '\n' ' ')
expect_eq "district overviews come from the district's shard only" \
	"$overviews" "g$owner "
check "and there is one to compare" test -n "$overviews"

login=$(grep ',district,' "$D/grants.csv" | head -n 1 | cut -d, -f1)
gen "$T/uall" --grants "$D/grants.csv" --user "$login" --zip
for k in 1 2 3; do
	gen "$T/u$k" --grants "$D/grants.csv" --user "$login" --zip \
		--shard "$k/3"
done
merge "$T/umerged" "$T/u1" "$T/u2" "$T/u3"
expect_eq "--user with --zip: the person's 40 schools and overview" \
	"$(ls "$T/uall/$login" | grep -c '\.zip$')" 41
check "--user --zip shards merged equal the unsharded run" \
	diff -r -x 'audit*.csv' "$T/uall" "$T/umerged"

# ---- sealed: passphrases per shard, each bundle in exactly one ----
for k in 1 2 3; do
	gen "$T/sealed" --encrypt zip --shard "$k/3"
done
check "no shard writes passphrases.csv" test ! -e "$T/sealed/passphrases.csv"
expect_eq "each shard's passphrase file is its owner's only" \
	"$(stat -c %a "$T/sealed"/passphrases-*-of-3.csv | tr '\n' ' ')" \
	"600 600 600 "
for k in 1 2 3; do
	tail -n +2 "$T/sealed/passphrases-$k-of-3.csv" | cut -d, -f3
done | tr -d '\r' | sort > "$T/sealed-listed"
ls "$T/sealed" | grep '\.zip$' > "$T/sealed-files"
check "together they list every sealed bundle exactly once" \
	cmp "$T/sealed-listed" "$T/sealed-files"
if command -v 7z > /dev/null; then
	line=$(tail -n 1 "$T/sealed/passphrases-2-of-3.csv" | tr -d '\r')
	mkdir -p "$T/opened"
	(cd "$T/opened" && 7z x -y -p"${line##*,}" \
		"$T/sealed/$(echo "$line" | cut -d, -f3)" > /dev/null 2>&1)
	expect_eq "a shard's passphrase opens its bundle" "$?" 0
fi

tap_done
