#!/bin/bash
# Bundles in a real browser: Debian's chromium, headless, driven by
# puppeteer-core, opening pages from file:// with no server.  Checks
# console errors, network requests, sorting, filtering, the table
# without JavaScript, printing, and WCAG 2.1 A/AA with axe-core.
# The browser reads output, not our memory: the plain pass is enough.
set -u
[ "${VARIANT:-plain}" = plain ] || exit 0
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/browser
rm -rf "$T"
mkdir -p "$T"

"$DISTRICTGEN" --seed 5 --schools 2 --students 240 -o "$T/district" \
	> /dev/null
d=$T/district
S=$(new_store s)
"$BIN/scorebook-import" -q -s "$S" "$d/organizations.txt" \
	"$d/assessments.csv" "$d/trt" "$d/caaspp.txt" "$d/elpac.txt" \
	"$d/groups.csv" > /dev/null 2>&1
school=$(sql "$S" "SELECT natural_id FROM school s WHERE EXISTS
	(SELECT 1 FROM exam e WHERE e.school_id = s.id) ORDER BY natural_id
	LIMIT 1")
"$BIN/scorebook-generate" -q -s "$S" -o "$T/out" --school "$school"
check "a bundle to open" test -f "$T/out/$school/index.html"
node "$SRCDIR/tests/browser/check-bundle.mjs" "$T/out/$school" 40
status=$?
tap_done > /dev/null
exit $(( status || tap_failed ))
