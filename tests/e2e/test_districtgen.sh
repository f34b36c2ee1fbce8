#!/usr/bin/env bash
# End-to-end checks of the synthetic district generator. Builds nothing:
# runs $DISTRICTGEN (default ${BUILD:-build}/districtgen) and prints one
# TAP line per check. Exits non-zero when any check fails.
set -u

dg=${DISTRICTGEN:-${BUILD:-build}/districtgen}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/districtgen.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0

check() {
	local what=$1
	shift
	n=$((n + 1))
	if "$@" >"$tmp/last.log" 2>&1; then
		echo "ok $n - $what"
	else
		echo "not ok $n - $what"
		sed 's/^/# /' "$tmp/last.log" | head -20
		failed=$((failed + 1))
	fi
}

skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

if [ ! -x "$dg" ]; then
	echo "not ok 1 - $dg is not an executable (build it first)"
	echo "1..1"
	exit 1
fi

small=(--students 200 --schools 4)

run() {
	"$dg" "$@" >/dev/null
}

same_output() {
	run --seed 42 "${small[@]}" -o "$tmp/a" &&
		run --seed 42 "${small[@]}" -o "$tmp/b" &&
		diff -r "$tmp/a" "$tmp/b"
}

other_seed_differs() {
	run --seed 43 "${small[@]}" -o "$tmp/c" || return 1
	[ -d "$tmp/a/trt" ] && [ -d "$tmp/c/trt" ] || return 1
	! diff -rq "$tmp/a" "$tmp/c" >/dev/null
}

exact_exams() {
	local count
	run --exams 500 -o "$tmp/e" || return 1
	count=$(find "$tmp/e/trt" -name '*.xml' | wc -l)
	echo "found $count TRT files"
	[ "$count" -eq 500 ]
}

exact_sdf_rows() {
	local rows
	run "${small[@]}" --sdf-rows 1234 -o "$tmp/s" || return 1
	rows=$(($(wc -l <"$tmp/s/caaspp.txt") - 1))
	echo "found $rows rows"
	[ "$rows" -eq 1234 ]
}

all_files_written() {
	local f
	for f in organizations.txt assessments.csv groups.csv grants.csv \
		elpac.txt caaspp.txt README.txt; do
		[ -s "$tmp/a/$f" ] || { echo "missing $f"; return 1; }
	done
}

# Every 25th TRT file, plus the first and the last.
well_formed() {
	find "$tmp/a/trt" -name '*.xml' | sort |
		awk 'NR == 1 || NR % 25 == 0 { print } END { print }' |
		xargs xmllint --noout
}

trt_ssids() {
	grep -ho 'name="StudentIdentifier" value="[0-9]*"' \
		-r "$tmp/a/trt" | sed 's/.*value="//; s/"$//' | sort -u
}

group_students_tested() {
	local missing
	awk -F, 'NR > 1 && $5 != "" { print $5 }' "$tmp/a/groups.csv" |
		sort -u >"$tmp/group_ssids"
	trt_ssids >"$tmp/trt_ssids"
	[ -s "$tmp/group_ssids" ] || { echo "no group members"; return 1; }
	missing=$(comm -23 "$tmp/group_ssids" "$tmp/trt_ssids" | wc -l)
	echo "$missing group students without a TRT file"
	[ "$missing" -eq 0 ]
}

# Names of three letters or more, compared without regard to case.
no_names_in_file_names() {
	grep -rhoE 'name="(FirstName|LastOrSurname)" value="[^"]*"' \
		"$tmp/a/trt" | sed 's/.*value="//; s/"$//' |
		awk 'length($0) >= 3' | sort -u >"$tmp/names"
	[ -s "$tmp/names" ] || { echo "no names found"; return 1; }
	find "$tmp/a" -mindepth 1 -printf '%f\n' >"$tmp/files"
	awk 'NR == FNR { names[tolower($0)] = 1; next }
	     { f = tolower($0)
	       for (nm in names)
		       if (index(f, nm)) { print "name in " $0; bad = 1 } }
	     END { exit bad }' "$tmp/names" "$tmp/files"
}

help_exits_zero() {
	"$dg" --help | grep -q '^usage: districtgen'
}

bad_usage_exits_two() {
	local rc
	"$dg" --schools zero -o "$tmp/x" 2>"$tmp/err"
	rc=$?
	echo "exit status $rc"
	[ "$rc" -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ]
}

check "same seed gives byte-identical output" same_output
check "another seed gives different output" other_seed_differs
check "--exams 500 writes exactly 500 TRT files" exact_exams
check "--sdf-rows 1234 writes exactly 1234 CAASPP rows" exact_sdf_rows
check "every output file is written" all_files_written
if command -v xmllint >/dev/null 2>&1; then
	check "sampled TRT files are well-formed XML" well_formed
else
	skip "sampled TRT files are well-formed XML" "xmllint not installed"
fi
check "every group student appears in a TRT file" group_students_tested
check "no file name contains a student name" no_names_in_file_names
check "--help prints usage and exits 0" help_exits_zero
check "bad usage exits 2 with one line on stderr" bad_usage_exits_two

echo "1..$n"
[ "$failed" -eq 0 ]
