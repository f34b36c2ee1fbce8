#!/bin/sh
# Run every test and count its results.
#
# A test is a unit-test program (build/tests/test_*) or a script
# (tests/e2e/test_*.sh).  Each prints TAP-style lines, "ok N - what" or
# "not ok N - what"; a test that exits non-zero without printing a
# failure counts as one failure.  The last line is "N passed, M failed".
set -u
cd "$(dirname "$0")/.." || exit 2
export SRCDIR="$PWD"
export BIN="$PWD/bin"
export BUILD="$PWD/build"
export DISTRICTGEN="$PWD/build/districtgen"
export SHARED="$PWD/../shared"
OUT="$PWD/tests/out"
rm -rf "$OUT"
mkdir -p "$OUT"
export TEST_TMP="$OUT"

passed=0
failed=0
only=${TESTS:-}

run_one() {
	name=$1
	shift
	log="$OUT/$name.log"
	"$@" > "$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1
		echo "not ok - $name exited with status $rc" >> "$log"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" = 0 ]; then
		printf '%-40s %4d ok\n' "$name" "$p"
	else
		printf '%-40s %4d ok, %d FAILED\n' "$name" "$p" "$f"
		grep -E '^(not ok|#)' "$log" | sed 's/^/    /' | head -40
	fi
}

for t in build/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	case "$only" in "" | *"$name"*) ;; *) continue ;; esac
	run_one "$name" "$t"
done
for t in tests/e2e/test_*.sh; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .sh)
	case "$only" in "" | *"$name"*) ;; *) continue ;; esac
	run_one "$name" bash "$t"
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
