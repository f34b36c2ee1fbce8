#!/usr/bin/env bash
# Check schemas/trt.xsd against the TRT fixtures, printing TAP.
#
#   valid-*.xml, semantic-*.xml  must validate (semantic ones are refused later,
#                                by the importer's own checks, not by the schema)
#   invalid-*.xml                must fail, for the reason the fixture is about
#   ../shared/samples/rdw/*.xml  real public samples, when that folder exists
#                                next to the repository (or under $SHARED):
#                                must validate; nothing is printed otherwise
#
# SRCDIR is the repository root (default: two levels above this script).
# xmllint runs with --nonet and without --noent: entities are never expanded
# nor fetched, and each run is bounded by a timeout so an entity bomb cannot
# hang the suite. Exit status 1 when any check failed.

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
SRCDIR=${SRCDIR:-$(cd "$script_dir/../.." && pwd)}
cd "$SRCDIR" || { echo "Bail out! cannot enter SRCDIR '$SRCDIR'"; exit 1; }

schema=schemas/trt.xsd
fixtures=tests/fixtures/trt
samples=${SHARED:-../shared}/samples/rdw # SHARED: the shared folder, if elsewhere
limit=30 # seconds per xmllint run

if ! command -v xmllint >/dev/null 2>&1; then
	echo "Bail out! xmllint not found (install libxml2's command-line tools)"
	exit 1
fi

have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1

# xmllint_run ARGS...: xmllint under a time limit when timeout(1) exists
# (coreutils; absent on some BSD and macOS systems).
xmllint_run() {
	if [ "$have_timeout" = 1 ]; then
		timeout "$limit" xmllint "$@"
	else
		xmllint "$@"
	fi
}

count=0
failed=0
out=$(mktemp) || { echo "Bail out! mktemp failed"; exit 1; }
trap 'rm -f "$out"' EXIT

# report PASSED DESCRIPTION: print one TAP line; on failure echo xmllint's
# messages as TAP comments.
report() {
	count=$((count + 1))
	if [ "$1" = 1 ]; then
		echo "ok $count - $2"
	else
		failed=$((failed + 1))
		echo "not ok $count - $2"
		sed -e 's/^/# /' "$out" | head -n 20
	fi
}

# validate FILE: run xmllint, messages to $out, return its exit status.
# xmllint exits 0 valid, 1 not well-formed, 3 or 4 invalid, 5 schema broken;
# 124 is timeout's "took too long".
validate() {
	xmllint_run --noout --nonet --schema "$schema" "$1" >"$out" 2>&1
}

# expect_valid FILE DESCRIPTION
expect_valid() {
	local rc=0
	validate "$1" || rc=$?
	[ "$rc" = 124 ] && echo "xmllint took longer than ${limit}s" >>"$out"
	if [ "$rc" = 0 ]; then report 1 "$2"; else report 0 "$2 (xmllint exit $rc)"; fi
}

# expect_invalid FILE DESCRIPTION REASON: the file must be rejected as a
# document (exit 1, 3 or 4, not a broken schema or a timeout) and, when
# REASON is given, xmllint's messages must mention it, so that a fixture
# cannot pass by failing for some other, accidental reason.
expect_invalid() {
	local rc=0
	validate "$1" || rc=$?
	[ "$rc" = 124 ] && echo "xmllint took longer than ${limit}s" >>"$out"
	case $rc in
	1 | 3 | 4)
		if [ -z "$3" ] || grep -q -- "$3" "$out"; then
			report 1 "$2"
		else
			echo "expected a message mentioning: $3" >>"$out"
			report 0 "$2 (rejected, but not for the expected reason)"
		fi
		;;
	0) report 0 "$2 (it validates)" ;;
	*) report 0 "$2 (xmllint exit $rc)" ;;
	esac
}

# The reason each invalid fixture must be rejected for, as xmllint words it.
reason_for() {
	case $1 in
	invalid-01-*) echo "attribute 'completeness'" ;;
	invalid-02-*) echo "attribute 'administrationCondition'" ;;
	invalid-03-*) echo "attribute 'dateCompleted' is required" ;;
	invalid-04-*) echo "Element 'Opportunity': This element is not expected" ;;
	invalid-05-*) echo "attribute 'status'" ;;
	invalid-06-*) echo "parser error" ;;
	invalid-07-*) echo "entity reference loop" ;;
	invalid-08-*) echo "external entity" ;;
	*) echo "" ;;
	esac
}

# 1. The schema compiles: an empty TDSReport must be refused as invalid (3),
#    not with a schema error (5).
rc=0
echo '<TDSReport/>' | xmllint_run --noout --nonet --schema "$schema" - >"$out" 2>&1 || rc=$?
if [ "$rc" = 3 ]; then report 1 "$schema compiles"; else report 0 "$schema compiles (exit $rc)"; fi

# 2. The project's own fixtures.
shopt -s nullglob
valid=("$fixtures"/valid-*.xml "$fixtures"/semantic-*.xml)
invalid=("$fixtures"/invalid-*.xml)
: >"$out"
if [ ${#valid[@]} -gt 0 ] && [ ${#invalid[@]} -gt 0 ]; then
	report 1 "fixtures found in $fixtures"
else
	report 0 "fixtures found in $fixtures"
fi

for f in "${valid[@]}"; do
	expect_valid "$f" "$(basename "$f") validates"
done
for f in "${invalid[@]}"; do
	name=$(basename "$f")
	expect_invalid "$f" "$name is rejected" "$(reason_for "$name")"
done

# 3. The real public samples, only where the shared folder is present.
if [ -d "$samples" ]; then
	for f in "$samples"/*.xml; do
		expect_valid "$f" "sample $(basename "$f") validates"
	done
fi

echo "1..$count"
[ "$failed" = 0 ] || exit 1
exit 0
