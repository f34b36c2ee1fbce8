#!/bin/bash
# scorebook-generate end to end, on a store built from invented data:
# the command line, every file of a bundle (manifest, links, results.csv),
# escaping of hostile names, privacy of file names, byte-identical output
# (also as zips, also in another time zone), the zip round trip, the
# bundle log, and golden copies of a few pages.
#
# REFRESH_GOLDEN=1 rewrites tests/fixtures/golden/ from this run instead
# of comparing; see the README there.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/generate
rm -rf "$T"
mkdir -p "$T"
F=$SRCDIR/tests/fixtures/generate
GOLDEN=$SRCDIR/tests/fixtures/golden
LINKS=$SRCDIR/tests/lib/check-links.sh
GEN=$BIN/scorebook-generate
IMPORT=$BIN/scorebook-import
CLASS=99123456000005
HOSTILE=99123456000066
S=$T/store.db

gen() { # gen OUTDIR ARGS...: generate quietly, keep the status in $rc
	out=$1
	shift
	"$GEN" -q -s "$S" -o "$out" -u tester "$@" > "$T/gen.out" 2> "$T/gen.err"
	rc=$?
}

# The fixture store: a class of 32, a school of hostile names, and rows
# no importer writes yet (ELPAC, CAST, CAA, a package, a deleted exam).
sh "$F/make-class.sh" "$T/trt" 32
"$IMPORT" -q -s "$S" "$T/trt" "$F/hostile-01-names.xml" > /dev/null 2>&1
sqlite3 "$S" < "$F/extra.sql"
expect_eq "the fixture store holds every exam" \
	"$(sql "$S" "SELECT count(*) FROM exam")" 139

# ---- the command line ----
"$GEN" --help > "$T/help.out" 2> /dev/null
expect_eq "--help exits 0" "$?" 0
check "--help prints usage on stdout" grep -q "usage: scorebook-generate" \
	"$T/help.out"
check "--version prints the version" "$GEN" --version
"$GEN" -s "$S" > /dev/null 2>&1
expect_eq "no -o is a usage error (2)" "$?" 2
"$GEN" -s "$S" -o "$T/x" --grants "$T/none.csv" > /dev/null 2>&1
expect_eq "a missing grants file is a usage error (2)" "$?" 2
"$GEN" -s "$S" -o "$T/x" --encrypt rot13 > /dev/null 2>&1
expect_eq "an unknown --encrypt mode is a usage error (2)" "$?" 2
"$GEN" -s "$S" -o "$T/x" --user someone > /dev/null 2>&1
expect_eq "--user without --grants is a usage error (2)" "$?" 2
"$GEN" -s "$S" -o "$T/x" --year 25 > /dev/null 2>&1
expect_eq "a year that is not YYYY is a usage error" "$?" 2
"$GEN" -s "$S" -o "$T/x" --bogus > /dev/null 2>&1
expect_eq "an unknown option is a usage error" "$?" 2
"$GEN" -s "$S" -o "$T/x" --school 00000000000000 > /dev/null 2>&1
expect_eq "an unknown school is a usage error" "$?" 2
"$GEN" -s "$T/none.db" -o "$T/x" > /dev/null 2>&1
expect_eq "a missing store exits 3" "$?" 3
check "a missing store is not created" test ! -e "$T/none.db"

# ---- one generation, looked at closely ----
gen "$T/out"
expect_eq "generation exits 0" "$rc" 0
expect_eq "one bundle per school with results" \
	"$(ls "$T/out" | tr '\n' ' ')" "99123456000002 $CLASS $HOSTILE audit.csv "
B=$T/out/$CLASS
H=$T/out/$HOSTILE
for f in index.html manifest.json exports/results.csv assets/style.css \
	assets/app.js students/index.html groups/index.html; do
	check "the bundle has $f" test -f "$B/$f"
done
check "no temporary folder is left behind" \
	test -z "$(find "$T/out" -name '.*')"
# English pages only: a bundle with Spanish reports has the Spanish
# guide too (tests/e2e/test_i18n.sh).
expect_eq "every guide page is rendered, with an index" \
	"$(ls "$B/guide" | grep -cvE '\.(es|vi|fil|zh-Hant)\.html$')" \
	"$(($(ls "$SRCDIR"/site-templates/guide/*.md | wc -l) + 1))"
check "the ICA has an item page" test -f \
	"$B/reports/items-2025-sbac-ica-fixed-g7m-combined-2024-2025-a3.html"
check "the summative has a target page" test -f \
	"$B/reports/targets-2025-sbac-sum-ela-5-2024-2025-a4.html"
check "the blocks have a dashboard" test -f "$B/reports/dashboard-2025.html"
check "each group has its own views" test -f \
	"$B/groups/g1/results-2025-sbac-sum-ela-5-2024-2025-a4.html"
expect_eq "a report and a history per student in scope" \
	"$(ls "$B/students" | grep -c '^s[0-9]*\.html$'):$(ls "$B/students" |
		grep -c '^s[0-9]*-history\.html$')" "32:32"
check "target results are withheld under 30 students" grep -q \
	"shown only for 30 or more" \
	"$B/groups/g1/targets-2025-sbac-sum-ela-5-2024-2025-a4.html"
check "target results are shown for 32 students" grep -q "<table" \
	"$B/reports/targets-2025-sbac-sum-ela-5-2024-2025-a4.html"

# The manifest lists every other file, sorted, with size and sha256.
sqlite3 :memory: "SELECT j.value ->> 'path', j.value ->> 'size',
	j.value ->> 'sha256' FROM json_each(readfile('$B/manifest.json'),
	'\$.files') j" | tr '|' ' ' > "$T/manifest.txt"
(cd "$B" && find . -type f ! -name manifest.json | sed 's|^\./||' |
	LC_ALL=C sort | while read -r f; do
		echo "$f $(stat -c %s "$f") $(sha256sum "$f" | cut -d' ' -f1)"
	done) > "$T/actual.txt"
check "the manifest lists every file with its size and sha256" \
	cmp "$T/manifest.txt" "$T/actual.txt"
expect_eq "the manifest names the generator and the school" \
	"$(jsonq "$B/manifest.json" "json_extract(j, '\$.generator') || ' ' ||
		json_extract(j, '\$.scope.school')")" \
	"scorebook-generate $CLASS"

# Links: every href and src resolves inside the bundle, for every bundle.
bad=0
for b in "$T"/out/*; do
	bash "$LINKS" "$b" > "$T/links.txt" || bad=1
done
if [ "$bad" = 0 ]; then ok "every link of every page resolves"; else
	not_ok "every link of every page resolves"
	head -5 "$T/links.txt" | sed 's/^/# /'
fi

# Offline, safe and accessible by construction.
pages=$(find "$T/out" -name '*.html' | wc -l)
count_with() { grep -l -F -- "$1" $(find "$T/out" -name '*.html') | wc -l; }
count_re() { grep -l -E -- "$1" $(find "$T/out" -name '*.html') | wc -l; }
expect_eq "every page has the content security policy" \
	"$(count_with "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:")" \
	"$pages"
expect_eq "every page says its language" \
	"$(count_re '<html lang="(en|es|vi|fil|zh-Hant)">')" "$pages"
expect_eq "every page has a skip link" \
	"$(count_re 'href="#main">[^<]+</a>')" "$pages"
check "no page, style or script asks the network for anything" \
	test -z "$(grep -rlE '(src|href)="(https?:)?//|url\([^#]|@import' \
		"$T/out")"
check "no inline script or style (the policy forbids them)" \
	test -z "$(grep -rlE '<script>|<style|style="| on[a-z]+="' \
		--include='*.html' "$T/out")"
check "every table has a caption" test -z "$(for f in $(find "$T/out" \
	-name '*.html'); do [ "$(grep -c '<table' "$f")" = \
	"$(grep -c '<caption' "$f")" ] || echo "$f"; done)"
check "every header cell has a scope" \
	test -z "$(grep -rhoE '<th( [^>]*)?>' --include='*.html' "$T/out" |
		grep -v 'scope=')"
check "sortable headers are buttons" grep -q \
	'<th scope="col" aria-sort="ascending"><button type="button">Student' \
	"$B/reports/results-2025-sbac-sum-ela-5-2024-2025-a4.html"

# Hostile names are text wherever they land.
check "no markup from the data survives in any page" \
	test -z "$(grep -rlE "<script>alert|<img src=x|<svg onload|<b onmouseover" \
		--include='*.html' "$T/out")"
check "a hostile school name is escaped" grep -qF \
	"&lt;script&gt;alert(&#39;school&#39;)&lt;/script&gt; &quot;Elementary&quot; &amp; &#96;Co&#96;" \
	"$H/index.html"
check "a hostile student name is escaped" grep -qF \
	"&lt;img src=x onerror=alert(1)&gt;" "$H/students/index.html"
check "no data reaches an href" test -z "$(grep -rhoE 'href="[^"]*"' \
	--include='*.html' "$T/out" | grep -iE 'javascript|alert|<|>|cmd')"
check "the group name with a script URL is only text" grep -qF \
	"&lt;b onmouseover=&quot;alert(1)&quot;&gt;Room &#39; 9&lt;/b&gt; javascript:alert(2)" \
	"$H/groups/index.html"
check "a formula in a name is disarmed in results.csv" grep -qF \
	",'=cmd|' /C calc'!A0," "$H/exports/results.csv"
check "and in the page's own CSV" grep -rqF "'=cmd|' /C calc'!A0" \
	"$H/reports"
check "a formula-looking session id is quoted and disarmed" grep -qF \
	"\"\"\"><svg onload=alert(4)>\"" "$H/exports/results.csv"

# results.csv: the export's columns, one row per exam at the school.
head -n 1 "$B/exports/results.csv" | tr -d '\r' | tr ',' '\n' \
	> "$T/columns.txt"
missing=
for c in StudentIdentifier FirstName LastOrSurname SchoolId SchoolYear \
	AssessmentType AssessmentSubType AssessmentName Subject \
	GradeLevelWhenAssessed ScaleScore ScaleScoreStandardError \
	ScaleScoreAchievementLevel Completeness AdministrationCondition \
	DistrictId DistrictName SchoolName Claim1ScoreAchievementLevel \
	Claim2ScoreAchievementLevel Claim3ScoreAchievementLevel \
	Claim4ScoreAchievementLevel Alt1ScoreAchievementLevel \
	Alt2ScoreAchievementLevel; do
	grep -qx "$c" "$T/columns.txt" || missing="$missing $c"
done
expect_eq "results.csv has every required column" "$missing" ""
expect_eq "results.csv: one row per exam taken at the school" \
	"$(($(wc -l < "$B/exports/results.csv") - 1))" \
	"$(sql "$S" "SELECT count(*) FROM exam e JOIN school s ON
		s.id = e.school_id WHERE s.natural_id = '$CLASS' AND
		e.deleted = 0")"
check "a deleted exam appears nowhere" \
	test -z "$(grep -rl DELETED-EXAM-SESSION "$T/out")"
check "ELPAC composites fill Alt1 and Alt2" grep -q \
	',9100000002,.*,ELPAC,05,Complete,Valid,3,1521,14,3,1530,18,2,1508,20,' \
	"$B/exports/results.csv"

# Privacy: no name or SSID in any file or folder name.
sqlite3 "$S" "SELECT ssid FROM student UNION SELECT first_name FROM student
	UNION SELECT last_name FROM student" | grep -v '^$' > "$T/pii.txt"
check "no student name or SSID in any file or folder name" \
	test -z "$(find "$T/out" | grep -F -f "$T/pii.txt")"
check "bundle files are readable by their owner only" \
	test "$(stat -c %a "$B/index.html"):$(stat -c %a "$B")" = "600:700"

# ---- the same store and arguments, the same bytes ----
gen "$T/again" -j 1
# audit.csv lists every run, so it differs from run to run by design.
check "a second run (in one process) gives identical folders" diff -r \
	-x audit.csv "$T/out" "$T/again"
TZ=Asia/Tokyo gen "$T/tokyo"
check "identical in another time zone" diff -r -x audit.csv "$T/out" \
	"$T/tokyo"
gen "$T/out"
check "generating over an existing bundle replaces it" diff -r \
	-x audit.csv "$T/out" "$T/again"
gen "$T/zip1" --zip
expect_eq "--zip exits 0" "$rc" 0
check "--zip writes one archive per school" test -f "$T/zip1/$CLASS.zip" -a \
	! -e "$T/zip1/$CLASS"
gen "$T/zip2" --zip
TZ=Asia/Tokyo gen "$T/zip3" --zip
check "zips are byte-identical across runs" cmp "$T/zip1/$CLASS.zip" \
	"$T/zip2/$CLASS.zip"
check "zips are byte-identical in another time zone" cmp \
	"$T/zip1/$CLASS.zip" "$T/zip3/$CLASS.zip"
check "unzip -t accepts the archive" unzip -tq "$T/zip1/$CLASS.zip"
if command -v 7z > /dev/null; then
	check "7z t accepts the archive" 7z t "$T/zip1/$CLASS.zip"
fi
mkdir -p "$T/unzipped"
(cd "$T/unzipped" && unzip -q "$T/zip1/$CLASS.zip")
check "the archive holds exactly the folder bundle" diff -r "$T/unzipped" \
	"$B"
zipinfo -1 "$T/zip1/$CLASS.zip" > "$T/entries.txt"
check "entries are in path order" cmp "$T/entries.txt" \
	<(LC_ALL=C sort "$T/entries.txt")
zipinfo -v "$T/zip1/$CLASS.zip" > "$T/zipinfo.txt"
check "every entry is dated 1980-01-01 00:00" test -z "$(grep \
	'file last modified on (DOS date/time)' "$T/zipinfo.txt" |
	grep -v '1980 Jan 1 00:00:00')"
check "no extra fields (no time stamps beyond the DOS date)" test -z \
	"$(grep -iE 'extra field|extended-timestamp|UT ' "$T/zipinfo.txt" |
		grep -v 'length of extra field: *0 bytes')"

# ---- scope ----
gen "$T/one" --school "$CLASS"
expect_eq "--school limits the bundles" "$(ls "$T/one")" "$CLASS
audit.csv"
gen "$T/y2024" --year 2024
expect_eq "--year keeps only schools with results that year" \
	"$(ls "$T/y2024")" "99123456000002
audit.csv"
check "--year writes the year into the manifest" grep -q '"year":2024' \
	"$T/y2024/99123456000002/manifest.json"
gen "$T/y2025" --year 2025 --school "$CLASS"
check "a year bundle still shows the history before it" grep -q \
	"SBAC-SUM-ELA-4-2023-2024" "$T/y2025/$CLASS/students/s4.html"
gen "$T/y2024b" --year 2024 --school "$CLASS"
expect_eq "an asked-for school without results still gets a bundle" \
	"$(ls "$T/y2024b/$CLASS/index.html" 2> /dev/null)" \
	"$T/y2024b/$CLASS/index.html"
expect_eq "every bundle is in the bundle log" \
	"$(sql "$S" "SELECT count(*) || ':' || count(DISTINCT sha256) FROM
		bundle_log WHERE operator = 'tester' AND school = '$CLASS'")" \
	"10:4"

# A school id is a folder name: one that could climb out is refused.
sqlite3 "$S" ".backup '$T/evil.db'"
sql "$T/evil.db" "INSERT INTO school (natural_id, name) VALUES
	('../escape', 'Escape'); UPDATE exam SET school_id = (SELECT id
	FROM school WHERE natural_id = '../escape') WHERE opp_key = '7600066001'"
mkdir -p "$T/evil"
"$GEN" -q -s "$T/evil.db" -o "$T/evil/out" --school ../escape > /dev/null \
	2>&1
expect_eq "a school id that cannot name a folder fails (4)" "$?" 4
check "and nothing is written outside OUTDIR" test ! -e "$T/evil/escape" -a \
	! -e "$T/evil/escape.zip"

# ---- templates ----
cp -R "$SRCDIR/site-templates" "$T/tpl"
sed -i 's|<h1>{{title}}</h1>|<h1 class="rebranded">{{title}}</h1>|' \
	"$T/tpl/home.html"
gen "$T/rebrand" --templates "$T/tpl" --school "$CLASS"
check "--templates rebrands without recompiling" grep -q \
	'class="rebranded"' "$T/rebrand/$CLASS/index.html"
printf 'ok\n{{#years}}\nnever closed\n' > "$T/tpl/home.html"
gen "$T/broken" --templates "$T/tpl"
expect_eq "a broken template is a usage error" "$rc" 2
check "its error names the file and the line" grep -q "home.html:2:" \
	"$T/gen.err"

# ---- golden pages ----
golden() { # golden NAME PATH-IN-BUNDLE
	if [ -n "${REFRESH_GOLDEN:-}" ]; then
		cp "$B/$2" "$GOLDEN/$1"
		ok "golden $1 refreshed"
	elif cmp -s "$GOLDEN/$1" "$B/$2"; then
		ok "golden $1"
	else
		not_ok "golden $1"
		diff "$GOLDEN/$1" "$B/$2" | head -10 | sed 's/^/# /'
	fi
}
golden index.html index.html
golden results-sum-ela.html reports/results-2025-sbac-sum-ela-5-2024-2025-a4.html
golden items-ica.html reports/items-2025-sbac-ica-fixed-g7m-combined-2024-2025-a3.html
golden student-s4.html students/s4.html
golden results.csv exports/results.csv

# ---- in a browser, when the browser test packages are installed ----
# The browser reads output, not our memory: the plain pass is enough.
if [ "${VARIANT:-plain}" = plain ] &&
	[ -d "$SRCDIR/tests/browser/node_modules/puppeteer-core" ] &&
	command -v chromium > /dev/null && command -v node > /dev/null; then
	node "$SRCDIR/tests/browser/check-bundle.mjs" "$B" > "$T/browser.txt" \
		2>&1
	if [ "$?" = 0 ]; then ok "chromium: no errors, requests or axe violations"
	else
		not_ok "chromium: no errors, requests or axe violations"
		grep -A2 '^not ok' "$T/browser.txt" | head -20 | sed 's/^/# /'
	fi
	node "$SRCDIR/tests/browser/print-report.mjs" "$B/students/s4.html" \
		> "$T/print.txt" 2>&1
	if [ "$?" = 0 ]; then ok "chromium: each result prints on one page"
	else
		not_ok "chromium: each result prints on one page"
		grep '^not ok' "$T/print.txt" | sed 's/^/# /'
	fi
fi

tap_done
