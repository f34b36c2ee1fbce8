#!/bin/bash
# The delimited importers end to end: encodings and line ends, quoting,
# missing columns, bad values named by line and column, safe re-imports
# and corrections, groups, grants, exports, and the public samples.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/delimited
rm -rf "$T"
mkdir -p "$T"
F=$SRCDIR/tests/fixtures/delimited
IMPORT=$BIN/scorebook-import

imp() { # imp STORE JSONOUT PATH...
	store=$1
	out=$2
	shift 2
	"$IMPORT" -s "$store" --json "$@" > "$out" 2> "$out.err"
	echo $? > "$out.rc"
}

# err JSONOUT N KEY: a key of the Nth error.
err() {
	json "$1" "\$.errors[$2].$3"
}

# Organizations: Windows-1252, "No Data", then a CRLF CDS list with
# comments that renames a school.
S=$(new_store org)
imp "$S" "$T/o1.json" "$F/org-01-directory-cp1252.txt"
expect_eq "cp1252 directory accepted" "$(json "$T/o1.json" '$.accepted')" 1
check "cp1252 file named in a warning" \
	grep -q 'org-01-directory-cp1252.txt: not UTF-8; read as Windows-1252' \
	"$T/o1.json.err"
expect_eq "byte 0xE9 stored as UTF-8 é" \
	"$(sql "$S" "SELECT name FROM school
		WHERE natural_id = '98765431000001'")" \
	"Sainte-Thérèse Elementary"
expect_eq "No Data is empty; a Y charter is a charter" \
	"$(sql "$S" "SELECT count(*) FROM school WHERE charter = 1
		AND name = 'Bayside Charter'")" 1
expect_eq "a district row makes no school" \
	"$(sql "$S" "SELECT count(*) FROM school
		WHERE natural_id = '98765430000000'")" 0
imp "$S" "$T/o2.json" "$F/org-02-cds-crlf.txt"
expect_eq "CRLF CDS list accepted, comments and blank lines skipped" \
	"$(json "$T/o2.json" '$.accepted'):$(json "$T/o2.json" '$.rows')" 1:4
expect_eq "CRLF leaves no carriage return in names" \
	"$(sql "$S" "SELECT count(*) FROM school
		WHERE name LIKE '%$(printf '\r')%'")" 0
expect_eq "a later file updates names" \
	"$(sql "$S" "SELECT name FROM school
		WHERE natural_id = '98765431000001'")" \
	"Sainte-Therese Elementary"
expect_eq "one district, four schools" \
	"$(sql "$S" "SELECT (SELECT count(*) FROM district) || ':' ||
		(SELECT count(*) FROM school)")" 1:4

# Score data files.
imp "$S" "$T/s1.json" "$F/sdf-01-caaspp.txt"
expect_eq "caaspp file: five exams inserted" \
	"$(json "$T/s1.json" '$.exams.inserted')" 5
expect_eq "ELA claims as claims.csv codes" \
	"$(sql "$S" "SELECT code FROM exam_score s JOIN exam e
		ON e.id = s.exam_id JOIN assessment a ON a.id = e.assessment_id
		WHERE a.natural_id = 'SDF-SBAC-ELA-5-2024' ORDER BY code" |
		paste -sd ' ')" \
	"2-W 4-CR SOCK_LS SOCK_R"
expect_eq "CAST domains as kind domain 1, 2, 3" \
	"$(sql "$S" "SELECT s.kind || s.code FROM exam_score s JOIN exam e
		ON e.id = s.exam_id JOIN assessment a ON a.id = e.assessment_id
		WHERE a.family = 'CAST' ORDER BY s.code" | paste -sd ' ')" \
	"domain1 domain2 domain3"
expect_eq "writing traits from Genre and WER columns" \
	"$(sql "$S" "SELECT genre || trait || score FROM exam_trait
		ORDER BY trait" | paste -sd ' ')" \
	"NARRCON2 NARREVI3 NARRORG3"
expect_eq "a not-scored row is kept with its codes" \
	"$(sql "$S" "SELECT scored || condition_code || include_code ||
		coalesce(CAST(scale_score AS TEXT), '-') FROM exam
		WHERE opp_key = '8000000003:2024'")" "0NTN-"
expect_eq "zero-padded standard error 0024 is 24" \
	"$(sql "$S" "SELECT CAST(scale_se AS INTEGER) FROM exam
		WHERE opp_key = '8000000001:2024:700001'")" 24
expect_eq "each row is dated by its own completion date" \
	"$(sql "$S" "SELECT count(*) FROM exam WHERE status_date IS NOT NULL
		OR date_completed IS NULL")" 0
if is_pg "$S"; then
	skip "no street address in the store's bytes" \
		"the file's bytes; the store is a PostgreSQL database"
else
	for db in "$S" "$S-wal" "$S-shm"; do
		[ -f "$db" ] && grep -a -q Mockingbird "$db" && echo found
	done > "$T/address"
	expect_eq "no street address in the store's bytes" \
		"$(cat "$T/address")" ""
fi
expect_eq "no street address kept anywhere in the store" \
	"$(store_dump "$S" | grep -c Mockingbird)" 0

imp "$S" "$T/s2.json" "$F/sdf-01-caaspp.txt"
expect_eq "the same file again: unchanged" \
	"$(json "$T/s2.json" '$.unchanged'):$(json "$T/s2.json" '$.exams.inserted')" 1:0
sed 's/$/\r/' "$F/sdf-01-caaspp.txt" > "$T/sdf-01-crlf.txt"
imp "$S" "$T/s3.json" "$T/sdf-01-crlf.txt"
expect_eq "the same rows with CRLF: five exams unchanged" \
	"$(json "$T/s3.json" '$.unchanged'):$(json "$T/s3.json" '$.exams.unchanged')" 1:5
imp "$S" "$T/s4.json" "$F/sdf-02-caaspp-corrected.txt"
expect_eq "a corrected file updates one row, keeps four" \
	"$(json "$T/s4.json" '$.exams.updated'):$(json "$T/s4.json" '$.exams.unchanged')" 1:4
expect_eq "the corrected score and level are stored" \
	"$(sql "$S" "SELECT CAST(scale_score AS INTEGER) || ':' || level
		FROM exam WHERE opp_key = '8000000001:2024:700002'")" 2531:3

imp "$S" "$T/e1.json" "$F/sdf-03-elpac.txt"
expect_eq "elpac: two exams, the alternate form skipped" \
	"$(json "$T/e1.json" '$.exams.inserted')" 2
check "elpac: the skipped row is named in a warning" \
	grep -q 'skipped 1 rows' "$T/e1.json.err"
expect_eq "elpac composites and domains" \
	"$(sql "$S" "SELECT kind || ':' || code || ':' || s.level
		FROM exam_score s JOIN exam e ON e.id = s.exam_id
		WHERE e.opp_key = '8000000005:2024:900001'
		ORDER BY kind, code" | paste -sd ' ')" \
	"alt:ORAL:3 alt:WRITTEN:2 domain:LISTENING:2 domain:READING:2 domain:SPEAKING:3 domain:WRITING:1"

# Rejections: every error named, nothing kept.
before=$(sql "$S" "SELECT count(*) FROM exam")
imp "$S" "$T/m1.json" "$F/missing-01-sdf-no-completion-date.txt"
expect_eq "missing column: rejected, exit status 1" \
	"$(json "$T/m1.json" '$.rejected'):$(cat "$T/m1.json.rc")" 1:1
expect_eq "missing column: named on the header line" \
	"$(err "$T/m1.json" 0 line):$(err "$T/m1.json" 0 field):$(err "$T/m1.json" 0 message)" \
	"1:FinalTestCompletedDate:missing required column"
imp "$S" "$T/b1.json" "$F/bad-01-sdf-dates.txt"
expect_eq "bad date: line, field and value" \
	"$(err "$T/b1.json" 0 line):$(err "$T/b1.json" 0 field):$(err "$T/b1.json" 0 value)" \
	"3:FinalTestCompletedDate:2024-13-45"
expect_eq "bad birth date: named, its value withheld" \
	"$(err "$T/b1.json" 1 line):$(err "$T/b1.json" 1 field):$(err "$T/b1.json" 1 value)" \
	"4:DateofBirth:"
check "bad birth date: the value is not printed" \
	bash -c "! grep -q 2013-02-30 '$T/b1.json' '$T/b1.json.err'"
expect_eq "a rejected file changes no exam and counts none" \
	"$(sql "$S" "SELECT count(*) FROM exam"):$(json "$T/b1.json" '$.exams.updated')" \
	"$before:0"

# A rejected file among accepted ones in one run: on SQLite each file
# has a transaction of its own, undone whole when the file is rejected
# and its log row and errors then written anew; the files around it
# stay, whatever the engine.
R=$(new_store among)
imp "$R" "$T/r1.json" "$F/org-01-directory-cp1252.txt" \
	"$F/bad-01-sdf-dates.txt" "$F/sdf-01-caaspp.txt"
expect_eq "among others: one rejected, two accepted" \
	"$(json "$T/r1.json" '$.rejected'):$(json "$T/r1.json" '$.accepted')" \
	1:2
expect_eq "among others: the log holds each file once, in order" \
	"$(sql "$R" "SELECT verdict FROM import_log ORDER BY id" |
		tr '\n' ' ')" "accepted rejected accepted "
expect_eq "among others: the rejected file's errors are logged" \
	"$(sql "$R" "SELECT count(*) FROM import_error e
		JOIN import_log l ON l.id = e.import_id
		WHERE l.verdict = 'rejected'")" \
	"$(jsonq "$T/r1.json" "json_array_length(j, '\$.errors')")"
expect_eq "among others: only the accepted file's exams are stored" \
	"$(sql "$R" "SELECT count(DISTINCT e.import_id) FROM exam e
		JOIN import_log l ON l.id = e.import_id
		WHERE l.verdict = 'accepted'"):$(sql "$R" "SELECT count(*)
		FROM exam e JOIN import_log l ON l.id = e.import_id
		WHERE l.verdict <> 'accepted'")" "1:0"
check "among others: the schools of the first file stay" \
	test "$(sql "$R" "SELECT count(*) FROM school")" -gt 0

# Groups.
imp "$S" "$T/g1.json" "$F/groups-01-unknown-school.csv"
expect_eq "groups: an unknown school rejects the file, one error" \
	"$(json "$T/g1.json" '$.rejected'):$(jsonq "$T/g1.json" \
		"json_array_length(j, '\$.errors')")" 1:1
expect_eq "groups: the error names line 4 and the school" \
	"$(err "$T/g1.json" 0 line):$(err "$T/g1.json" 0 field):$(err "$T/g1.json" 0 value)" \
	"4:school_natural_id:98765439999999"
expect_eq "groups: nothing of the rejected file kept" \
	"$(sql "$S" "SELECT count(*) FROM student_group")" 0
imp "$S" "$T/q1.json" "$F/quoted-01-groups.csv"
expect_eq "quoted fields: accepted, four rows" \
	"$(json "$T/q1.json" '$.accepted'):$(json "$T/q1.json" '$.rows')" 1:4
expect_eq "quoted delimiter and doubled quotes" \
	"$(sql "$S" "SELECT count(*) FROM student_group
		WHERE name = 'Room 12, \"Owls\"' AND subject = 'ELA'")" 1
expect_eq "quoted newline kept in the name" \
	"$(sql "$S" "SELECT count(*) FROM student_group
		WHERE name = 'Period 3
Algebra'")" 1
expect_eq "members and users of both groups" \
	"$(sql "$S" "SELECT (SELECT count(*) FROM group_member) || ':' ||
		(SELECT count(*) FROM group_user)")" 4:2
expect_eq "an unknown SSID becomes a student by SSID alone" \
	"$(sql "$S" "SELECT count(*) FROM student WHERE ssid = '8000000009'
		AND first_name IS NULL")" 1
head -n 2 "$F/quoted-01-groups.csv" > "$T/groups-smaller.csv"
imp "$S" "$T/q2.json" "$T/groups-smaller.csv"
expect_eq "a re-import replaces the group's members and users" \
	"$(sql "$S" "SELECT count(*) FROM group_member m JOIN student_group g
		ON g.id = m.group_id WHERE g.name LIKE 'Room 12%'"):$(sql "$S" \
		"SELECT count(*) FROM group_user u JOIN student_group g
		ON g.id = u.group_id WHERE g.name LIKE 'Room 12%'")" 1:0

# Grants.
imp "$S" "$T/r1.json" "$F/grants-01.csv"
expect_eq "grants: five roles" \
	"$(sql "$S" "SELECT role FROM access_grant ORDER BY role" |
		paste -sd ' ')" \
	"aggregate district school state teacher"
expect_eq "grants: state has an empty org" \
	"$(sql "$S" "SELECT org FROM access_grant WHERE role = 'state'")" ""
imp "$S" "$T/r2.json" "$F/grants-02-bad-rows.csv"
expect_eq "grants: a bad role, a missing org, a state org: lines 3, 4, 5" \
	"$(jsonq "$T/r2.json" "(SELECT group_concat(json_extract(value,
		'\$.line') || json_extract(value, '\$.field'), ' ')
		FROM json_each(j, '\$.errors'))")" "3role 4org 5org"
printf 'login,role,org\nteacher.one@example.org,school,98765431000002\n' \
	> "$T/grants-replace.csv"
imp "$S" "$T/r3.json" "$T/grants-replace.csv"
expect_eq "grants: a re-import replaces the login's grants" \
	"$(sql "$S" "SELECT role FROM access_grant
		WHERE login = 'teacher.one@example.org' ORDER BY role" |
		paste -sd ,)" school

# Reporting-system exports, CamelCase and UPPER_SNAKE_CASE.
imp "$S" "$T/x1.json" "$F/export-01-camel.csv" "$F/export-02-snake.csv"
expect_eq "exports: both accepted, four exams" \
	"$(json "$T/x1.json" '$.accepted'):$(json "$T/x1.json" '$.exams.inserted')" 2:4
expect_eq "exports: kind from AssessmentSubType" \
	"$(sql "$S" "SELECT kind || type FROM assessment
		WHERE natural_id = 'Grade 4 Math Fractions IAB'")" IABinterim
expect_eq "exports: ELPAC alt and claim slots" \
	"$(sql "$S" "SELECT kind || ':' || code FROM exam_score s
		JOIN exam e ON e.id = s.exam_id WHERE e.opp_key = 'SSID003:2018'
		ORDER BY kind, code" | paste -sd ' ')" \
	"alt:ORAL alt:WRITTEN domain:LISTENING domain:READING domain:SPEAKING domain:WRITING"
expect_eq "exports: snake case columns read" \
	"$(sql "$S" "SELECT CAST(scale_score AS INTEGER) || ':' || level
		FROM exam WHERE opp_key = 'SSID010:2018'")" 2510:2

# The public samples.
R=$SHARED/samples/rdw
if [ -d "$R" ]; then
	P=$(new_store rdw)
	imp "$P" "$T/p1.json" "$R/pern.csv"
	expect_eq "pern.csv accepted" "$(json "$T/p1.json" '$.accepted')" 1
	expect_eq "pern.csv: 2 districts, 9 schools" \
		"$(sql "$P" "SELECT (SELECT count(*) FROM district) || ':' ||
			(SELECT count(*) FROM school)")" 2:9
	expect_eq "pern.csv: a district is its code and 0000000" \
		"$(sql "$P" "SELECT name FROM district
			WHERE natural_id = '88800120000000'")" "Igen District"
	imp "$P" "$T/p2.json" "$R/assessments.csv"
	expect_eq "assessments.csv accepted" \
		"$(json "$T/p2.json" '$.accepted')" 1
	expect_eq "assessments.csv: 3 assessments, 20 items" \
		"$(sql "$P" "SELECT (SELECT count(*) FROM assessment) || ':' ||
			(SELECT count(*) FROM item)")" 3:20
	expect_eq "assessments.csv: exponent cut points, trimmed claims" \
		"$(sql "$P" "SELECT CAST(a.cut3 AS INTEGER) || ':' || i.claim
			FROM item i JOIN assessment a ON a.id = i.assessment_id
			WHERE i.item_key = '777-10001'")" 2300:4-CR
	imp "$P" "$T/p3.json" "$R/sample-group-003.lf.csv"
	expect_eq "groups sample: rejected while DS9002 is unknown" \
		"$(json "$T/p3.json" '$.rejected')" 1
	expect_eq "groups sample: the error names line 2 and the school" \
		"$(err "$T/p3.json" 0 line):$(err "$T/p3.json" 0 field):$(err "$T/p3.json" 0 message)" \
		"2:school_natural_id:unknown school"
	imp "$P" "$T/p4.json" "$F/export-01-camel.csv" \
		"$R/sample-group-003.lf.csv"
	expect_eq "groups sample: accepted once DS9002 is known" \
		"$(json "$T/p4.json" '$.accepted'):$(json "$T/p4.json" '$.rejected')" 2:0
	expect_eq "groups sample: 2 groups, 6 students, 4 logins" \
		"$(sql "$P" "SELECT (SELECT count(*) FROM student_group) || ':' ||
			(SELECT count(DISTINCT student_id) FROM group_member) ||
			':' || (SELECT count(DISTINCT login) FROM group_user)")" \
		2:6:4
fi

tap_done
