#!/bin/sh
# Run every test and count its results.
#
# A test is a unit-test program (BUILD/tests/test_*) or a script
# (tests/e2e/test_*.sh).  Each prints TAP-style lines, "ok N - what" or
# "not ok N - what"; a test that exits non-zero without printing a
# failure counts as one failure.
#
# The suite runs once per variant: "plain" (build/, bin/) and, when it
# was built, "san" (build/san/) with AddressSanitizer and
# UndefinedBehaviorSanitizer, where any sanitizer report is a failure.
# With VALGRIND=1 the suite runs once, with both programs under
# valgrind's leak checker (make valgrind).
# The last line is "N passed, M failed".
set -u
cd "$(dirname "$0")/.." || exit 2
export SRCDIR="$PWD"
export SHARED="$PWD/../shared"
OUT="$PWD/tests/out"
rm -rf "$OUT"
mkdir -p "$OUT"

passed=0
failed=0
only=${TESTS:-}

run_one() {
	name=$1
	shift
	log="$OUT/$variant-$name.log"
	"$@" > "$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1
		echo "not ok - $name exited with status $rc" >> "$log"
	fi
	if [ -n "$(ls "$SANLOG" 2>/dev/null)" ]; then
		f=$((f + 1))
		echo "not ok - $name: sanitizer report" >> "$log"
		cat "$SANLOG"/* >> "$log"
		rm -f "$SANLOG"/*
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" = 0 ]; then
		printf '%-5s %-36s %4d ok\n' "$variant" "$name" "$p"
	else
		printf '%-5s %-36s %4d ok, %d FAILED\n' "$variant" "$name" \
			"$p" "$f"
		grep -E '^(not ok|#|==|.*runtime error)' "$log" |
			sed 's/^/    /' | head -40
	fi
}

run_variant() {
	variant=$1
	export VARIANT=$variant
	export BUILD="$PWD/$2"
	export BIN="$PWD/$3"
	export DISTRICTGEN="$BUILD/districtgen"
	export TEST_TMP="$OUT/$variant"
	SANLOG="$OUT/$variant-sanitizer"
	mkdir -p "$TEST_TMP" "$SANLOG"
	export ASAN_OPTIONS="log_path=$SANLOG/asan:detect_leaks=1"
	export UBSAN_OPTIONS="log_path=$SANLOG/ubsan:print_stacktrace=1"
	for t in "$BUILD"/tests/test_*; do
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
	unset ASAN_OPTIONS UBSAN_OPTIONS
}

if [ -n "${VALGRIND:-}" ]; then
	# make valgrind: the programs through valgrind's wrappers only.
	run_variant valgrind build build/valgrind/bin
else
	run_variant plain build bin
	if [ -x build/san/bin/scorebook-import ] &&
		[ -z "${NO_SANITIZERS:-}" ]; then
		run_variant san build/san build/san/bin
	fi
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
