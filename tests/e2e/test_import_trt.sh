#!/bin/bash
# The TRT importer end to end: verdicts, update rules, every error named,
# hostile XML, inputs of every kind, and crash safety.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/import_trt
rm -rf "$T"
mkdir -p "$T"
F=$SRCDIR/tests/fixtures/trt
IMPORT=$BIN/scorebook-import

imp() { # imp STORE JSONOUT PATH...
	store=$1
	out=$2
	shift 2
	"$IMPORT" -q -s "$store" --json "$@" > "$out" 2> "$out.err"
	echo $? > "$out.rc"
}

# The real samples, when the shared folder is there.
if [ -d "$SHARED/samples/rdw" ]; then
	RDW=$(new_store rdw)
	imp "$RDW" "$T/rdw1.json" "$SHARED"/samples/rdw/*.xml
	expect_eq "samples: 5 files accepted" "$(json "$T/rdw1.json" '$.accepted')" 5
	expect_eq "samples: 4 exams inserted" \
		"$(json "$T/rdw1.json" '$.exams.inserted')" 4
	expect_eq "samples: B002 updates B001's exam" \
		"$(json "$T/rdw1.json" '$.exams.updated')" 1
	expect_eq "samples: exit status 0" "$(cat "$T/rdw1.json.rc")" 0
	imp "$RDW" "$T/rdw2.json" "$SHARED"/samples/rdw/*.xml
	expect_eq "samples again: every file unchanged" \
		"$(json "$T/rdw2.json" '$.unchanged')" 5
	expect_eq "samples again: nothing inserted or updated" \
		"$(jsonq "$T/rdw2.json" "json_extract(j, '\$.exams.inserted') +
		json_extract(j, '\$.exams.updated')")" 0
	expect_eq "samples: B002 added its item 10001" \
		"$(sql "$RDW" "SELECT count(*) FROM exam_item
			WHERE item_key = '777-10001'")" 1
fi

# Update rules on our own fixtures.
S=$(new_store rules)
imp "$S" "$T/r1.json" "$F/valid-01-summative-ela.xml"
expect_eq "valid-01 inserts one exam" "$(json "$T/r1.json" '$.exams.inserted')" 1
expect_eq "valid-01 level kept from the file" \
	"$(sql "$S" "SELECT level || ':' || level_derived FROM exam")" "3:0"
expect_eq "school year comes from dateCompleted" \
	"$(sql "$S" "SELECT school_year FROM exam")" 2025
expect_eq "claims, targets, traits and items are stored" \
	"$(sql "$S" "SELECT CASE WHEN (SELECT count(*) FROM exam_score) > 0
		AND (SELECT count(*) FROM exam_target) > 0
		AND (SELECT count(*) FROM exam_trait) = 3
		AND (SELECT count(*) FROM exam_item) = 5
		AND (SELECT count(*) FROM exam_item_dimension) = 3
		THEN 1 ELSE 0 END")" 1
expect_eq "a BenchmarkScore is a student residual" \
	"$(sql "$S" "SELECT count(*) FROM exam_target
		WHERE student_residual IS NULL")" 0
imp "$S" "$T/r4.json" "$F/valid-04-update.xml"
expect_eq "a later status date updates" "$(json "$T/r4.json" '$.exams.updated')" 1
expect_eq "the update replaced the score" \
	"$(sql "$S" "SELECT cast(scale_score AS int) FROM exam")" 2526
imp "$S" "$T/r5.json" "$F/valid-05-older.xml"
expect_eq "an earlier status date is ignored" \
	"$(json "$T/r5.json" '$.exams.older')" 1
expect_eq "the older file left the score alone" \
	"$(sql "$S" "SELECT cast(scale_score AS int) FROM exam")" 2526
imp "$S" "$T/r6.json" "$F/valid-06-reset.xml"
expect_eq "a reset soft-deletes" "$(json "$T/r6.json" '$.exams.deleted')" 1
expect_eq "the reset exam is kept, marked deleted" \
	"$(sql "$S" "SELECT count(*) || ':' || sum(deleted) FROM exam")" "1:1"
imp "$S" "$T/r7.json" "$F/valid-01-summative-ela.xml"
expect_eq "a byte-identical file is recognised and skipped" \
	"$(json "$T/r7.json" '$.unchanged')" 1
cp "$F/valid-01-summative-ela.xml" "$T/copy.xml"
printf '\n' >> "$T/copy.xml"
SAME=$(new_store same)
imp "$SAME" "$T/r8a.json" "$F/valid-01-summative-ela.xml"
imp "$SAME" "$T/r8.json" "$T/copy.xml"
expect_eq "identical content in another file is an unchanged exam" \
	"$(json "$T/r8.json" '$.exams.unchanged')" 1
RESET=$(new_store reset)
imp "$RESET" "$T/r9.json" "$F/valid-06-reset.xml"
expect_eq "a reset of an unknown exam changes nothing" \
	"$(sql "$RESET" "SELECT count(*) FROM exam")" 0

# FINAL over INITIAL, oppId 0, fractional scores, derived IAB category.
V=$(new_store v)
imp "$V" "$T/v.json" "$F"/valid-0[2-3]*.xml "$F"/valid-0[7-9]*.xml \
	"$F"/valid-10*.xml
expect_eq "every other valid fixture is accepted" \
	"$(json "$T/v.json" '$.accepted')" 5
expect_eq "FINAL wins over INITIAL" "$(sql "$V" "SELECT count(*)
	FROM student WHERE first_name = 'Matías'")" 1
expect_eq "oppId 0 files the exam under its key" "$(sql "$V" "SELECT
	count(*) FROM exam WHERE opp_key = '7000000103'")" 1
expect_eq "defaults: Complete and SD for interim" "$(sql "$V" "SELECT
	completeness || '/' || admin_condition FROM exam e JOIN assessment a
	ON a.id = e.assessment_id WHERE a.grade = 6")" "Complete/SD"
expect_eq "defaults: Valid for summative" "$(sql "$V" "SELECT
	admin_condition FROM exam e JOIN assessment a ON a.id = e.assessment_id
	WHERE a.grade = 3")" "Valid"
expect_eq "an accommodation in a Score element is an accommodation" \
	"$(sql "$V" "SELECT count(*) FROM exam_accommodation
		WHERE value IS NOT NULL")" \
	"$(sql "$V" "SELECT count(*) FROM exam_accommodation")"

imp "$(new_store attrs)" "$T/attrs.json" "$F/valid-11-many-attributes.xml"
expect_eq "an element with 100 attributes is read safely" \
	"$(json "$T/attrs.json" '$.accepted')" 1

# Every semantic fixture is rejected for its own reason.
SEM=$(new_store sem)
reason() { # reason FIXTURE FIELD-OR-TEXT
	imp "$SEM" "$T/sem.json" "$F/$1"
	if [ "$(json "$T/sem.json" '$.rejected')" = 1 ] &&
		grep -q -- "$2" "$T/sem.json"; then
		ok "$1 rejected: $2"
	else
		not_ok "$1 rejected: $2"
	fi
}
reason semantic-01-demo-examinee.xml "demo examinee"
reason semantic-02-no-student-id.xml "missing student identifier"
reason semantic-03-no-school.xml "missing school"
reason semantic-04-bad-birthdate.xml '"field":"Birthdate"'
reason semantic-05-bad-boolean.xml "not a boolean"
reason semantic-06-scale-out-of-range.xml "outside 2200-2730"
reason semantic-07-negative-standard-error.xml "below zero"
reason semantic-08-unknown-claim.xml "unknown claim code"
reason semantic-09-trait-over-max.xml "writing trait score outside 0-4"
reason semantic-10-item-score-over-max.xml "score outside -1-2"
imp "$SEM" "$T/many.json" "$F/semantic-11-many-errors.xml"
expect_eq "every error of a file is reported, not only the first" \
	"$(jsonq "$T/many.json" "json_array_length(j, '\$.errors')")" 8
expect_eq "nothing of a rejected file reaches the store" \
	"$(sql "$SEM" "SELECT count(*) FROM exam")" 0
expect_eq "a rejected file makes the exit status 1" "$(cat "$T/many.json.rc")" 1
"$IMPORT" -s "$SEM" "$F/semantic-04-bad-birthdate.xml" 2> "$T/pii.err"
if grep -q "2015-13-45" "$T/pii.err"; then
	not_ok "a bad birth date is never printed"
else
	ok "a bad birth date is never printed"
fi
if grep -qE "^scorebook-import: [^:]+:[0-9]+: [A-Za-z]+( '[^']*')?: " \
	"$T/many.json.err"; then
	ok "errors read program: file:line: field 'value': message"
else
	not_ok "errors read program: file:line: field 'value': message"
fi
# An error names the line its element is on, not the line the parser
# had read to (the scale score's Score element is on line 91).
check "an error names its element's line" \
	grep -q "semantic-11-many-errors.xml:91: ScaleScore '9999'" \
	"$T/many.json.err"

# academicYear is the school year's first year for some producers and
# its last for others: the date decides, and a Test whose academicYear
# is neither is accepted with a warning.
AY=$(new_store academic-year)
for year in 2019 2024 2025; do
	sed "s/academicYear=\"2025\"/academicYear=\"$year\"/" \
		"$F/valid-01-summative-ela.xml" > "$T/ay-$year.xml"
	"$IMPORT" -s "$AY" "$T/ay-$year.xml" > /dev/null 2> "$T/ay-$year.err"
	echo $? > "$T/ay-$year.rc"
done
expect_eq "academicYear off by years: still accepted" \
	"$(cat "$T/ay-2019.rc")" 0
check "and warned of, with the file, line and value" \
	grep -q "warning: .*ay-2019.xml:6: academicYear '2019': not school year \
2024-25" "$T/ay-2019.err"
expect_eq "academicYear as the first or last year: no warning" \
	"$(cat "$T/ay-2024.err" "$T/ay-2025.err" | grep -c warning)" 0

# An item whose document gives no maximum (maxScore 0, as real producers
# write) is held to the one its assessment package gives.
PK=$(new_store package-max)
NOPK=$(new_store no-package)
{
	echo "AssessmentId,AssessmentSubject,AssessmentGrade,AssessmentType,\
AssessmentSubtype,FullItemKey,BankKey,ItemId,MaxPoints"
	echo "(SBAC)SBAC-SUM-ELA-5-2024-2025,ELA,5,summative,SUM,200-91001,\
200,91001,1"
} > "$T/package.csv"
awk '/key="91001"/ { item = 1 }
	item && /score="1"/ { sub(/score="1"/, "score=\"2\""); }
	item && /maxScore="1"/ { sub(/maxScore="1"/, "maxScore=\"0\""); item = 0 }
	{ print }' "$F/valid-01-summative-ela.xml" > "$T/over-package.xml"
"$IMPORT" -s "$PK" "$T/package.csv" "$T/over-package.xml" > /dev/null \
	2> "$T/over-package.err"
expect_eq "an item score above the package's maximum rejects the file" \
	"$?" 1
check "and names the item, its line and the package's maximum" \
	grep -q "over-package.xml:11[3-9]: score '2': item 200-91001 score \
above 1, the most its assessment package gives" "$T/over-package.err"
"$IMPORT" -s "$NOPK" "$T/over-package.xml" > /dev/null 2>&1
expect_eq "without the package the same file is accepted" "$?" 0

# Hostile and broken XML.
BAD=$(new_store bad)
for f in "$F"/invalid-*.xml; do
	name=$(basename "$f")
	imp "$BAD" "$T/bad.json" "$f"
	if [ "$(json "$T/bad.json" '$.rejected')" = 1 ] &&
		[ "$(jsonq "$T/bad.json" "json_array_length(j, '\$.errors')")" \
			-ge 1 ]; then
		ok "$name rejected with a reason"
	else
		not_ok "$name rejected with a reason"
	fi
done
if grep -q "root:" "$T/bad.json" "$T"/*.err 2>/dev/null; then
	not_ok "an external entity is never read"
else
	ok "an external entity is never read"
fi

# Inputs: folders, zips, standard input, unreadable files.
mkdir -p "$T/dir/sub"
cp "$F/valid-02-iab-math.xml" "$T/dir/b.xml"
cp "$F/valid-03-ica-math-oppid0.xml" "$T/dir/sub/a.xml"
imp "$(new_store dir)" "$T/dir.json" "$T/dir"
expect_eq "a folder is walked, subfolders too" "$(json "$T/dir.json" '$.accepted')" 2
(cd "$T/dir" && zip -q -r "$T/in.zip" b.xml sub)
imp "$(new_store zip)" "$T/zip.json" "$T/in.zip"
expect_eq "a zip's entries are imported" "$(json "$T/zip.json" '$.accepted')" 2
grep -q '"file":' "$T/zip.json"
"$IMPORT" -q -s "$(new_store stdin)" --json - < "$F/valid-02-iab-math.xml" \
	> "$T/stdin.json"
expect_eq "standard input is read" "$(json "$T/stdin.json" '$.accepted')" 1
imp "$(new_store missing)" "$T/missing.json" "$T/no-such-file.xml" \
	"$F/valid-02-iab-math.xml"
expect_eq "a missing file is rejected, the next still imports" \
	"$(json "$T/missing.json" '$.rejected'):$(json "$T/missing.json" \
		'$.accepted')" "1:1"

# Exit statuses and the store file.
"$IMPORT" > /dev/null 2>&1
expect_eq "no files is a usage error (2)" "$?" 2
if is_pg "$S"; then
	nowhere="postgresql:///nowhere?host=$T/nowhere"
else
	nowhere=$T/nowhere/x.db
fi
"$IMPORT" -s "$nowhere" "$F/valid-02-iab-math.xml" > /dev/null 2>&1
expect_eq "an unusable store exits 3" "$?" 3
if is_pg "$S"; then
	skip "the store is created readable by its owner only" \
		"a file's mode; the store is a PostgreSQL database"
else
	expect_eq "the store is created readable by its owner only" \
		"$(stat -c %a "$S")" 600
fi
"$IMPORT" --help > "$T/help.out"
check "--help prints usage on stdout" grep -q "usage: scorebook-import" \
	"$T/help.out"
check "--version prints the version" "$IMPORT" --version

# kill -9 in the middle of an import, then a re-run.
mkdir -p "$T/many"
i=0
while [ $i -lt 1500 ]; do
	sed "s/oppId=\"7000000102\"/oppId=\"8$(printf %09d $i)\"/" \
		"$F/valid-02-iab-math.xml" > "$T/many/$(printf %05d $i).xml"
	i=$((i + 1))
done
KILL=$(new_store kill)
"$IMPORT" -q -s "$KILL" "$T/many" > /dev/null 2>&1 &
pid=$!
sleep 0.4
kill -9 $pid 2> /dev/null
wait $pid 2> /dev/null
before=$(sql "$KILL" "SELECT count(*) FROM exam" 2>/dev/null || echo 0)
imp "$KILL" "$T/kill.json" "$T/many"
expect_eq "after kill -9 and a re-run every exam is there once" \
	"$(sql "$KILL" "SELECT count(*) || ':' || count(DISTINCT opp_key)
		FROM exam")" "1500:1500"
expect_eq "the store is consistent after the kill" "$(store_check "$KILL")" ok
echo "# $before exams had been committed when the import was killed"

tap_done
