#!/bin/bash
# Access-filtered bundles on the synthetic district: for every person of
# its grants.csv, every byte of every bundle they get is searched for the
# identifiers and names of the students they may not see (none may
# appear) and of those they may (all must, so the check can fail).  Who
# may see whom is worked out here in SQL, apart from the generator.
# Aggregate bundles hold no student at all and no count under 11.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/access
rm -rf "$T"
mkdir -p "$T"
GEN=$BIN/scorebook-generate
IMPORT=$BIN/scorebook-import
DG=${DISTRICTGEN:-$BUILD/districtgen}
S=$(new_store store)
D=$T/district
O=$T/out

"$DG" --seed 1 --students 240 --schools 3 --years 2 --no-items -o "$D" \
	> /dev/null 2>&1
"$IMPORT" -q -s "$S" "$D/organizations.txt" "$D/assessments.csv" \
	"$D/trt" "$D/caaspp.txt" "$D/elpac.txt" "$D/groups.csv" \
	> /dev/null 2>&1
expect_eq "the district imports" "$?" 0

"$GEN" -q -s "$S" -o "$O" -u tester --grants "$D/grants.csv" \
	> "$T/gen.out" 2> "$T/gen.err"
expect_eq "generating with grants exits 0" "$?" 0
check "nothing on stdout" test ! -s "$T/gen.out"

# The reference: login, student id of every student each person may see.
# grants.csv has three plain fields a line (no quoting): its rows become
# a table of the store, beside the generator's own tables.
{
	echo "CREATE TABLE ref_grant (login TEXT, role TEXT, org TEXT);"
	tail -n +2 "$D/grants.csv" | tr -d '\r' | sed "s/'/''/g" |
		awk -F, -v q="'" '{ print "INSERT INTO ref_grant VALUES (" \
			q $1 q ", " q $2 q ", " q $3 q ");" }'
	cat << SQL
CREATE TABLE ref_allowed AS
SELECT DISTINCT g.login, e.student_id AS id
FROM ref_grant g, exam e
JOIN school sc ON sc.id = e.school_id
LEFT JOIN district d ON d.id = sc.district_id
WHERE e.deleted = 0 AND (g.role = 'state'
 OR (g.role = 'district' AND d.natural_id = g.org)
 OR (g.role = 'school' AND sc.natural_id = g.org)
 OR (g.role = 'teacher' AND sc.natural_id = g.org AND e.student_id IN
     (SELECT m.student_id FROM group_member m
      JOIN student_group sg ON sg.id = m.group_id
      JOIN group_user u ON u.group_id = sg.id
      WHERE u.login = g.login AND sg.school_id = sc.id)));
CREATE TABLE ref_people AS SELECT DISTINCT login, role, org FROM ref_grant;
SQL
} > "$T/reference.sql"
sql_file "$S" "$T/reference.sql"
sql "$S" "SELECT DISTINCT login FROM ref_people ORDER BY 1" > "$T/logins"
expect_eq "every person of grants.csv is checked" \
	"$(wc -l < "$T/logins")" \
	"$(tail -n +2 "$D/grants.csv" | cut -d, -f1 | sort -u | wc -l)"
sql "$S" "SELECT ssid FROM student WHERE id IN (SELECT student_id FROM exam)
	ORDER BY 1" > "$T/all-ssids"

# Names that also occur in the page templates or the generator's labels
# ("White") are words, not evidence; so are the parts of a hyphenated
# name someone may see ("Roberts" of "Roberts-O'Brien").
names_of() { # names_of WHERE: first and last names, one a line
	sql "$S" "SELECT first_name FROM student WHERE $1 UNION
		SELECT last_name FROM student WHERE $1" | grep -v '^$' | sort -u
}
parts_of() { # the names, and every part of each, one a line
	tr "' -" '\n\n\n' | grep -v '^$' | cat "$1" - | sort -u
}
grep -rhoE '[A-Za-z][A-Za-z-]+' "$SRCDIR/site-templates" \
	"$SRCDIR/generator" | sort -u > "$T/words"

leaks=0 missing=0 people=0 teachers_exact=0 teachers=0
while read -r login; do
	dir=$O/$login
	allowed="id IN (SELECT id FROM ref_allowed WHERE login = '$login')"
	sql "$S" "SELECT ssid FROM student WHERE $allowed ORDER BY 1" \
		> "$T/may"
	comm -23 "$T/all-ssids" "$T/may" > "$T/may-not"
	names_of "$allowed" > "$T/may-whole"
	parts_of "$T/may-whole" < "$T/may-whole" > "$T/may-names"
	names_of "id IN (SELECT student_id FROM exam) AND NOT $allowed" |
		comm -23 - "$T/may-names" | comm -23 - "$T/words" \
		> "$T/may-not-names"
	people=$((people + 1))
	if [ ! -d "$dir" ]; then
		if [ -s "$T/may" ]; then
			missing=$((missing + 1))
			echo "# $login: no bundle"
		fi
		continue
	fi
	cat "$T/may-not" "$T/may-not-names" > "$T/patterns"
	if [ -s "$T/patterns" ] &&
		grep -rawlF -f "$T/patterns" "$dir" > "$T/hits"; then
		leaks=$((leaks + 1))
		echo "# $login: $(wc -l < "$T/hits") files name someone else"
	fi
	grep -rahowF -f "$T/may" "$dir" 2> /dev/null | sort -u > "$T/seen"
	if ! cmp -s "$T/seen" "$T/may"; then
		missing=$((missing + 1))
		echo "# $login: $(comm -23 "$T/may" "$T/seen" | wc -l) of" \
			"$(wc -l < "$T/may") students missing"
	fi
	role=$(sql "$S" "SELECT role FROM ref_people WHERE login = '$login'
		ORDER BY role" | paste -sd ,)
	if [ "$role" = teacher ]; then
		teachers=$((teachers + 1))
		cut -d, -f6 "$dir"/*/exports/results.csv | grep -E '^[0-9]+$' |
			sort -u > "$T/listed"
		cmp -s "$T/listed" "$T/may" &&
			teachers_exact=$((teachers_exact + 1))
	fi
done < "$T/logins"
expect_eq "no bundle names a student its reader may not see" "$leaks" 0
expect_eq "every bundle names every student its reader may see" \
	"$missing" 0
check "people were checked, teachers among them" \
	test "$people" -gt 20 -a "$teachers" -gt 5
expect_eq "teacher bundles list exactly the students of their groups" \
	"$teachers_exact" "$teachers"

# ---- aggregate bundles ----
sql "$S" "SELECT login FROM ref_people WHERE role = 'aggregate'
	AND login NOT IN (SELECT login FROM ref_people WHERE role <> 'aggregate')
	ORDER BY 1" > "$T/aggregate"
names_of "1 = 1" | comm -23 - "$T/words" > "$T/all-names"
cat "$T/all-ssids" "$T/all-names" > "$T/everyone"
agg_leaks=0 small=0 extra=0 bundles=0
while read -r login; do
	for b in "$O/$login"/*/; do
		bundles=$((bundles + 1))
		grep -rawqF -f "$T/everyone" "$b" && agg_leaks=$((agg_leaks + 1))
		[ -e "$b/students" ] || [ -e "$b/exports/results.csv" ] &&
			extra=$((extra + 1))
		# Counts: Tested and the levels of the CSV, and every table cell
		# that is a plain number other than an average scale score.
		n=$(tail -n +2 "$b/exports/summary.csv" | tr -d '\r' |
			awk -F, '{ for (i = 5; i <= NF; i++) if (i != 6 &&
				$i ~ /^[0-9]+$/ && $i < 11) n++ } END { print n + 0 }')
		m=$(grep -o '<td>[0-9][0-9]*</td>' "$b/index.html" |
			tr -dc '0-9\n' | awk '$1 < 11 { n++ } END { print n + 0 }')
		small=$((small + n + m))
	done
done < "$T/aggregate"
check "there are aggregate bundles" test "$bundles" -gt 0
expect_eq "aggregate bundles name no student" "$agg_leaks" 0
expect_eq "aggregate bundles have no student pages or results.csv" \
	"$extra" 0
expect_eq "aggregate bundles show no count under 11" "$small" 0

# ---- the audit trail ----
A=$O/audit.csv
expect_eq "audit.csv has a line per import and per bundle" \
	"$(($(wc -l < "$A") - 1))" \
	"$(sql "$S" "SELECT (SELECT count(*) FROM import_log) +
		(SELECT count(*) FROM bundle_log)")"
expect_eq "every bundle of the run is logged with its login" \
	"$(grep -c '^bundle,.*,tester,[^,]' "$A")" \
	"$(sql "$S" "SELECT count(*) FROM bundle_log WHERE login <> ''")"
expect_eq "bundle log rows name their scope" \
	"$(sql "$S" "SELECT count(*) FROM bundle_log
		WHERE scope LIKE 'teacher;%' OR scope LIKE 'school;%'
		OR scope LIKE 'aggregate;%' OR scope LIKE 'district;%'")" \
	"$(sql "$S" "SELECT count(*) FROM bundle_log")"
check "the run's messages name no student" test -z \
	"$(grep -wF -f "$T/everyone" "$T/gen.err")"

# ---- one person, and logins that cannot name a folder ----
first=$(head -n 1 "$T/logins")
"$GEN" -q -s "$S" -o "$T/one" --grants "$D/grants.csv" --user "$first" \
	> /dev/null 2>&1
expect_eq "--user writes only that person's bundles" \
	"$(ls "$T/one" | grep -v '\.csv$')" "$first"
"$GEN" -q -s "$S" -o "$T/one" --grants "$D/grants.csv" --user nobody \
	> /dev/null 2>&1
expect_eq "--user with a login no grant names is a usage error" "$?" 2
for bad in '../escape' 'a/b' '.hidden' "$(printf 'tab\there')"; do
	printf 'login,role,org\n%s,state,\n' "$bad" > "$T/bad.csv"
	"$GEN" -q -s "$S" -o "$T/bad" --grants "$T/bad.csv" > /dev/null \
		2> "$T/bad.err"
	rc=$?
	expect_eq "a login such as '$(printf %q "$bad")' is refused" "$rc" 2
done
check "and nothing was written for it" test ! -e "$T/escape" -a \
	-z "$(ls "$T/bad" 2> /dev/null | grep -v '\.csv$')"
check "the error names the file, line and field" \
	grep -q "bad.csv:2: login:" "$T/bad.err"
tap_done
