#!/bin/sh
# Run every test and count its results.
#
# A test is a unit-test program (BUILD/tests/test_*) or a script
# (tests/e2e/test_*.sh).  Each prints TAP-style lines, "ok N - what" or
# "not ok N - what"; "ok N - what # SKIP why" is a check that could not
# run there and counts as skipped, never as passed.  A test that exits
# non-zero without printing a failure counts as one failure.
#
# The suite runs once per variant: "plain" (build/, bin/) and, when it
# was built, "san" (build/san/) with AddressSanitizer and
# UndefinedBehaviorSanitizer, where any sanitizer report is a failure.
# Then "pg": the end-to-end tests that use a store (tests/lib/store.sh)
# run again on the plain build against a private PostgreSQL cluster
# that tools/pg-cluster.sh starts in a scratch folder and that is always
# stopped and removed at the end.  NO_PG=1 leaves that pass out; it is
# also left out, and counted as one skip, when bin/scorebook-import was
# built without the PostgreSQL backend.
# With VALGRIND=1 the suite runs once, with both programs under
# valgrind's leak checker (make valgrind).
# The last line is "N passed, M failed, K skipped".
set -u
cd "$(dirname "$0")/.." || exit 2
export SRCDIR="$PWD"
export SHARED="$PWD/../shared"
OUT="$PWD/tests/out"
rm -rf "$OUT"
mkdir -p "$OUT"

passed=0
failed=0
skipped=0
only=${TESTS:-}

run_one() {
	name=$1
	shift
	log="$OUT/$variant-$name.log"
	"$@" > "$log" 2>&1
	rc=$?
	s=$(grep -ciE '^ok [^#]*# *skip' "$log")
	p=$(($(grep -c '^ok ' "$log") - s))
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
	skipped=$((skipped + s))
	if [ "$p$f$s" = 000 ]; then
		printf '%-5s %-36s    - (nothing to do in this pass)\n' \
			"$variant" "$name"
	elif [ "$f" = 0 ]; then
		printf '%-5s %-36s %4d ok%s\n' "$variant" "$name" "$p" \
			"$([ "$s" = 0 ] || echo ", $s skipped")"
	else
		printf '%-5s %-36s %4d ok, %d FAILED%s\n' "$variant" "$name" \
			"$p" "$f" "$([ "$s" = 0 ] || echo ", $s skipped")"
		grep -E '^(not ok|#|==|.*runtime error)' "$log" |
			sed 's/^/    /' | head -40
	fi
}

# wanted NAME: true when TESTS is unset or names the test.
wanted() {
	case "$only" in "" | *"$1"*) return 0 ;; esac
	return 1
}

# uses_store SCRIPT: true when an end-to-end test takes its stores from
# tests/lib/store.sh, and so can run against either backend.
uses_store() {
	grep -qE 'new_(pg_|sqlite_)?store' "$1"
}

# run_variant NAME BUILD BIN [stores]: the unit tests and every
# end-to-end test, or with "stores" only the end-to-end tests that use a
# store.
run_variant() {
	variant=$1
	export VARIANT=$variant
	export BUILD="$PWD/$2"
	export BIN="$PWD/$3"
	export DISTRICTGEN="$PWD/build/districtgen"
	[ -x "$BUILD/districtgen" ] && DISTRICTGEN="$BUILD/districtgen"
	export TEST_TMP="$OUT/$variant"
	SANLOG="$OUT/$variant-sanitizer"
	mkdir -p "$TEST_TMP" "$SANLOG"
	export ASAN_OPTIONS="log_path=$SANLOG/asan:detect_leaks=1"
	export UBSAN_OPTIONS="log_path=$SANLOG/ubsan:print_stacktrace=1"
	for t in "$BUILD"/tests/test_*; do
		[ "${4:-}" != stores ] || break
		[ -x "$t" ] || continue
		name=$(basename "$t")
		wanted "$name" || continue
		run_one "$name" "$t"
	done
	for t in tests/e2e/test_*.sh; do
		[ -f "$t" ] || continue
		name=$(basename "$t" .sh)
		wanted "$name" || continue
		[ "${4:-}" != stores ] || uses_store "$t" || continue
		run_one "$name" bash "$t"
	done
	unset ASAN_OPTIONS UBSAN_OPTIONS
}

# has_pg_backend PROGRAM: true when the program calls libpq to connect.
has_pg_backend() {
	nm -D --undefined-only "$1" 2> /dev/null | grep -q ' PQconnect'
}

# stop_pg: stop and remove the private cluster, once; its server log is
# kept beside the test logs.
PGDIR=
stop_pg() {
	[ -n "$PGDIR" ] || return 0
	sh tools/pg-cluster.sh stop "$PGDIR" >> "$OUT/pg-cluster.log" 2>&1
	cp "$PGDIR/server.log" "$OUT/pg-server.log" 2> /dev/null
	rm -rf "$PGDIR"
	PGDIR=
}

# run_pg: the "pg" pass.  The cluster lives in a short scratch folder
# because a unix socket path holds at most 107 bytes.
run_pg() {
	variant=pg
	any=
	for t in tests/e2e/test_*.sh; do
		wanted "$(basename "$t" .sh)" && uses_store "$t" && any=1
	done
	[ -n "$any" ] || return 0
	if ! has_pg_backend bin/scorebook-import; then
		skipped=$((skipped + 1))
		echo "pg    bin/scorebook-import has no PostgreSQL backend:" \
			"pass skipped"
		return 0
	fi
	PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/scorebook-pg.XXXXXX") || {
		failed=$((failed + 1))
		return 0
	}
	trap stop_pg EXIT
	trap 'stop_pg; exit 130' INT TERM
	if ! sh tools/pg-cluster.sh start "$PGDIR" > "$OUT/pg-cluster.log" \
		2>&1; then
		failed=$((failed + 1))
		echo "pg    tools/pg-cluster.sh start $PGDIR FAILED"
		sed 's/^/    /' "$OUT/pg-cluster.log" | head -20
		stop_pg
		return 0
	fi
	export SCOREBOOK_TEST_PG="$PGDIR"
	run_variant pg build bin stores
	unset SCOREBOOK_TEST_PG
	stop_pg
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
	if [ -z "${NO_PG:-}" ]; then
		run_pg
	fi
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
