#!/bin/sh
# Run every fuzz target for FUZZ_SECONDS on its seed corpus.  Prints a
# TAP line per target; a crash is kept as a regression input.
set -u
cd "$(dirname "$0")/../.." || exit 2
seconds=${FUZZ_SECONDS:-10}
work=${TEST_TMP:-/tmp}/fuzz
rm -rf "$work"
mkdir -p "$work"
n=0
status=0

seeds_for() {
	case "$1" in
	fuzz_trt) ls tests/fixtures/trt/*.xml ;;
	fuzz_source) ls tests/fixtures/zip/* 2>/dev/null ;;
	fuzz_template) ls site-templates/*.html site-templates/partials/*.html ;;
	fuzz_grants) ls tests/fixtures/delimited/*grant* 2>/dev/null ;;
	fuzz_delimited) ls tests/fixtures/delimited/*.csv \
		tests/fixtures/delimited/*.txt ;;
	*) ls "tests/fixtures/$1"/* 2>/dev/null ;;
	esac
}

for target in build/fuzz/targets/fuzz_*; do
	[ -x "$target" ] || continue
	name=$(basename "$target")
	corpus=$work/$name
	regressions=tests/fuzz/regressions/$name
	mkdir -p "$corpus" "$regressions"
	for seed in $(seeds_for "$name"); do
		cp "$seed" "$corpus/"
	done
	n=$((n + 1))
	if "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-max_len=262144 -artifact_prefix="$work/$name-" \
		"$corpus" "$regressions" > "$work/$name.log" 2>&1; then
		echo "ok $n - $name: no crash in $seconds s" \
			"($(grep -c . "$work/$name.log") log lines)"
	else
		echo "not ok $n - $name: crashed; input kept in $regressions"
		cp "$work/$name"-* "$regressions/" 2>/dev/null
		tail -30 "$work/$name.log" | sed 's/^/# /'
		status=1
	fi
done
exit $status
