#!/bin/bash
# Score data files and reporting exports are read on one thread and
# filed on another.  Here the importer built with ThreadSanitizer
# (build/tsan/bin, made by make test) imports such files into a store of
# either backend: a file of many batches, the same rows in another
# order, a corrected copy, a file rejected for errors in its later
# batches (an unknown school, a bad date), one that names a new school
# late, an export and an ELPAC file.
# TRT documents are read on worker threads ahead of the thread that
# files them: a folder of them, valid, rejected, repeated and depending
# on their order (an update, an older copy, a reset), with a score data
# file among them, goes in at once.
# Any report of a data race fails the test, and the plain importer
# given the same files must leave the same rows.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/threads
rm -rf "$T"
mkdir -p "$T"
TSAN_IMPORT=${TSAN_IMPORT:-$SRCDIR/build/tsan/bin/scorebook-import}
IMPORT=$BIN/scorebook-import
FIX=$SRCDIR/tests/fixtures/delimited

# The sanitizer pass has its own build, which is not this one.
if [ "${VARIANT:-plain}" = san ]; then
	echo "1..0 # SKIP ThreadSanitizer runs in the plain and pg passes"
	exit 0
fi
if [ ! -x "$TSAN_IMPORT" ]; then
	not_ok "the ThreadSanitizer importer is built ($TSAN_IMPORT)"
	tap_done
	exit
fi

# The files.  3,000 rows fill a dozen of SQLite's batches of 256.
sh "$SRCDIR/tests/perf/sdf-rows.sh" 3000 > "$T/rows.txt"
{
	head -n 1 "$T/rows.txt"
	tail -n +2 "$T/rows.txt" | tac
} > "$T/reversed.txt"
# Field 47 is a score: every row changes.
awk -F'^' -v OFS='^' 'NR > 1 {$47 = $47 + 1} {print}' "$T/rows.txt" \
	> "$T/corrected.txt"
# Column numbers by name, so the damage lands where it is meant to.
col() {
	head -n 1 "$T/rows.txt" | tr '^' '\n' | grep -nx "$1" | cut -d: -f1
}
date_col=$(col FinalTestCompletedDate)
school_col=$(col FinalTestedSchoolCode)
name_col=$(col FinalTestedSchoolName)
# A school first met late in the file, named there: the reader creates
# it while batches before it are being filed.
awk -F'^' -v OFS='^' -v s="$school_col" -v n="$name_col" '
	NR > 2601 { $s = "98765439999999"; $n = "Late Bloom Elementary" }
	{ print }' "$T/corrected.txt" > "$T/late.txt"
# An unknown school late in the file, then a bad date.
awk -F'^' -v OFS='^' -v d="$date_col" -v s="$school_col" \
	-v n="$name_col" '
	NR == 2601 { $s = "99999999999999"; $n = "" }
	NR == 2801 { $d = "2024-13-45" }
	{ print }' "$T/rows.txt" > "$T/bad.txt"
files="rows.txt reversed.txt corrected.txt late.txt bad.txt"
cp "$FIX/export-01-camel.csv" "$FIX/sdf-03-elpac.txt" "$T/"
files="$files export-01-camel.csv sdf-03-elpac.txt"

# run_all IMPORTER STORE NAME: import each file in turn; the exit
# statuses, one a line, go to NAME.rc and the messages to NAME.err.
run_all() {
	: > "$T/$3.rc"
	: > "$T/$3.err"
	for f in $files; do
		TSAN_OPTIONS="exitcode=66 halt_on_error=0" \
			"$1" -q -s "$2" "$T/$f" >> "$T/$3.err" 2>&1
		echo "$f $?" >> "$T/$3.rc"
	done
}

tsan_store=$(new_store tsan)
plain_store=$(new_store plain)
run_all "$TSAN_IMPORT" "$tsan_store" tsan
run_all "$IMPORT" "$plain_store" plain

# no_reports WHAT ERRFILE: ok when ThreadSanitizer wrote nothing there.
no_reports() {
	if grep -q "ThreadSanitizer" "$2"; then
		not_ok "$1"
		grep -A 12 "WARNING: ThreadSanitizer" "$2" | head -40 |
			sed 's/^/# /'
	else
		ok "$1"
	fi
}
no_reports "ThreadSanitizer reports nothing" "$T/tsan.err"
expect_eq "the files are accepted, the damaged one rejected" \
	"$(tr '\n' ' ' < "$T/tsan.rc")" \
	"rows.txt 0 reversed.txt 0 corrected.txt 0 late.txt 0 bad.txt 1 \
export-01-camel.csv 0 sdf-03-elpac.txt 0 "
expect_eq "both importers exit alike" "$(cat "$T/tsan.rc")" \
	"$(cat "$T/plain.rc")"
check "the rejection names the unknown school's line" \
	grep -q "bad.txt:2601:.*FinalTestedSchoolCode" "$T/tsan.err"
check "and the bad date's" \
	grep -q "bad.txt:2801:.*FinalTestCompletedDate" "$T/tsan.err"

# What each store holds, in an order both engines give alike.
rows() {
	sql "$1" "SELECT a.natural_id, e.opp_key, s.ssid, e.school_year,
		CAST(e.scale_score AS integer), e.level, e.content_digest,
		e.deleted FROM exam e JOIN assessment a ON a.id = e.assessment_id
		JOIN student s ON s.id = e.student_id
		ORDER BY a.natural_id, e.opp_key"
	sql "$1" "SELECT e.opp_key, c.kind, c.code,
		CAST(c.scale_score AS integer), c.level FROM exam_score c
		JOIN exam e ON e.id = c.exam_id ORDER BY 1, 2, 3"
	sql "$1" "SELECT e.opp_key, t.genre, t.trait, t.score FROM exam_trait t
		JOIN exam e ON e.id = t.exam_id ORDER BY 1, 2, 3"
}
rows "$tsan_store" > "$T/tsan.rows"
rows "$plain_store" > "$T/plain.rows"
expect_eq "the corrected scores stand, 400 rows at the late school" \
	"$(sql "$tsan_store" "SELECT l.file, count(*) FROM exam e
		JOIN import_log l ON l.id = e.import_id
		WHERE l.file LIKE '%corrected.txt' OR l.file LIKE '%late.txt'
		GROUP BY l.file ORDER BY l.file" | sed 's|.*/||')" \
	"$(printf 'corrected.txt|2600\nlate.txt|400')"
check "both stores hold the same rows" cmp -s "$T/tsan.rows" \
	"$T/plain.rows"
check "and they are not empty" test "$(wc -l < "$T/tsan.rows")" -gt 10000

# The TRT folder: a synthetic district's documents, every fixture, two
# copies of one document, and a score data file sorted among them.
D=$T/trt
mkdir -p "$D"
"$SRCDIR/build/districtgen" --seed 3 --schools 2 --exams 40 -o "$T/dg" \
	> /dev/null
cp "$T/dg/trt"/*.xml "$D/"
cp "$SRCDIR/tests/fixtures/trt"/*.xml "$D/"
cp "$D/valid-01-summative-ela.xml" "$D/valid-01-summative-ela-copy.xml"
# A document too large to read ahead (a 5 MB comment in it), filed by
# the importer's thread between the others.
{
	sed '$d' "$SRCDIR/tests/fixtures/trt/valid-02-iab-math.xml"
	printf '<!-- '
	head -c 5000000 /dev/zero | tr '\0' 'x'
	printf ' -->\n'
	tail -n 1 "$SRCDIR/tests/fixtures/trt/valid-02-iab-math.xml"
} > "$D/valid-02-iab-math-large.xml"
head -n 41 "$T/rows.txt" > "$D/rows-among-them.txt"

# The reference: one process a file, in the order the folder is read,
# so that nothing is read ahead.
trt_tsan=$(new_store trt-tsan)
trt_plain=$(new_store trt-plain)
TSAN_OPTIONS="exitcode=66 halt_on_error=0" "$TSAN_IMPORT" -s "$trt_tsan" \
	"$D" > "$T/trt-tsan.out" 2> "$T/trt-tsan.err"
echo $? > "$T/trt-tsan.rc"
: > "$T/trt-plain.err"
for f in $(cd "$D" && LC_ALL=C ls); do
	"$IMPORT" -s "$trt_plain" "$D/$f" > /dev/null 2>> "$T/trt-plain.err"
done

no_reports "TRT read ahead: ThreadSanitizer reports nothing" \
	"$T/trt-tsan.err"
expect_eq "TRT read ahead: the folder's rejections make it exit 1" \
	"$(cat "$T/trt-tsan.rc")" 1
# Every error, in the same order, with the same file and line.
errors() {
	grep -v "ThreadSanitizer\|^scorebook-import: [0-9]* files" "$1" |
		sed 's|^[^:]*: ||; s|[^ ]*/trt/||; s|[^ ]*/trt-[a-z]*/||'
}
errors "$T/trt-tsan.err" > "$T/trt-tsan.errors"
errors "$T/trt-plain.err" > "$T/trt-plain.errors"
check "TRT read ahead: the same errors as one file at a time" \
	cmp -s "$T/trt-tsan.errors" "$T/trt-plain.errors"
check "TRT read ahead: errors are reported" \
	test "$(wc -l < "$T/trt-tsan.errors")" -gt 10
# The log, file by file: verdicts and counts in the order filed.
log() {
	sql "$1" "SELECT file, format, verdict, inserted, updated, unchanged,
		deleted, rows FROM import_log ORDER BY id" | sed 's|.*/||'
}
log "$trt_tsan" > "$T/trt-tsan.log"
log "$trt_plain" > "$T/trt-plain.log"
check "TRT read ahead: the same verdicts, file by file" \
	cmp -s "$T/trt-tsan.log" "$T/trt-plain.log"
# The copy sorts first: it goes in, and the original is then known.
# The large document holds valid-02's exam, which is then unchanged.
expect_eq "TRT read ahead: a document's second copy is unchanged" \
	"$(grep -E '^(valid-0[12]-|rows-among-them)' \
		"$T/trt-tsan.log" | cut -d'|' -f1,3)" \
	"$(printf '%s\n' 'rows-among-them.txt|accepted' \
		'valid-01-summative-ela-copy.xml|accepted' \
		'valid-01-summative-ela.xml|unchanged' \
		'valid-02-iab-math-large.xml|accepted' \
		'valid-02-iab-math.xml|unchanged')"
trt_rows() {
	rows "$1"
	sql "$1" "SELECT e.opp_key, i.item_key, i.score FROM exam_item i
		JOIN exam e ON e.id = i.exam_id ORDER BY 1, 2"
}
trt_rows "$trt_tsan" > "$T/trt-tsan.rows"
trt_rows "$trt_plain" > "$T/trt-plain.rows"
check "TRT read ahead: both stores hold the same rows" \
	cmp -s "$T/trt-tsan.rows" "$T/trt-plain.rows"
check "TRT read ahead: and they are not empty" \
	test "$(wc -l < "$T/trt-tsan.rows")" -gt 1000
tap_done
