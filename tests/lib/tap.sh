# Helpers shared by the end-to-end tests: TAP output, JSON lookups and
# (from store.sh) the stores.  Source it; it sets SRCDIR, BIN, TEST_TMP
# and SHARED when run alone.
: "${SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${BIN:=$SRCDIR/bin}"
: "${BUILD:=$SRCDIR/build}"
: "${SHARED:=$SRCDIR/../shared}"
: "${TEST_TMP:=$(mktemp -d)}"
export SRCDIR BIN BUILD SHARED TEST_TMP

tap_n=0
tap_failed=0

ok() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1"
}

not_ok() {
	tap_n=$((tap_n + 1))
	tap_failed=$((tap_failed + 1))
	echo "not ok $tap_n - $1"
}

# skip DESCRIPTION REASON: a check that cannot run here, such as one
# about the SQLite file when the store is PostgreSQL.  TAP's "# SKIP":
# tests/run.sh counts it as skipped, never as passed.
skip() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1 # SKIP $2"
}

# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
	desc=$1
	shift
	if "$@" > /dev/null 2>&1; then ok "$desc"; else not_ok "$desc"; fi
}

# step DESCRIPTION COMMAND...: like check, but the command's output is
# shown on failure, and while SKIP_REASON is set the check is a skip.
step() {
	desc=$1
	shift
	if [ -n "${SKIP_REASON:-}" ]; then
		skip "$desc" "$SKIP_REASON"
	elif "$@" > "$TEST_TMP/step.log" 2>&1; then
		ok "$desc"
	else
		not_ok "$desc"
		head -n 20 "$TEST_TMP/step.log" | sed 's/^/# /'
	fi
}

# expect_eq DESCRIPTION GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then
		ok "$1"
	else
		not_ok "$1"
		echo "# got '$2', want '$3'"
	fi
}

# json FILE PATH: a value from a JSON file, by SQLite's JSON path syntax.
json() {
	sqlite3 :memory: "SELECT json_extract(readfile('$1'), '$2')"
}

# jsonq FILE EXPR: an SQL expression over the file's JSON, named j.
jsonq() {
	sqlite3 :memory: "WITH d(j) AS (SELECT readfile('$1')) SELECT $2 FROM d"
}

. "$SRCDIR/tests/lib/store.sh"

tap_done() {
	echo "1..$tap_n"
	[ "$tap_failed" = 0 ]
}
